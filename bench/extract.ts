import { extractRecords } from '../src/ingest/extract/extractRecords';
import { buildPlaceIndex } from '../src/ingest/extract/placeIndex';
import { testGazetteer } from '../test/fixtures/test-gazetteer';

/*
 * npm run bench:extract
 * Times the extractor side by side on 1×, 4× and 16× the same input, for three inputs:
 * mixed report text (the throughput goal: at least 1 MB of text a second), "At least 5 killed. "
 * repeated (many records that merge into one) and one sentence listing many figures. Linear
 * time means 4× the input takes about 4× the time (the goal: at most 5×). Best of 3 runs each.
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
const mixed = (bytes: number) => {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${paragraphs[i % paragraphs.length]}\n`;
  return text;
};
const repeated = (times: number) => 'At least 5 killed. '.repeat(times);
const listed = (figures: number) =>
  `Killed were ${Array.from({ length: figures }, (_, i) => String(i + 1)).join(', ')} people.`;

const time = (text: string): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    extractRecords(text, { published: '2024-12-02', gazetteer, placeIndex });
    best = Math.min(best, performance.now() - started);
  }
  return best;
};

const series = (name: string, make: (n: number) => string, base: number) => {
  let first: number | null = null;
  for (const times of [1, 4, 16]) {
    const text = make(base * times);
    const ms = time(text);
    first ??= ms;
    const mbps = text.length / 1e6 / (ms / 1000);
    console.log(
      `${name.padEnd(30)} ${String(times).padStart(2)}×  ${(text.length / 1e6).toFixed(3)} MB  ${ms.toFixed(0).padStart(6)} ms  ${mbps.toFixed(2)} MB/s  ×${(ms / first).toFixed(2)} of 1×`,
    );
  }
};

time(mixed(100_000)); // warm up the JIT
series('mixed report text', mixed, 125_000);
series('"At least 5 killed. " repeated', repeated, 1_000);
series('one sentence, many figures', listed, 1_562);
const started = performance.now();
const records = extractRecords(listed(25_000), { published: '2024-12-02', gazetteer, placeIndex });
console.log(
  `one sentence listing 25,000 figures: ${(performance.now() - started).toFixed(0)} ms, ${records.length} records, no error`,
);
