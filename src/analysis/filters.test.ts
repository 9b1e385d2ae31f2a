import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../test/helpers/testRecords';
import { filterRecords, NO_FILTERS } from './filters';
import { buildGazetteer } from './gazetteer';

const context = {
  gazetteer: buildGazetteer(testPlaces),
  reportsById: new Map(testReports.map((r) => [r.id, r])),
};

const records = [
  incident({ id: 'city', placeId: 'C3878', killedMin: 25 }),
  incident({
    id: 'ariha',
    placeId: 'SY0701',
    killedMin: 3,
    dateStart: '2024-12-03',
    dateEnd: '2024-12-03',
    reportIds: ['R2'],
  }),
  incident({
    id: 'aleppo',
    placeId: 'SY0200',
    killedMin: 4,
    eventType: 'shelling',
    attributedTo: ['SOHR'],
  }),
  incident({
    id: 'range',
    placeId: 'SY07',
    killedMin: 2,
    dateStart: '2024-11-30',
    dateEnd: '2024-12-02',
  }),
  incident({
    id: 'total',
    kind: 'cumulative',
    totalType: 'running',
    placeId: 'SY',
    coversIds: ['SY07', 'SY02'],
    killedMin: 56,
    periodStart: '2024-11-27',
    dateStart: '2024-11-27',
    dateEnd: '2024-12-02',
  }),
  incident({
    id: 'nation',
    kind: 'cumulative',
    totalType: 'running',
    placeId: 'SY',
    killedMin: 500,
    dateStart: null,
    dateEnd: '2024-12-31',
  }),
];

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('filterRecords', () => {
  it('keeps everything without filters, stated totals apart', () => {
    const out = filterRecords(records, NO_FILTERS, context);
    expect(ids(out.incidents)).toEqual(['city', 'ariha', 'aleppo', 'range']);
    expect(ids(out.cumulative)).toEqual(['total', 'nation']);
  });

  it('selects a governorate with the towns and districts inside it', () => {
    const out = filterRecords(records, { ...NO_FILTERS, regions: ['SY07'] }, context);
    expect(ids(out.incidents)).toEqual(['city', 'ariha', 'range']);
    // A total covering Idleb and Aleppo is context for Idleb, never part of its sum.
    expect(ids(out.cumulative)).toEqual(['total']);
  });

  it('selects several regions at once', () => {
    const out = filterRecords(records, { ...NO_FILTERS, regions: ['SY0701', 'SY0200'] }, context);
    expect(ids(out.incidents)).toEqual(['ariha', 'aleppo']);
  });

  it('keeps records straddling the date range out of the sum but lists them', () => {
    const out = filterRecords(
      records,
      { ...NO_FILTERS, from: '2024-12-01', to: '2024-12-01' },
      context,
    );
    expect(ids(out.incidents)).toEqual(['city', 'aleppo']);
    expect(ids(out.straddling)).toEqual(['range']);
    expect(ids(out.cumulative)).toEqual([]);
  });

  it('filters by attributed source, falling back to the report', () => {
    const out = filterRecords(records, { ...NO_FILTERS, sources: ['SOHR'] }, context);
    expect(ids(out.incidents)).toEqual(['ariha', 'aleppo']);
  });

  it('filters by event type', () => {
    const out = filterRecords(records, { ...NO_FILTERS, eventTypes: ['shelling'] }, context);
    expect(ids(out.incidents)).toEqual(['aleppo']);
  });

  it('returns nothing from an empty dataset', () => {
    expect(filterRecords([], { ...NO_FILTERS, regions: ['SY07'] }, context)).toEqual({
      incidents: [],
      straddling: [],
      cumulative: [],
    });
  });
});
