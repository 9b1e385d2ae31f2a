import type { Token } from './tokenize';

/** Event types as the dataset names them, with the wordings that signal each (longest first). */
const EVENT_WORDS: [string[], string][] = [
  [['drone', 'strike'], 'drone strike'],
  [['drone', 'strikes'], 'drone strike'],
  [['drone', 'attack'], 'drone strike'],
  [['drone', 'attacks'], 'drone strike'],
  [['air', 'strikes'], 'air strike'],
  [['air', 'strike'], 'air strike'],
  [['air', 'raid'], 'air strike'],
  [['air', 'raids'], 'air strike'],
  [['barrel', 'bombs'], 'air strike'],
  [['barrel', 'bomb'], 'air strike'],
  [['missile', 'strike'], 'missile attack'],
  [['missile', 'strikes'], 'missile attack'],
  [['missile', 'attack'], 'missile attack'],
  [['rocket', 'fire'], 'shelling'],
  [['artillery', 'fire'], 'shelling'],
  [['car', 'bomb'], 'explosion'],
  [['blew', 'up'], 'explosion'],
  [['unexploded'], 'explosion'],
  [['suicide', 'bombing'], 'explosion'],
  [['clashes'], 'ground clash'],
  [['clash'], 'ground clash'],
  [['fighting'], 'ground clash'],
  [['gunfight'], 'ground clash'],
  [['firefight'], 'ground clash'],
  [['battles'], 'ground clash'],
  [['airstrike'], 'air strike'],
  [['airstrikes'], 'air strike'],
  [['bombardment'], 'air strike'],
  [['warplanes'], 'air strike'],
  [['jets'], 'air strike'],
  [['bombing'], 'air strike'],
  [['drone'], 'drone strike'],
  [['drones'], 'drone strike'],
  [['shelling'], 'shelling'],
  [['shelled'], 'shelling'],
  [['shells'], 'shelling'],
  [['shell'], 'shelling'],
  [['artillery'], 'shelling'],
  [['mortar'], 'shelling'],
  [['mortars'], 'shelling'],
  [['rockets'], 'shelling'],
  [['rocket'], 'shelling'],
  [['missiles'], 'missile attack'],
  [['missile'], 'missile attack'],
  [['explosion'], 'explosion'],
  [['explosions'], 'explosion'],
  [['blast'], 'explosion'],
  [['landmine'], 'explosion'],
  [['landmines'], 'explosion'],
  [['ied'], 'explosion'],
  [['exploded'], 'explosion'],
  [['gunfire'], 'shooting'],
  [['gunmen'], 'shooting'],
  [['sniper'], 'shooting'],
  [['shooting'], 'shooting'],
  [['shot'], 'shooting'],
  [['strikes'], 'air strike'],
  [['strike'], 'air strike'],
];

/** Words naming who did it, as the source says ("Russian and Syrian jets", "Turkish drone"). */
const ACTORS = new Set([
  'russian',
  'syrian',
  'israeli',
  'turkish',
  'iranian',
  'american',
  'us',
  'u.s.',
  'iraqi',
  'jordanian',
  'government',
  'regime',
  'pro-government',
  'opposition',
  'rebel',
  'rebels',
  'insurgent',
  'insurgents',
  'jihadist',
  'jihadists',
  'coalition',
  'hts',
  'sdf',
  'sna',
  'isis',
  'isil',
  'hezbollah',
  'kurdish',
  'loyalist',
  'militia',
  'militias',
  'unidentified',
  'unknown',
]);
const AGENT_NOUNS = new Set([
  'jets',
  'warplanes',
  'aircraft',
  'planes',
  'helicopters',
  'drones',
  'drone',
  'forces',
  'troops',
  'army',
  'artillery',
  'militants',
  'fighters',
  'gunmen',
  'militia',
  'militias',
  'regime',
  'government',
  'factions',
  'groups',
  'units',
]);

export interface EventFind {
  eventType: string | null;
  perpetrator: string | null;
}

/** The wordings by their first word, in EVENT_WORDS order: one look-up per token, not seventy. */
const BY_FIRST_WORD = new Map<string, [string[], string][]>();
for (const entry of EVENT_WORDS) {
  const first = entry[0][0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), entry]);
}

export const findEventType = (tokens: Token[]): EventFind => {
  let eventType: string | null = null;
  let eventAt = -1;
  for (let i = 0; i < tokens.length && eventType === null; i++) {
    for (const [words, type] of BY_FIRST_WORD.get(tokens[i]?.lower ?? '') ?? []) {
      if (words.every((w, k) => tokens[i + k]?.lower === w)) {
        eventType = type;
        eventAt = i;
        break;
      }
    }
  }
  return { eventType, perpetrator: eventType === null ? null : findPerpetrator(tokens, eventAt) };
};

/**
 * The actor phrase nearest an event word: a run of actor words (joined by "and", "-", ",")
 * ending in an agent noun ("Russian and Syrian jets"), or just before the event word
 * ("Russian-Syrian air strikes"), or after "by" ("shelled by government forces").
 */
const findPerpetrator = (tokens: Token[], eventAt: number): string | null => {
  const phrases: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!ACTORS.has(tokens[i]?.lower ?? '')) continue;
    let j = i;
    let lastActor = i;
    // An actor phrase is a few words: the cap keeps a long run of actor words linear.
    while (j + 1 < tokens.length && j - i < 12) {
      const next = tokens[j + 1];
      if (!next) break;
      if (ACTORS.has(next.lower)) lastActor = j + 1;
      else if (
        !(
          ['and', '-', ',', '/', 'and/or'].includes(next.lower) &&
          ACTORS.has(tokens[j + 2]?.lower ?? '')
        )
      )
        break;
      j++;
    }
    let end = lastActor + 1;
    const head = tokens[end]?.lower ?? '';
    const agent = AGENT_NOUNS.has(head);
    if (agent) end++;
    const before = tokens[i - 1]?.lower ?? '';
    const adjacentToEvent = end === eventAt || (agent && end >= eventAt - 1 && i <= eventAt + 6);
    const afterBy =
      before === 'by' &&
      !['operated', 'run', 'backed', 'supported', 'led'].includes(tokens[i - 2]?.lower ?? '');
    if (agent || adjacentToEvent || afterBy) {
      let text = '';
      for (let k = i; k < end; k++) {
        const t = tokens[k];
        if (!t) continue;
        text += (k > i && t.spaceBefore ? ' ' : '') + t.text;
      }
      phrases.push({ start: i, end, text });
    }
    i = end - 1;
  }
  if (phrases.length === 0) return null;
  // Bare nationality adjectives ("Syrian") describe victims as often as attackers.
  const useful = phrases.filter(
    (p) =>
      p.end - p.start > 1 || AGENT_NOUNS.has(tokens[p.end - 1]?.lower ?? '') || p.end === eventAt,
  );
  const pool = useful.length > 0 ? useful : [];
  pool.sort((a, b) => Math.abs(a.start - eventAt) - Math.abs(b.start - eventAt));
  return pool[0]?.text ?? null;
};
