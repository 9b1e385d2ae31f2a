import os from 'node:os';
import { extractRecords } from '../src/ingest/extract/extractRecords';
import { buildPlaceIndex } from '../src/ingest/extract/placeIndex';
import { testGazetteer } from '../test/fixtures/test-gazetteer';

/*
 * npm run bench:extract
 * Times the extractor side by side on 1×, 4× and 16× the same input, for three inputs:
 * mixed report text (the throughput goal: at least 1 MB of text a second), "At least 5 killed. "
 * repeated (many records that merge into one) and one sentence listing many figures. Linear
 * time means 4× the input takes about 4× the time (the goal: at most 5×). Best of 3 runs each,
 * wall and CPU time side by side, with the machine's load.
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

/**
 * Best of 3 runs: wall time, and the process's CPU time (user + system), which a machine shared
 * with other work disturbs less than the wall clock.
 */
const time = (text: string): { wall: number; cpu: number } => {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    extractRecords(text, { published: '2024-12-02', gazetteer, placeIndex });
    const used = process.cpuUsage(cpuStart);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
};

const series = (name: string, make: (n: number) => string, base: number) => {
  let first: { wall: number; cpu: number } | null = null;
  for (const times of [1, 4, 16]) {
    const text = make(base * times);
    const t = time(text);
    first ??= t;
    const mb = text.length / 1e6;
    console.log(
      `${name.padEnd(30)} ${String(times).padStart(2)}×  ${mb.toFixed(3)} MB  wall ${t.wall.toFixed(0).padStart(5)} ms ${(mb / (t.wall / 1000)).toFixed(2)} MB/s ×${(t.wall / first.wall).toFixed(2)}  cpu ${t.cpu.toFixed(0).padStart(5)} ms ${(mb / (t.cpu / 1000)).toFixed(2)} MB/s ×${(t.cpu / first.cpu).toFixed(2)} of 1×`,
    );
  }
};

time(mixed(100_000)); // warm up the JIT
series('mixed report text', mixed, 125_000);
series('"At least 5 killed. " repeated', repeated, 1_000);
series('one sentence, many figures', listed, 1_562);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} cores`,
);
const started = performance.now();
const records = extractRecords(listed(25_000), { published: '2024-12-02', gazetteer, placeIndex });
console.log(
  `one sentence listing 25,000 figures: ${(performance.now() - started).toFixed(0)} ms, ${records.length} records, no error`,
);
