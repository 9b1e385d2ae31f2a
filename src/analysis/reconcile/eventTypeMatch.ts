/**
 * Whether two records' event types can describe the same event, and why.
 *
 * Witnesses on the ground rarely agree on the weapon: the same dormitory attack is "shelling"
 * to one outlet, a "rocket attack" to another and a "missile attack" to a third. So types are
 * compared by family, not by word. A record whose type says nothing specific (`attack`,
 * `hostilities`, unknown) is compatible with anything: it does not contradict the other record.
 */

/** Families of codebook types (data/README.md §6) that sources use for one kind of violence. */
const FAMILIES: Readonly<Record<string, string>> = {
  'air strike': 'from the air',
  'drone strike': 'from the air',
  shelling: 'fired from the ground',
  'rocket attack': 'fired from the ground',
  'missile attack': 'fired from the ground',
};

/** Types that name no particular kind of violence. */
const GENERIC = new Set(['', 'unknown', 'attack', 'hostilities']);

export const normaliseEventType = (type: string | null): string =>
  (type ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

const shown = (type: string): string => (type === '' ? 'not recorded' : type);

export type EventTypeMatch =
  | { compatible: true; rule: string }
  | { compatible: false; reason: string };

export const matchEventTypes = (a: string | null, b: string | null): EventTypeMatch => {
  const x = normaliseEventType(a);
  const y = normaliseEventType(b);
  if (x === y) return { compatible: true, rule: `event type ${shown(x)}` };
  if (GENERIC.has(x) || GENERIC.has(y)) {
    const [generic, specific] = GENERIC.has(x) ? [x, y] : [y, x];
    return {
      compatible: true,
      rule: `event type ${shown(specific)}, the other ${shown(generic)} (unspecific)`,
    };
  }
  const family = FAMILIES[x];
  if (family !== undefined && family === FAMILIES[y])
    return { compatible: true, rule: `event types ${x} / ${y} (both ${family})` };
  return { compatible: false, reason: `event types ${x} / ${y} differ` };
};
