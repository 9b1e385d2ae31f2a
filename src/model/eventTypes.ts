import { z } from 'zod';
import { shownValue } from './shownValue';
/*
 * The closed list of `event_type` values (data/README.md §6). Three vocabularies share the
 * column, one per kind of source, so that a record keeps its source's own category:
 */

/** Coded from report texts (by analysts and the extractor). */
export const REPORT_EVENT_TYPES = [
  'air strike',
  'shelling',
  'rocket attack',
  'missile attack',
  'drone strike',
  'ground clash',
  'shooting',
  'explosion',
  'landmine',
  'attack',
  'hostilities',
] as const;

/** UCDP GED's type_of_violence 1, 2, 3 (GED codebook 19.1). */
export const UCDP_EVENT_TYPES = ['state-based', 'non-state', 'one-sided violence'] as const;

/** ACLED's event types with their sub-event types (ACLED codebook), written `type: sub-type`. */
export const ACLED_SUB_EVENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

/** ACLED values as the importer writes them: the event type alone, or `type: sub-type`. */
export const ACLED_EVENT_TYPES: readonly string[] = Object.entries(ACLED_SUB_EVENT_TYPES).flatMap(
  ([type, subTypes]) => [type, ...subTypes.map((sub) => `${type}: ${sub}`)],
);

export const EVENT_TYPES: ReadonlySet<string> = new Set([
  ...REPORT_EVENT_TYPES,
  ...UCDP_EVENT_TYPES,
  ...ACLED_EVENT_TYPES,
]);

/** For messages: the report types in full, the others by where they come from. */
export const EVENT_TYPES_EXPECTED = `one of: ${REPORT_EVENT_TYPES.join(', ')}; UCDP's ${UCDP_EVENT_TYPES.join(', ')}; or an ACLED "event type: sub-event type" (data/README.md §6)`;

/** optionalTextCell, limited to the closed list (empty = not recorded). */
export const eventTypeCell = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s === '' || EVENT_TYPES.has(s), {
    error: (iss) =>
      `${shownValue(iss.input)} is not an event type (expected ${EVENT_TYPES_EXPECTED})`,
  })
  .transform((s) => (s === '' ? null : s));
