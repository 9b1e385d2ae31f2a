/**
 * The UI bench on two data folders side by side, in one run (issue 17): the generated SYNTHETIC
 * 1M folder and another folder (e.g. the real-shaped ACLED import, bench/writeRealShaped.ts),
 * measured alternately `--repeat` times by bench/ui.ts against one build. Prints the medians of
 * the runs, the ratios (other / synthetic) and the machine's load at each run.
 *
 *   npx tsx bench/uiBeside.ts --data DIR [--repeat 3] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    repeat: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const repeat = Number(values.repeat);
if (!values.data || !existsSync(values.data) || !Number.isInteger(repeat) || repeat < 1) {
  process.stderr.write('usage: bench/uiBeside.ts --data DIR [--repeat N ≥ 1] [--json]\n');
  process.exit(2);
}
const say = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

/** The figures compared: [name in bench/ui.ts's JSON, what it measures]. */
const FIGURES = [
  ['filterToPaintMs', 'governorate filter → chart painted'],
  ['mapFilterToPaintMs', 'event-type filter → map painted'],
  ['mapDateToPaintMs', 'From date → map painted'],
  ['mapClickToPaintMs', 'map click → headline and map painted'],
] as const;
type Point = { p50: number; p95: number };
type Run = Record<(typeof FIGURES)[number][0], Point> & { load: number[] };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

const outDir = mkdtempSync(path.join(os.tmpdir(), 'tolltrack-bench-beside-'));
say(`building the app once into ${outDir} …`);
execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const runs: Record<'synthetic' | 'data', Run[]> = { synthetic: [], data: [] };
try {
  for (let r = 0; r < repeat; r++)
    for (const which of ['synthetic', 'data'] as const) {
      const load = os.loadavg().map(round1);
      say(`run ${r + 1}/${repeat}, ${which} (load ${load.join(' ')}) …`);
      const args = ['tsx', 'bench/ui.ts', '--json', '--built', outDir];
      if (which === 'data') args.push('--data', values.data);
      const out = execFileSync('npx', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      const run = { ...(JSON.parse(out) as Run), load };
      runs[which].push(run);
      say(`  ${FIGURES.map(([k]) => `${k} ${run[k].p50}/${run[k].p95}`).join('; ')} (ms, p50/p95)`);
    }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const summary = Object.fromEntries(
  FIGURES.map(([k, what]) => {
    const of = (which: 'synthetic' | 'data', p: keyof Point) =>
      round1(median(runs[which].map((run) => run[k][p])));
    const row = {
      what,
      synthetic: { p50: of('synthetic', 'p50'), p95: of('synthetic', 'p95') },
      data: { p50: of('data', 'p50'), p95: of('data', 'p95') },
    };
    return [
      k,
      {
        ...row,
        ratio: {
          p50: round1(row.data.p50 / row.synthetic.p50),
          p95: round1(row.data.p95 / row.synthetic.p95),
        },
      },
    ];
  }),
);
say('');
say(`medians of ${repeat} runs each, alternated; data = ${values.data}`);
for (const [k, row] of Object.entries(summary))
  say(
    `  ${row.what}: synthetic ${row.synthetic.p50}/${row.synthetic.p95} ms, data ${row.data.p50}/${row.data.p95} ms (p50/p95), ratio ${row.ratio.p50}× / ${row.ratio.p95}× [${k}]`,
  );
const loads = [...runs.synthetic, ...runs.data].map((r) => r.load[0] ?? 0);
say(`  load average (1 min) at the runs' start: ${Math.min(...loads)}–${Math.max(...loads)}`);
if (values.json)
  process.stdout.write(`${JSON.stringify({ repeat, data: values.data, summary, runs })}\n`);
