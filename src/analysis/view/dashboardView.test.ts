import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../test/helpers/readDataFolder';
import { cumulativeMarkers } from '../cumulativeMarkers';
import { cumulativeSeries, RANGES_WITHOUT_IDS } from '../cumulativeSeries';
import { type Filters, filterRecords, NO_FILTERS } from '../filters';
import { buildGazetteer } from '../gazetteer';
import { headlineFigures } from '../headlineFigures';
import { summarise } from '../summary';
import { dashboardView, prepareDataset, tableRecords } from './dashboardView';
import { LARGE_TABLE_FIRST, LARGE_TABLE_LIMIT } from './largeView';
import type { ViewQuery } from './viewTypes';

const bundled = readDataFolder('data');
const query = (filters: Partial<Filters> = {}, mode: ViewQuery['mode'] = 'cumulative') => ({
  filters: { ...NO_FILTERS, ...filters },
  mode,
  unit: 'auto' as const,
});
const FILTERS: Partial<Filters>[] = [
  {},
  { regions: ['SY07'] },
  { regions: ['SY07'], from: '2024-11-27', to: '2024-12-02' },
  { regions: ['SY02', 'SY07'], from: '2024-12-01' },
  { eventTypes: ['air strike'] },
];

describe('dashboardView, full datasets', () => {
  const prepared = prepareDataset(bundled);

  it('is the summary of npm run summary, and survives a structured clone unchanged', () => {
    const gazetteer = buildGazetteer(bundled.places);
    for (const filters of FILTERS) {
      const view = dashboardView(prepared, query(filters));
      const { cumulative, ...summary } = summarise(
        bundled,
        { ...NO_FILTERS, ...filters },
        gazetteer,
      );
      expect(view.summary).toEqual(summary);
      // The summary's stated totals travel as records (all of them) and markers (the dated).
      const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();
      expect(ids(view.filtered.cumulative)).toEqual(ids(cumulative));
      const labels = (list: readonly { id: string; label: string | null }[]) =>
        list.map((x) => `${x.id} ${x.label}`).sort();
      expect(labels(view.markers)).toEqual(labels(cumulative.filter((c) => c.dateEnd !== null)));
      expect(structuredClone(view)).toEqual(view);
    }
    expect(prepared.base.reconciled).toBe(true);
  });
});

describe('dashboardView, large datasets (columns, not clustered)', () => {
  // Forced large (no pair allowed) so the columnar path runs on real data.
  const large = prepareDataset(bundled, -1);
  const gazetteer = buildGazetteer(bundled.places);
  const reportsById = new Map(bundled.reports.map((r) => [r.id, r]));

  it.each(FILTERS)('gives the object-based record figures for %j', (partial) => {
    const filters = { ...NO_FILTERS, ...partial };
    const view = dashboardView(large, query(partial));
    const filtered = filterRecords(bundled.incidents, filters, { gazetteer, reportsById });
    const headline = headlineFigures(filtered.incidents, reportsById, gazetteer);
    expect(view.headline).toEqual(headline);
    expect(view.filtered.incidents.map((r) => r.id)).toEqual(
      filtered.incidents.slice(0, LARGE_TABLE_FIRST).map((r) => r.id),
    );
    expect(view.filteredIncidentCount).toBe(filtered.incidents.length);
    expect(view.tableListed).toBe(Math.min(filtered.incidents.length, LARGE_TABLE_LIMIT));
    expect(view.filtered.straddling).toEqual(filtered.straddling);
    // Dated stated totals are markers only; undated ones stay records.
    expect(view.filtered.cumulative).toEqual(filtered.cumulative.filter((r) => r.dateEnd === null));
    expect(view.markers).toEqual(cumulativeMarkers(filtered.cumulative, reportsById, gazetteer));
    const series = cumulativeSeries(filtered.incidents, {
      from: view.from,
      to: view.to,
      unit: view.unit,
    });
    // Ids stay in the worker; the points keep their count.
    expect(view.series.points.map((p) => ({ ...p, recordIds: [] }))).toEqual(
      series.points.map((p) => ({ ...p, recordIds: [] })),
    );
    expect(view.series.ranges).toEqual(series.ranges.slice(0, RANGES_WITHOUT_IDS));
    expect(view.series.rangeCount).toBe(series.ranges.length);
    // Without clustering every record is its own incident, and the page is told so.
    expect(view.summary.incidents).toBe(headline.records);
    expect(view.summary.killedMin).toBe(headline.killedMin);
    expect(large.base.reconciled).toBe(false);
  });

  it('compares regions on the same bins as compareSeries over records', () => {
    const view = dashboardView(large, query({}, 'compare'));
    expect(view.compare?.regionIds.length).toBeGreaterThan(1);
    const last = view.compare?.rows.at(-1);
    for (const region of view.compare?.regionIds ?? []) {
      const records = filterRecords(
        bundled.incidents,
        { ...NO_FILTERS, regions: [region] },
        { gazetteer, reportsById },
      ).incidents;
      const sum = records.reduce((s, r) => s + (r.killedMin ?? 0), 0);
      expect(last?.[region]).toBe(sum);
    }
  });
});

describe('the table of a large dataset', () => {
  const ucdp = readDataFolder('data/ucdp-syria');
  const large = prepareDataset(ucdp, -1);
  const gazetteer = buildGazetteer(ucdp.places);
  const reportsById = new Map(ucdp.reports.map((r) => [r.id, r]));

  it.each([{}, { regions: ['SY07'] }, { from: '2018-01-01', to: '2018-06-30' }])(
    'a view carries the first page, tableRecords the whole list (%j)',
    (partial) => {
      const filters = { ...NO_FILTERS, ...partial };
      const filtered = filterRecords(ucdp.incidents, filters, { gazetteer, reportsById });
      expect(filtered.incidents.length).toBeGreaterThan(LARGE_TABLE_FIRST);
      const view = dashboardView(large, query(partial));
      const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
      expect(ids(view.filtered.incidents)).toEqual(
        ids(filtered.incidents.slice(0, LARGE_TABLE_FIRST)),
      );
      expect(view.tableListed).toBe(Math.min(filtered.incidents.length, LARGE_TABLE_LIMIT));
      expect(tableRecords(large, filters)).toEqual(filtered.incidents.slice(0, LARGE_TABLE_LIMIT));
    },
  );
});
