import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../test/helpers/readDataFolder';
import { UCDP_GED_FILE } from '../../../test/helpers/sharedData';
import { importUcdpGed } from '../../ingest/import/importUcdpGed';
import type { Dataset } from '../../model/dataset';
import { type Filters, NO_FILTERS } from '../filters';
import { buildGazetteer } from '../gazetteer';
import { summarise } from '../summary';
import { dashboardView, prepareDataset } from './dashboardView';
import { type AreaFigures, type MapLevel, mapFigures } from './mapFigures';
import type { PreparedDataset } from './viewTypes';

const FOLDERS = ['data', 'data/ucdp-syria'] as const;
const datasets = new Map(FOLDERS.map((folder) => [folder, readDataFolder(folder)]));
const datasetOf = (folder: string): Dataset => datasets.get(folder as never) as Dataset;

/** What `npm run summary -- --admin1 <id>` computes: the place resolved as the CLI does. */
const cliFigures = (dataset: Dataset, id: string, filters: Partial<Filters> = {}) => {
  const gazetteer = buildGazetteer(dataset.places);
  const place = gazetteer.resolve(id, 1) ?? gazetteer.resolve(id);
  const s = summarise(
    dataset,
    { ...NO_FILTERS, ...filters, regions: [place?.id ?? 'none'] },
    gazetteer,
  );
  return {
    records: s.records,
    incidents: s.incidents,
    killedMin: s.killedMin,
    killedMax: s.killedMax,
  };
};

const figuresOnly = ({ sources: _, id: __, ...f }: AreaFigures) => f;

const mapOf = (prepared: PreparedDataset, level: MapLevel, filters: Partial<Filters> = {}) =>
  mapFigures(prepared, { filters: { ...NO_FILTERS, ...filters }, level });

// UCDP's summaries take seconds each test on a shared machine.
describe.each(FOLDERS)('mapFigures on %s', { timeout: 60_000 }, (folder) => {
  const dataset = datasetOf(folder);
  const prepared = prepareDataset(dataset);
  const governorates = dataset.places.filter((p) => p.level === 1).map((p) => p.id);

  it('shades every governorate with the figures of summary --admin1 <P-code>', () => {
    const map = mapOf(prepared, 'governorates');
    expect(map.areas.map((a) => a.id)).toEqual([...governorates].sort());
    expect(governorates.length).toBe(14);
    for (const area of map.areas) expect(figuresOnly(area)).toEqual(cliFigures(dataset, area.id));
    // Not all zero: the test would pass on an empty map otherwise.
    expect(map.areas.filter((a) => a.killedMin > 0).length).toBeGreaterThan(1);
  });

  it('applies the other filters (dates) as summary --from --to does, and ignores the regions', () => {
    const dates =
      folder === 'data'
        ? { from: '2024-11-29', to: '2024-12-03' }
        : { from: '2018-01-01', to: '2018-06-30' };
    const map = mapOf(prepared, 'governorates', { ...dates, regions: ['SY07'] });
    for (const area of map.areas)
      expect(figuresOnly(area)).toEqual(cliFigures(dataset, area.id, dates));
  });

  it('shades districts with their own summaries, and lists what lies above them apart', () => {
    const map = mapOf(prepared, 'districts');
    const districts = dataset.places.filter((p) => p.level === 2);
    expect(map.areas).toHaveLength(districts.length);
    // UCDP's 61 district summaries take ~12 s: there, those of three governorates are checked.
    const checked =
      folder === 'data'
        ? map.areas
        : map.areas.filter((a) => ['SY02', 'SY07', 'SY09'].some((g) => a.id.startsWith(g)));
    expect(checked.length).toBeGreaterThan(10);
    for (const area of checked) expect(figuresOnly(area)).toEqual(cliFigures(dataset, area.id));
    const whole = summarise(dataset, NO_FILTERS, buildGazetteer(dataset.places));
    const inAreas = map.areas.reduce((n, a) => n + a.records, 0);
    const above = map.unplaced.reduce((n, a) => n + a.records, 0);
    // Every record is in one district or listed apart, never both.
    expect(inAreas + above).toBe(whole.records);
  });

  // As columns (too large to cluster), records are summed as stated: the map must show the
  // headline of a view of that one area, from the index (whole governorates and dates) and from
  // the rows (districts, event types), sources included.
  it.each([
    { level: 'governorates' as const, filters: {} },
    {
      level: 'governorates' as const,
      filters: {
        eventTypes: [
          dataset.incidents.find((r) => r.kind === 'incident' && r.eventType)?.eventType ?? '',
        ],
      },
    },
    {
      level: 'districts' as const,
      filters: { from: folder === 'data' ? '2024-12-01' : '2018-01-01' },
    },
  ])(
    "as columns, shows each area its own view's headline ($level, $filters)",
    ({ level, filters }) => {
      const large = prepareDataset(dataset, -1);
      const map = mapOf(large, level, filters);
      const headlineOf = (regions: string[]) =>
        dashboardView(large, {
          filters: { ...NO_FILTERS, ...filters, regions },
          mode: 'cumulative',
          unit: 'auto',
        }).headline;
      for (const area of map.areas) {
        const h = headlineOf([area.id]);
        expect([area.records, area.killedMin, area.killedMax]).toEqual([
          h.records,
          h.killedMin,
          h.killedMax,
        ]);
        const top = area.sources[0];
        if (top) expect(h.bySource[top.name]?.records).toBe(top.records);
      }
      const unplaced = map.unplaced.reduce((n, a) => n + a.records, 0);
      expect(map.areas.reduce((n, a) => n + a.records, 0) + unplaced).toBe(headlineOf([]).records);
      expect(map.areas.some((a) => a.records > 0)).toBe(true);
    },
  );
});

describe('points: UCDP events drawn at their own coordinates', () => {
  // The committed data/ucdp-syria carries no points (it stays under 2 MiB): the real GED file
  // in ../shared is imported here, with them, as `npm run import -- --format ucdp` does.
  const ged = readFileSync(UCDP_GED_FILE, 'utf8');
  const committed = datasetOf('data/ucdp-syria');
  // With the gazetteer the committed folder was imported with (its README): data/places.csv.
  const imported = importUcdpGed(ged, datasetOf('data').places, { file: 'ucdp-ged-syria.csv' });
  const dataset: Dataset = { ...committed, incidents: imported.incidents };
  const prepared = prepareDataset(dataset);
  // Counted from the GED file's own cells, apart from the importer and the map: events with a
  // point that UCDP says is the place itself or within ~25 km of it (where_prec 1, 2), coded in
  // a governorate (the importer's place, taken from the committed folder).
  const placeOf = new Map(committed.incidents.map((r) => [r.id, r]));
  const rows = Papa.parse<Record<string, string>>(ged, {
    header: true,
    skipEmptyLines: 'greedy',
  }).data.map((r) => {
    const record = placeOf.get(`ucdp-${r.id}`);
    return {
      latitude: r.latitude ?? '',
      longitude: r.longitude ?? '',
      coord_precision: r.where_prec ?? '',
      place_id: record?.placeId ?? '',
      killed_min: String(record?.killedMin ?? ''),
      date_start: record?.dateStart ?? '',
      date_end: record?.dateEnd ?? '',
    };
  });
  const withPoint = rows.filter((r) => r.latitude !== '' && r.longitude !== '');
  const drawable = withPoint.filter(
    (r) => ['1', '2'].includes(r.coord_precision) && r.place_id !== 'SY',
  );

  it.each(['governorates', 'districts'] as const)(
    'sum to the events with a precise point, killed included (%s map)',
    (level) => {
      const map = mapOf(prepared, level);
      expect(withPoint).toHaveLength(16566);
      expect(drawable.length).toBe(14794);
      expect(map.points.reduce((n, p) => n + p.records, 0)).toBe(drawable.length);
      expect(map.points.reduce((n, p) => n + p.killedMin, 0)).toBe(
        drawable.reduce((n, r) => n + Number(r.killed_min), 0),
      );
      expect(map.pointsLeftOut).toBe(withPoint.length - drawable.length);
      // One entry per distinct point, each at its own coordinates.
      const distinct = new Set(drawable.map((r) => `${Number(r.latitude)} ${Number(r.longitude)}`));
      expect(map.points).toHaveLength(distinct.size);
    },
  );

  it('leave the shading exactly as the records place it', () => {
    const map = mapOf(prepared, 'governorates');
    const stripped = prepareDataset({
      ...dataset,
      incidents: dataset.incidents.map(({ coordinates: _, ...r }) => r),
    });
    const without = mapOf(stripped, 'governorates');
    expect(map.areas).toEqual(without.areas);
    expect(map.unplaced).toEqual(without.unplaced);
    expect(without.points).toEqual([]);
    expect(without.pointsLeftOut).toBe(0);
  });

  it('follow the filters, and draw no country-level or multi-governorate record', () => {
    const dates = { from: '2018-01-01', to: '2018-06-30' };
    const map = mapOf(prepared, 'governorates', dates);
    const inDates = drawable.filter(
      (r) => (r.date_end ?? '') >= dates.from && (r.date_start ?? '') <= dates.to,
    );
    expect(inDates.length).toBeGreaterThan(1000);
    expect(map.points.reduce((n, p) => n + p.records, 0)).toBe(inDates.length);
    const moved = prepareDataset({
      ...dataset,
      incidents: dataset.incidents.map((r, i) =>
        i % 2 === 0 ? { ...r, placeId: 'SY' } : { ...r, coversIds: ['SY02', 'SY07'] },
      ),
    });
    expect(mapOf(moved, 'governorates').points).toEqual([]);
  });
});

describe('records not in one governorate', () => {
  it('lists UCDP events coded at country level apart, never in a governorate', () => {
    const dataset = datasetOf('data/ucdp-syria');
    const map = mapOf(prepareDataset(dataset), 'governorates');
    const country = map.unplaced.find((u) => u.placeId === 'SY');
    const atCountry = dataset.incidents.filter((r) => r.placeId === 'SY');
    expect(country?.records).toBe(atCountry.length);
    expect(country?.records).toBeGreaterThan(0);
  });

  it('lists stated totals across several governorates beside the map (data/)', () => {
    const dataset = datasetOf('data');
    const map = mapOf(prepareDataset(dataset), 'governorates');
    const across = map.statedAcross.find((s) => s.coversIds.length > 1);
    expect(across?.placeId).toBe('SY');
    expect(map.statedAcrossCount).toBe(
      dataset.incidents.filter((r) => r.kind === 'cumulative' && r.placeId === 'SY').length,
    );
  });
});

describe.each(FOLDERS)('the command line itself (%s)', (folder) => {
  it('prints the map figures of Idleb for summary --admin1 SY07', () => {
    const printed = JSON.parse(
      execFileSync(
        'npx',
        ['tsx', 'src/cli/summary.ts', '--data', folder, '--admin1', 'SY07', '--json'],
        {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        },
      ),
    ) as Record<string, number>;
    const idleb = mapOf(prepareDataset(datasetOf(folder)), 'governorates').areas.find(
      (a) => a.id === 'SY07',
    );
    expect(idleb && figuresOnly(idleb)).toEqual({
      records: printed.records,
      incidents: printed.incidents,
      killedMin: printed.killedMin,
      killedMax: printed.killedMax,
    });
  }, 30_000);
});
