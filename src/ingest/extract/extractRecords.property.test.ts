import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../../../test/fixtures/test-gazetteer';
import { extractRecords } from './extractRecords';
import { buildPlaceIndex } from './placeIndex';

const gazetteer = testGazetteer();
const placeIndex = buildPlaceIndex(gazetteer);
const extract = (text: string) =>
  extractRecords(text, { published: '2024-12-02', gazetteer, placeIndex });

// Sentences built from the words the extractor reacts to, so that the properties are tested
// on text that produces records, not only on noise.
const word = fc.constantFrom(
  'at least',
  'more than',
  'about',
  'up to',
  'between',
  'and',
  'nearly',
  '25',
  '1,200',
  'ten',
  'twenty-five',
  'dozens of',
  'a dozen',
  'people',
  'civilians',
  'children',
  'women',
  'were',
  'killed',
  'injured',
  'died',
  'including',
  'among them',
  'in',
  'Idlib',
  'Ariha',
  'Deir ez-Zor',
  'city of',
  'province',
  'on Sunday',
  'since Wednesday',
  'yesterday',
  'since 2011',
  'total',
  'according to',
  'SOHR',
  'the White Helmets',
  'said',
  'air strikes',
  'shelling',
  '.',
  ',',
  '-',
  '20-30',
  'a child',
  'of whom',
  'the death toll',
  'rose to',
  '\n',
);
const report = fc.array(word, { maxLength: 80 }).map((ws) => ws.join(' '));

describe('extractRecords properties', () => {
  it('never throws, on any unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        extract(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never returns min > max, a part larger than the whole, or a date after publication', () => {
    fc.assert(
      fc.property(report, (text) => {
        for (const r of extract(text)) {
          for (const [min, max] of [
            [r.killedMin, r.killedMax],
            [r.childrenMin, r.childrenMax],
            [r.womenMin, r.womenMax],
            [r.injuredMin, r.injuredMax],
          ]) {
            if (min != null && max != null) expect(min).toBeLessThanOrEqual(max);
            if (max != null) expect(min).not.toBeNull();
          }
          const ceiling = r.killedMax ?? r.killedMin;
          if (r.childrenMin !== null) expect(ceiling).not.toBeNull();
          if (r.childrenMin !== null && ceiling !== null)
            expect(r.childrenMin).toBeLessThanOrEqual(ceiling);
          if (r.womenMin !== null && ceiling !== null)
            expect(r.womenMin).toBeLessThanOrEqual(ceiling);
          for (const day of [r.dateStart, r.dateEnd, r.periodStart])
            if (day) expect(day <= '2024-12-02').toBe(true);
          for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on long runs of figures and report words (thousands in one sentence)', () => {
    const figure = fc.oneof(
      fc.nat({ max: 100_000 }).map(String),
      fc.constantFrom('at least 5', 'dozens', 'between 20 and 30', '٢٥', 'a child', 'killed'),
    );
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.constantFrom(', ', ' and ', '. ', ' killed, '),
        (items, times, joiner) => {
          const list = Array.from({ length: times }, (_, i) => items[i % items.length]);
          extract(`Killed were ${list.join(joiner)} people, SOHR said.`);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);

  it('takes about linear time: 4 times the text, far less than the 16 times a quadratic step takes', () => {
    const time = (text: string) => {
      const started = performance.now();
      extract(text);
      return performance.now() - started;
    };
    fc.assert(
      fc.property(report, fc.constantFrom('. ', ', ', ' and ', '\n'), (unit, joiner) => {
        const piece = `${unit}${joiner}`;
        const small = piece.repeat(Math.ceil(50_000 / piece.length));
        const large = small.repeat(4);
        time(small); // warm up on this shape of text
        // Interleaved, so that both sizes see the same load on a shared machine; best of 4 each.
        let bestSmall = Number.POSITIVE_INFINITY;
        let bestLarge = Number.POSITIVE_INFINITY;
        for (let r = 0; r < 4; r++) {
          bestSmall = Math.min(bestSmall, time(small));
          bestLarge = Math.min(bestLarge, time(large));
        }
        // The goal (at most 5x) is measured by bench/extract.ts; shared CI machines get room up
        // to 8x here. A floor of 100 ms keeps timer and GC noise on small inputs out of the ratio.
        expect(bestLarge).toBeLessThanOrEqual(8 * Math.max(bestSmall, 100));
      }),
      { numRuns: 6 },
    );
    // Compute-bound on purpose: given room on a busy machine; the ratio is what is asserted.
  }, 120_000);

  it('reads a megabyte of report text in well under a few seconds', () => {
    const unit =
      'At least 25 people, including ten children, were killed in air strikes on the city of Idlib on Sunday, the White Helmets said. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    extract(text);
    // Generous for slow CI machines; bench/extract.ts prints the real figures side by side.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
