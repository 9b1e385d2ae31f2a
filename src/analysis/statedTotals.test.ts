import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../test/helpers/readDataFolder';
import type { CumulativeMarker } from './cumulativeMarkers';
import { NO_FILTERS } from './filters';
import { buildGazetteer } from './gazetteer';
import { statedTotals } from './statedTotals';
import { summarise } from './summary';

/* Hand-made markers are fictional; the last tests read the bundled dataset (real reports). */
const marker = (
  over: Partial<CumulativeMarker> & { id: string; day: string },
): CumulativeMarker => ({
  periodStart: '2024-11-27',
  killedMin: 10,
  killedMax: 10,
  childrenMin: null,
  sources: ['Monitor A'],
  area: 'Syria',
  totalType: 'running',
  victims: 'civilians',
  label: '',
  note: null,
  reportIds: ['R1'],
  published: null,
  supersedes: [],
  ...over,
});

describe('statedTotals', () => {
  it("puts each source's latest running total first, largest source first, every source listed", () => {
    const totals = statedTotals([
      marker({ id: 'a1', day: '2024-11-28', killedMin: 20, killedMax: null }),
      marker({ id: 'b1', day: '2024-11-29', sources: ['Monitor B'], killedMin: 5, killedMax: 5 }),
      marker({ id: 'a2', day: '2024-11-30', killedMin: 40, killedMax: null }),
      marker({
        id: 'b2',
        day: '2024-11-30',
        sources: ['Monitor B'],
        totalType: 'daily',
        killedMin: 90,
      }),
    ]);
    expect(totals.bySource.map((s) => [s.source, s.id, s.number, s.wording])).toEqual([
      ['Monitor A', 'a2', 3, 'at least 40 civilians killed since 27 Nov, as of 30 Nov'],
      ['Monitor B', 'b1', 2, '5 civilians killed since 27 Nov, as of 29 Nov'],
    ]);
    expect(totals.bySource[1]?.statedTotals).toEqual(['b1', 'b2']);
  });

  it('drops a superseded statement, and of two for one day keeps the later published', () => {
    const totals = statedTotals([
      marker({ id: 'x', day: '2024-12-01', killedMin: 30, published: '2024-12-01' }),
      marker({ id: 'y', day: '2024-12-01', killedMin: 33, published: '2024-12-02' }),
      marker({ id: 'z', day: '2024-12-02', killedMin: 31 }),
      marker({ id: 'w', day: '2024-12-03', killedMin: 50, supersedes: ['z'] }),
    ]);
    expect(totals.replaced).toEqual(
      expect.arrayContaining([
        { id: 'x', by: 'y' },
        { id: 'z', by: 'w' },
      ]),
    );
    expect(totals.series[0]?.points.map((p) => p.id)).toEqual(['y', 'w']);
  });

  it('draws daily totals as a running line only over consecutive days', () => {
    const daily = { totalType: 'daily' as const, periodStart: null };
    const totals = statedTotals([
      marker({ id: 'd1', day: '2024-12-01', killedMin: 3, ...daily }),
      marker({ id: 'd2', day: '2024-12-02', killedMin: 4, ...daily }),
      marker({ id: 'd4', day: '2024-12-04', killedMin: 9, ...daily }),
    ]);
    const line = totals.series[0];
    expect(line?.runs.map((run) => run.map((p) => [p.id, p.value]))).toEqual([
      [
        ['d1', 3],
        ['d2', 7],
      ],
    ]);
    expect(line?.points).toHaveLength(3);
  });

  it("gives SOHR's 1,894 since 8 Dec first on the bundled dataset, as summary does", () => {
    const dataset = readDataFolder('data');
    const summary = summarise(dataset, NO_FILTERS, buildGazetteer(dataset.places));
    const first = summary.statedTotals[0];
    expect(first).toMatchObject({
      source: 'Syrian Observatory for Human Rights (SOHR)',
      killedMin: 1894,
      periodStart: '2024-12-08',
      asOf: '2024-12-31',
    });
    // Every source of a dated stated total is listed once.
    const sources = new Set(
      dataset.incidents
        .filter((r) => r.kind === 'cumulative' && r.dateEnd !== null && r.killedMin !== null)
        .flatMap((r) => r.attributedTo),
    );
    expect(new Set(summary.statedTotals.map((s) => s.source))).toEqual(sources);
  });
});
