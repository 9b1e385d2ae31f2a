/**
 * SYNTHETIC events shaped like a real ACLED export of Syria (issue 17), for benchmarks and
 * scale tests. Nothing here describes real events: event ids start with `SYN`, organisations,
 * actors and notes are called "SYNTHETIC …", and every figure comes from a seeded PRNG. What is
 * real is the shape: ACLED's 31 export columns, the governorates and districts of
 * data/places.csv (with some spellings the gazetteer does not know), about 3,000 distinct source
 * strings from 1,500 organisations drawn with a Zipf distribution, half of them combined "A; B".
 */
import { fromDayNumber, toDayNumber } from '../src/model/dayNumber';
import { ACLED_SUB_EVENT_TYPES } from '../src/model/eventTypes';
import type { Place } from '../src/model/place';
import { seededRandom } from './syntheticIncidents';

/** ACLED's export columns, in its order. */
export const ACLED_EXPORT_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export const REAL_SHAPED_FIRST_DAY = '2017-01-01';
export const REAL_SHAPED_LAST_DAY = '2024-12-31';
export const REAL_SHAPED_ORGANISATIONS = 1500;
/** Distinct source strings: every organisation alone, and as many "A; B" pairs. */
export const REAL_SHAPED_SOURCE_STRINGS = 3000;

const organisation = (i: number) => `SYNTHETIC org ${String(i).padStart(4, '0')}`;

/** The source strings, most frequent first under the Zipf weights (rank = index). */
export const realShapedSourceStrings = (seed = 17): string[] => {
  const random = seededRandom(seed);
  const strings: string[] = [];
  for (let i = 0; i < REAL_SHAPED_ORGANISATIONS; i++) strings.push(organisation(i));
  const seen = new Set(strings);
  while (strings.length < REAL_SHAPED_SOURCE_STRINGS) {
    // Pairs lean on frequent organisations, as real combined citations do.
    const a = Math.floor(random() ** 2 * REAL_SHAPED_ORGANISATIONS);
    const b = Math.floor(random() * REAL_SHAPED_ORGANISATIONS);
    const pair = `${organisation(a)}; ${organisation(b)}`;
    if (a !== b && !seen.has(pair)) {
      seen.add(pair);
      strings.push(pair);
    }
  }
  // Shuffle so that ranks mix single and combined strings.
  for (let i = strings.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [strings[i], strings[j]] = [strings[j] ?? '', strings[i] ?? ''];
  }
  return strings;
};

/** Picks index i with probability ∝ 1 / (i + 1)^s, by binary search on the cumulative weights. */
const zipfPicker = (n: number, s: number, random: () => number): (() => number) => {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s;
    cumulative[i] = total;
  }
  return () => {
    const u = random() * total;
    let a = 0;
    let b = n - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((cumulative[mid] ?? 0) <= u) a = mid + 1;
      else b = mid;
    }
    return a;
  };
};

/** A spelling the gazetteer does not hold (as "Dayr Az Zawr Gov." or "Al-Hasakah Province"). */
const unmatchedSpelling = (name: string, random: () => number): string =>
  random() < 0.5 ? `${name} Gov.` : `Al-${name.replace(/^Al-?\s*/i, '')}h`;

const csvCell = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export interface RealShapedTotals {
  rows: number;
  /** Σ fatalities over all rows: the independent sum a correct import must give. */
  fatalities: number;
  /**
   * Σ fatalities per governorate the event was generated in, by its gazetteer name, whatever
   * spelling its admin1 cell got (an unmatched admin1 is placed by its district).
   */
  byGovernorate: Map<string, number>;
}

/**
 * `n` SYNTHETIC events as ACLED export CSV, in chunks of `chunkRows` rows (the first chunk starts
 * with the header), so that files past a string's length limit can be written; `totals` is filled
 * as the chunks are produced. ~430 bytes a row: 1M rows are about 0.43 GB (1.25M pass 512 MB).
 */
export function* realShapedAcledChunks(
  n: number,
  places: readonly Place[],
  totals: RealShapedTotals = { rows: 0, fatalities: 0, byGovernorate: new Map() },
  options: { seed?: number; chunkRows?: number; unmatchedShare?: number } = {},
): Generator<string> {
  const random = seededRandom(options.seed ?? 17);
  const chunkRows = options.chunkRows ?? 10_000;
  const unmatchedShare = options.unmatchedShare ?? 0.02;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const governorates = places.filter((p) => p.level === 1);
  const districtsOf = new Map(
    governorates.map((g) => [g.id, places.filter((p) => p.level === 2 && p.parentId === g.id)]),
  );
  const pickGovernorate = zipfPicker(governorates.length, 1.1, random);
  const sources = realShapedSourceStrings(options.seed ?? 17);
  const pickSource = zipfPicker(sources.length, 1, random);
  const types = Object.entries(ACLED_SUB_EVENT_TYPES).filter(([t]) => t !== 'Protests');
  const first = toDayNumber(REAL_SHAPED_FIRST_DAY);
  const days = toDayNumber(REAL_SHAPED_LAST_DAY) - first + 1;
  let lines: string[] = [ACLED_EXPORT_COLUMNS.join(',')];
  for (let row = 0; row < n; row++) {
    // Dates in ascending order, as exports are sorted, with a slow wave of intensity.
    const d = Math.min(days - 1, Math.floor((row / n) * days));
    const day = fromDayNumber(first + d);
    const g = governorates[pickGovernorate()] as Place;
    const districts = districtsOf.get(g.id) ?? [];
    const district = districts.length > 0 ? pick(districts) : null;
    let admin1 = g.name;
    let admin2 = district?.name ?? '';
    const odd = random();
    if (odd < unmatchedShare / 2) admin1 = unmatchedSpelling(admin1, random);
    else if (odd < unmatchedShare && admin2 !== '') admin2 = unmatchedSpelling(admin2, random);
    const [type, subTypes] = pick(types);
    const subType = pick(subTypes ?? []);
    // Most ACLED events in Syria record no death; a heavy tail of up to a few hundred.
    const fatalities =
      random() < 0.72 ? 0 : Math.min(400, Math.floor(1 / (random() ** 1.3 + 0.08)));
    totals.rows++;
    totals.fatalities += fatalities;
    totals.byGovernorate.set(g.name, (totals.byGovernorate.get(g.name) ?? 0) + fatalities);
    const precision = random() < 0.85 ? '1' : random() < 0.7 ? '2' : '3';
    const cells = [
      `SYN${row + 1}`,
      day,
      day.slice(0, 4),
      precision,
      type === 'Strategic developments' ? 'Strategic developments' : 'Political violence',
      type ?? '',
      subType,
      `SYNTHETIC actor ${Math.floor(random() * 60)}`,
      '',
      'State forces',
      random() < 0.7 ? `SYNTHETIC actor ${Math.floor(random() * 60)}` : '',
      '',
      random() < 0.5 ? 'Civilians' : 'Rebel group',
      'State forces-Rebel group',
      type === 'Violence against civilians' ? 'Civilian targeting' : '',
      '760',
      'Middle East',
      'Syria',
      admin1,
      admin2,
      '',
      admin2 !== '' ? `SYNTHETIC place ${Math.floor(random() * 4000)}` : admin1,
      (32 + random() * 5).toFixed(4),
      (35.5 + random() * 6.5).toFixed(4),
      String(1 + Math.floor(random() * 3)),
      sources[pickSource()] ?? '',
      pick(['National', 'Subnational', 'Local partner-Other', 'New media', 'Other']),
      `SYNTHETIC event: on ${day}, a SYNTHETIC ${subType.toLowerCase()} was recorded; ${fatalities} SYNTHETIC fatalities; not a real event.`,
      String(fatalities),
      '',
      String(1_700_000_000 + row),
    ];
    lines.push(cells.map(csvCell).join(','));
    if (lines.length >= chunkRows) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** The whole text, for sizes that fit in one string (tests, 100k). */
export const realShapedAcledCsv = (
  n: number,
  places: readonly Place[],
  totals?: RealShapedTotals,
): string => [...realShapedAcledChunks(n, places, totals)].join('');
