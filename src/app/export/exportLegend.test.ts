import { describe, expect, it } from 'vitest';
import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import { MARKER_ELEMENT_LIMIT } from '../chart/TollChart';
import { exportLegend } from './exportLegend';

/* Fictional markers: only their number matters here. */
const markers = (n: number): CumulativeMarker[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `M${i}`,
    day: '2024-12-01',
    periodStart: null,
    killedMin: i,
    killedMax: null,
    childrenMin: null,
    sources: ['Test monitor'],
    area: 'Idleb',
    totalType: 'running',
    victims: 'unknown',
    label: `Test monitor: ${i} by 1 Dec`,
    note: null,
    reportIds: ['R1'],
    published: null,
    supersedes: [],
  }));
const noAnnotations = { rows: 0, labels: [], keyed: false };

describe('exportLegend', () => {
  it('keys every stated total while the chart draws them one by one', () => {
    const { legend, keys } = exportLegend(
      'cumulative',
      markers(MARKER_ELEMENT_LIMIT),
      noAnnotations,
      [],
    );
    expect(keys).toHaveLength(MARKER_ELEMENT_LIMIT);
    expect(keys[1]).toBe('2. Test monitor: 1 by 1 Dec (Idleb)');
    expect(legend.some((l) => l.shape === 'dashed')).toBe(true);
  });

  it('says how many dots there are instead of keying thousands of them', () => {
    const { legend, keys } = exportLegend('cumulative', markers(5000), noAnnotations, []);
    expect(keys).toEqual([
      '5,000 stated totals drawn as dots, not added to the sum; each is listed with its source on the page at the link below.',
    ]);
    expect(legend.some((l) => l.shape === 'dashed')).toBe(false);
  });
});
