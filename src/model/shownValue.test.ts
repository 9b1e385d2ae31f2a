import { describe, expect, it } from 'vitest';
import { SHOWN_VALUE_CHARS, shownName, shownValue } from './shownValue';

describe('shownValue', () => {
  it.each([
    ['', '""'],
    ['picnic', '"picnic"'],
    ['a "b"\nc', '"a \\"b\\"\\nc"'],
    ['x'.repeat(80), JSON.stringify('x'.repeat(80))],
  ])('quotes a short value whole: %j', (value, shown) => {
    expect(shownValue(value)).toBe(shown);
  });

  it('cuts a long value to 80 characters and says how long it was', () => {
    const shown = shownValue('y'.repeat(2_000_000));
    expect(shown).toBe(`${JSON.stringify('y'.repeat(SHOWN_VALUE_CHARS))}… (2000000 characters)`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const shown = shownValue('😀'.repeat(100));
    expect(shown.startsWith(JSON.stringify('😀'.repeat(80)))).toBe(true);
    expect(shown).toContain('(200 characters)');
  });

  it('cuts names without quotes', () => {
    expect(shownName('SY07')).toBe('SY07');
    expect(shownName('z'.repeat(81))).toBe(`${'z'.repeat(80)}… (81 characters)`);
  });
});
