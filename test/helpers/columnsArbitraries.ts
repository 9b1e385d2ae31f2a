import fc from 'fast-check';
import type { Filters } from '../../src/analysis/filters';
import { buildGazetteer } from '../../src/analysis/gazetteer';
import { addDays } from '../../src/model/dayNumber';
import type { Incident } from '../../src/model/incident';
import type { Place } from '../../src/model/place';
import type { Report } from '../../src/model/report';
import { incident, testPlaces, testReports } from './testRecords';

/*
 * fast-check generators for the columnar equivalence tests: fictional records (not real events)
 * over a small gazetteer with awkward cases, and filters and series options over them.
 */

const extraPlaces: Place[] = [
  {
    id: 'SY05',
    level: 1,
    parentId: 'SY',
    name: 'Hama',
    altNames: [],
    lat: 35,
    lon: 36,
    nameAr: null,
  },
  {
    id: 'SY0500',
    level: 2,
    parentId: 'SY05',
    name: 'Hama',
    altNames: [],
    lat: 35,
    lon: 36,
    nameAr: null,
  },
  // A second governorate named Aleppo: headline figures group by name, so they merge.
  {
    id: 'SY99',
    level: 1,
    parentId: 'SY',
    name: 'Aleppo',
    altNames: [],
    lat: 35,
    lon: 36,
    nameAr: null,
  },
  // A place whose parent is not in the gazetteer: its lineage stops at itself.
  {
    id: 'C9000',
    level: 4,
    parentId: 'SY0999',
    name: 'Orphan',
    altNames: [],
    lat: 35,
    lon: 36,
    nameAr: null,
  },
];
export const places = [...testPlaces, ...extraPlaces];
export const gazetteer = buildGazetteer(places);
const reports: Report[] = [
  ...testReports,
  { ...(testReports[0] as Report), id: 'R3', attributedTo: ['SOHR', 'SNHR'] },
];
export const reportsById = new Map(reports.map((r) => [r.id, r]));
export const context = { gazetteer, reportsById };

export const placeIds = [...places.map((p) => p.id), 'ZZ01'];
export const eventTypes = ['air strike', 'shelling', 'ground clash'];
export const sourceNames = ['White Helmets', 'SOHR', 'SNHR', 'Nobody'];
export const base = '2024-11-20';

export const day = fc.integer({ min: 0, max: 40 }).map((d) => addDays(base, d));
const count = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 4 });

const record = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom<Incident['kind']>('incident', 'incident', 'incident', 'cumulative'),
      start: fc.option(day, { nil: null, freq: 12 }),
      length: fc.oneof(
        fc.constant(0),
        fc.constant(0),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -2, max: -1 }),
      ),
      endMissing: fc.integer({ min: 0, max: 12 }).map((x) => x === 0),
      placeId: fc.constantFrom(...placeIds),
      killedMin: count,
      extraMax: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      childrenMin: count,
      extraChildren: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      eventType: fc.option(fc.constantFrom(...eventTypes), { nil: null, freq: 6 }),
      reportIds: fc.subarray(['R1', 'R2', 'R3', 'R9'], { minLength: 1 }),
      attributedTo: fc.oneof(fc.constant<string[]>([]), fc.subarray(sourceNames, { minLength: 1 })),
      coversIds: fc.oneof(
        fc.constant<string[]>([]),
        fc.subarray(['SY07', 'SY02', 'SY05', 'SY0700', 'ZZ01']),
      ),
      // Duplicate ids are allowed: results are compared by position, not by id.
      idSuffix: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): Incident => {
      const end =
        r.endMissing || r.start === null
          ? r.endMissing
            ? null
            : null
          : addDays(r.start, r.length);
      return incident({
        id: `r${i % 50}-${r.idSuffix}`,
        kind: r.kind,
        dateStart: r.start,
        dateEnd: r.start === null && !r.endMissing ? addDays(base, r.idSuffix * 7) : end,
        placeId: r.placeId,
        killedMin: r.killedMin,
        killedMax: r.killedMin !== null && r.extraMax !== null ? r.killedMin + r.extraMax : null,
        childrenMin: r.childrenMin,
        childrenMax:
          r.childrenMin !== null && r.extraChildren !== null
            ? r.childrenMin + r.extraChildren
            : null,
        eventType: r.eventType,
        reportIds: r.reportIds,
        attributedTo: r.attributedTo,
        coversIds: r.coversIds,
      });
    });

export const records = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => record(i))));

export const filters: fc.Arbitrary<Filters> = fc.record({
  regions: fc.oneof(
    fc.constant<string[]>([]),
    fc.subarray([...placeIds, 'SY0999'], { minLength: 1, maxLength: 3 }),
  ),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  sources: fc.oneof(fc.constant<string[]>([]), fc.subarray(sourceNames, { minLength: 1 })),
  eventTypes: fc.oneof(
    fc.constant<string[]>([]),
    fc.subarray([...eventTypes, ''], { minLength: 1 }),
  ),
});

export const seriesOptions = fc.record({
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  ranges: fc.constantFrom('spread' as const, 'end' as const),
});

/**
 * A series with its values to 6 decimals: spread records add fractions, and two paths that add
 * the same fractions in another order differ in their last bits.
 */
export const toSixDecimals = <T extends { points: object[] }>(series: T): T => ({
  ...series,
  points: series.points.map((p) =>
    Object.fromEntries(
      Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v]),
    ),
  ),
});

/**
 * The same records, each attributed to up to three of 1,000 sources (issue 17: a real ACLED
 * export has thousands of source strings), so some sets of sources are shared and most are not.
 */
export const manySourceRecords = records.chain((list) =>
  fc
    .tuple(...list.map(() => fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 3 })))
    .map((picks) =>
      list.map((r, i) => ({
        ...r,
        attributedTo: [...new Set((picks[i] ?? []).map((k) => `Org ${k % (i % 2 ? 40 : 1000)}`))],
      })),
    ),
);
