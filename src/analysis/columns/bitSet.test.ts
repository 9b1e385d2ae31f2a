import { describe, expect, it } from 'vitest';
import { BitSet } from './bitSet';

describe('BitSet', () => {
  it.each([
    ['empty', 70, [] as number[]],
    ['one bit', 70, [5]],
    ['word edges', 70, [0, 31, 32, 63, 64, 69]],
    ['dense', 40, Array.from({ length: 40 }, (_, i) => i)],
  ])('%s: get, count, next and toIndexes agree with the members set', (_, size, members) => {
    const set = new BitSet(size);
    for (const i of members) set.set(i);
    expect(set.count()).toBe(members.length);
    expect(Array.from(set.toIndexes())).toEqual(members);
    for (let i = 0; i < size; i++) expect(set.get(i)).toBe(members.includes(i));
    expect(set.next(size)).toBe(-1);
  });

  it('unions another set of the same size, and wraps existing words', () => {
    const a = new BitSet(100);
    const b = new BitSet(100);
    a.set(1);
    b.set(99);
    a.or(b);
    expect(Array.from(new BitSet(100, a.words).toIndexes())).toEqual([1, 99]);
  });
});
