import type { Incident } from '../../model/incident';
import { compare } from './overlappingPairs';

/*
 * Clustering compares records pairwise, and pairs grow with the square of the records that
 * share a place and a day: 20,000 records of one town on one day are 200 million pairs (validate
 * ran out of memory at 4.8 GB). So comparisons are blocked by place and day and capped; what is
 * left uncompared is said in a warning, never silently.
 */

/**
 * More records than this in one place group (a governorate and everything in it) starting on
 * one day are not compared at all (about 500,000 pairs within the day alone). Real reporting is
 * far below it: the UCDP Syria file's busiest governorate-day has 33 events.
 */
export const MAX_RECORDS_PER_PLACE_DAY = 1_000;

/**
 * At most this many pairs are compared in one clustering or duplicate check; the rest are said
 * to be not compared. Measured (2-core machine, shared): the bundled UCDP Syria file compares
 * 37,468 pairs, 40k synthetic records (bench) about 1.2 million in 2.6 s; 100k synthetic records
 * reach the cap (the app does not cluster them either: LARGE_DATASET_PAIRS). 20,000 records of
 * one town over 40 days, each spanning 30 days, reach it (validate: 27 s, 0.6 GB).
 */
export const MAX_COMPARED_PAIRS = 2_000_000;

/**
 * At most this many records in one automatically clustered incident (analysts' merges may make
 * more). Joining costs the product of two incidents' sizes and an incident lists a link per pair
 * of its records; no event in the bundled data has more than a handful of sources.
 */
export const MAX_INCIDENT_RECORDS = 50;

/** At most this many likely duplicates are listed one by one; the rest are counted. */
export const MAX_DUPLICATE_WARNINGS = 10_000;

/** Records a bounded comparison left out, and the message that says so. */
export interface NotCompared {
  /** The records concerned (for a place-day block), or the record at which comparing stopped. */
  recordIds: string[];
  message: string;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/**
 * Splits records into those to compare and the blocks of one place group and one start day too
 * large to compare. `groupOf` names a record's place group (null: never compared, e.g. country).
 */
export const denseBlocks = (
  records: readonly Incident[],
  groupOf: (record: Incident) => string | null,
  describeGroup: (group: string) => string,
  maxPerDay: number = MAX_RECORDS_PER_PLACE_DAY,
): { dense: ReadonlySet<Incident>; notCompared: NotCompared[] } => {
  const cells = new Map<string, Incident[]>();
  for (const record of records) {
    const group = groupOf(record);
    if (group === null || record.dateStart === null) continue;
    const key = `${group}\u0000${record.dateStart}`;
    const cell = cells.get(key);
    if (cell) cell.push(record);
    else cells.set(key, [record]);
  }
  const dense = new Set<Incident>();
  const notCompared: NotCompared[] = [];
  for (const [key, cell] of cells) {
    if (cell.length <= maxPerDay) continue;
    const [group = '', day = ''] = key.split('\u0000');
    for (const record of cell) dense.add(record);
    const pairs = (cell.length * (cell.length - 1)) / 2;
    notCompared.push({
      recordIds: cell.map((r) => r.id).sort(compare),
      message: `${formatCount(cell.length)} records in ${describeGroup(group)} start on ${day}: more than ${formatCount(maxPerDay)} in one place and day (${formatCount(pairs)} pairs), so they were not compared with each other or with other records; none of them is clustered with another record or checked for duplicates (expected fewer records per place and day; merge duplicates with cluster-decisions.csv)`,
    });
  }
  return { dense, notCompared };
};

/** The message for a comparison stopped at its cap. */
export const capReachedMessage = (
  what: string,
  stoppedAt: Incident,
  left: number,
  cap: number = MAX_COMPARED_PAIRS,
): string =>
  `${what} stopped after ${formatCount(cap)} pairs of records (the cap): ${stoppedAt.id} (starting ${stoppedAt.dateStart}) and ${formatCount(left)} later record(s) were not compared with the records after them (expected fewer records on overlapping days in one place)`;

/** The message for matches left apart because an incident would pass MAX_INCIDENT_RECORDS. */
export const incidentCapMessage = (pairs: number, smallestIds: readonly string[]): string =>
  `${formatCount(pairs)} matching pair(s) of records were not joined because the incident would have more than ${MAX_INCIDENT_RECORDS} records (incidents of ${smallestIds
    .slice(0, 5)
    .join(
      ', ',
    )}${smallestIds.length > 5 ? `, and ${formatCount(smallestIds.length - 5)} more` : ''}); they stay separate incidents (expected fewer records of one event; merge with cluster-decisions.csv if they are one)`;
