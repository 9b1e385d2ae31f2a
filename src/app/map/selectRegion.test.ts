import { describe, expect, it } from 'vitest';
import { selectRegion } from './selectRegion';

describe('selectRegion (a click on the map)', () => {
  it.each([
    { regions: [], id: 'SY07', add: false, out: ['SY07'] },
    { regions: ['SY02', 'SY07'], id: 'SY07', add: false, out: ['SY07'] },
    { regions: ['SY07'], id: 'SY07', add: false, out: [] },
    { regions: ['SY07'], id: 'SY02', add: true, out: ['SY07', 'SY02'] },
    { regions: ['SY07', 'SY02'], id: 'SY07', add: true, out: ['SY02'] },
    { regions: ['SY0200'], id: 'SY02', add: true, out: ['SY0200', 'SY02'] },
  ])('$regions, click $id (shift: $add) → $out', ({ regions, id, add, out }) => {
    expect(selectRegion(regions, id, add)).toEqual(out);
  });
});
