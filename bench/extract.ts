import { extractRecords } from '../src/ingest/extract/extractRecords';
import { buildPlaceIndex } from '../src/ingest/extract/placeIndex';
import { testGazetteer } from '../test/fixtures/test-gazetteer';

/*
 * npx tsx bench/extract.ts
 * Times the extractor on generated report text of 0.25, 0.5, 1 and 2 MB. Linear time means
 * each doubling of the input roughly doubles the time; a quadratic step would quadruple it.
 */
const gazetteer = testGazetteer();
const placeIndex = buildPlaceIndex(gazetteer);
const paragraphs = [
  'At least 25 people, including ten children, were killed in air strikes on the city of Idlib on Sunday, the White Helmets said.',
  'The total number of deaths since November 27 has reached 56, according to SOHR.',
  'Residents of Deir Ezzor said dozens were wounded when shells hit a market near Saraqeb yesterday.',
  'Rebels advanced towards Hama as thousands fled; no figures were available for the fighting.',
  'Between 20 and 30 fighters died in clashes near Manbij, a monitor said. (٢٥ قتيلا)',
];
const textOf = (bytes: number) => {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${paragraphs[i % paragraphs.length]}\n`;
  return text;
};

const time = (text: string): number => {
  const runs = 3;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    extractRecords(text, { published: '2024-12-02', gazetteer, placeIndex });
    best = Math.min(best, performance.now() - started);
  }
  return best;
};

time(textOf(50_000)); // warm up the JIT
let previous: number | null = null;
for (const size of [250_000, 500_000, 1_000_000, 2_000_000]) {
  const ms = time(textOf(size));
  const ratio = previous === null ? '' : `  ×${(ms / previous).toFixed(2)} for ×2 input`;
  console.log(`${(size / 1e6).toFixed(2)} MB  ${ms.toFixed(0).padStart(5)} ms${ratio}`);
  previous = ms;
}
