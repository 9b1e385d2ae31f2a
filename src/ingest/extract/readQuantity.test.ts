import { describe, expect, it } from 'vitest';
import { readQuantity } from './readQuantity';
import { tokenize } from './tokenize';

const read = (text: string) => {
  const q = readQuantity(tokenize(text), 0);
  return q && { min: q.min, max: q.max, wording: q.wording, vague: q.vague };
};

describe('readQuantity', () => {
  it.each([
    ['25 people', 25, 25, 'exact'],
    ['1,200 people', 1200, 1200, 'exact'],
    ['ten people', 10, 10, 'exact'],
    ['twenty-five people', 25, 25, 'exact'],
    ['one hundred and twenty people', 120, 120, 'exact'],
    ['a dozen people', 12, 12, 'exact'],
    ['half a dozen people', 6, 6, 'exact'],
    ['two dozen people', 24, 24, 'exact'],
    ['at least 25', 25, null, 'atLeast'],
    ['more than 40', 40, null, 'atLeast'],
    ['over 20', 20, null, 'atLeast'],
    ['no fewer than 9', 9, null, 'atLeast'],
    ['about 30', 30, null, 'approx'],
    ['nearly 50', 50, null, 'approx'],
    ['up to 12', 0, 12, 'upTo'],
    ['fewer than 10', 0, 9, 'below'],
    ['between 20 and 30', 20, 30, 'range'],
    ['20-30 people', 20, 30, 'range'],
    ['five to six people', 5, 6, 'range'],
    ['25+ people', 25, null, 'atLeast'],
    ['٢٥ people', 25, 25, 'exact'],
  ])('%s → %s..%s (%s)', (text, min, max, wording) => {
    expect(read(text)).toEqual({ min, max, wording, vague: null });
  });

  it.each([
    ['dozens of people', 'dozens'],
    ['scores of people', 'scores'],
    ['hundreds of thousands', 'hundreds of thousands'],
    ['several dozen people', 'several dozen'],
  ])('%s is vague: no number is invented', (text, word) => {
    expect(read(text)).toEqual({ min: null, max: null, wording: 'vague', vague: word });
  });

  it.each(['people', 'F-16', 'tens'])('%s is not a quantity', (text) => {
    const tokens = tokenize(text);
    expect(readQuantity(tokens, tokens.length - 1)).toBeNull();
  });
});
