import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../model/dayNumber';
import { layoutAnnotations } from './annotationLayout';

const a = (dateStart: string, label: string) => ({
  dateStart,
  dateEnd: dateStart,
  label,
  url: null,
});

describe('layoutAnnotations', () => {
  const from = toDayNumber('2024-11-27');
  const to = toDayNumber('2024-12-31');

  it('keeps full labels when they fit', () => {
    const layout = layoutAnnotations(
      [a('2024-11-27', 'Offensive begins'), a('2024-12-08', 'Government falls')],
      from,
      to,
      900,
    );
    expect(layout.keyed).toBe(false);
    expect(layout.labels.map((l) => [l.text, l.row])).toEqual([
      ['Offensive begins', 0],
      ['Government falls', 0],
    ]);
  });

  it('switches to letters when labels would crowd', () => {
    const crowded = ['2024-11-27', '2024-11-28', '2024-11-29', '2024-11-30'].map((d) =>
      a(d, 'A rather long label here'),
    );
    const layout = layoutAnnotations(crowded, from, to, 300);
    expect(layout.keyed).toBe(true);
    expect(layout.labels.map((l) => l.key)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('layoutAnnotations at the right edge', () => {
  it('shifts a label left so it stays inside the plot', () => {
    const from = toDayNumber('2024-11-01');
    const to = toDayNumber('2024-12-31');
    const layout = layoutAnnotations([a('2024-12-31', 'A label at the very end')], from, to, 600);
    const label = layout.labels[0];
    expect(label?.shift).toBeGreaterThan(0);
  });
});
