import { describe, expect, it } from 'vitest';
import { closestNames } from './closestNames';

const SOURCES = [
  'Syrian Observatory for Human Rights (SOHR)',
  'Syrian Network for Human Rights (SNHR)',
  'White Helmets (Syria Civil Defence)',
  'OCHA',
  'UNICEF',
];

describe('closestNames', () => {
  it.each([
    ['sohr', ['Syrian Observatory for Human Rights (SOHR)']],
    ['White helmets', ['White Helmets (Syria Civil Defence)']],
    ['UNICEFF', ['UNICEF']],
    ['ocha ', ['OCHA']],
  ])('puts the name meant by %j first', (typed, first) => {
    expect(closestNames(typed, SOURCES).slice(0, 1)).toEqual(first);
  });

  it('gives at most three, each once, even for a 2 MB value', () => {
    const names = closestNames('x'.repeat(2_000_000), [...SOURCES, ...SOURCES]);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
  });

  it('gives nothing when nothing is known', () => {
    expect(closestNames('anything', [])).toEqual([]);
  });
});
