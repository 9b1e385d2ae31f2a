/**
 * CLI import against a bare papaparse pass over the same file, side by side in one run, each in
 * its own process under `/usr/bin/time -v` (wall time and peak RSS), the default Node heap:
 *
 *   npx tsx bench/writeRealShaped.ts --rows 1000000 --out /tmp/acled-1m.csv
 *   npx tsx bench/importStream.ts --file /tmp/acled-1m.csv [--runs 3] [--format acled]
 *
 * The bare pass streams the file through papaparse (UTF-8, delimiter ',') and does nothing with
 * the rows: the least any import must spend reading the file. The import writes a folder in a
 * temporary directory that is removed afterwards. Prints each run and the medians with the
 * ratios (goal: import ≤ 3× the bare pass's time, ≤ 1.5 GB RSS), and the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';

const barePass = (file: string): Promise<number> =>
  new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), {
      delimiter: ',',
      step: () => {
        rows++;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });

interface Measured {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a machine others load. */
  cpu: number;
  maxRssMb: number;
  output: string;
}

/** Runs a command under /usr/bin/time -v and reads its wall time and peak RSS. */
const timed = (command: string[]): Measured => {
  const run = spawnSync('/usr/bin/time', ['-v', ...command], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed:\n${run.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    run.stderr,
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
  if (!wall || !rss || !user || !system)
    throw new Error(`no figures from /usr/bin/time:\n${run.stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const cpu = Number(user[1]) + Number(system[1]);
  return { seconds, cpu, maxRssMb: Number(rss[1]) / 1024, output: run.stdout.trim() };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      bare: { type: 'string' },
      runs: { type: 'string', default: '1' },
      format: { type: 'string', default: 'acled' },
    },
  });
  if (values.bare) {
    process.stdout.write(`${await barePass(values.bare)} records\n`);
    return;
  }
  const file = values.file;
  const runs = Number(values.runs);
  if (!file || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write(
      'usage: npx tsx bench/importStream.ts --file FILE [--runs N] [--format acled|ucdp]\n',
    );
    process.exit(2);
  }
  const tsx = join('node_modules', '.bin', 'tsx');
  const bare: Measured[] = [];
  const imports: Measured[] = [];
  process.stdout.write(
    `load before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  for (let i = 0; i < runs; i++) {
    // Alternately, so that a change in the machine's load falls on both.
    const b = timed([tsx, 'bench/importStream.ts', '--bare', file]);
    const out = join(mkdtempSync(join(tmpdir(), 'tolltrack-import-bench-')), 'folder');
    try {
      const m = timed([
        tsx,
        'src/cli/import.ts',
        '--format',
        String(values.format),
        file,
        '--out',
        out,
      ]);
      imports.push(m);
      process.stdout.write(`  import: ${m.output.split('\n')[0]}\n`);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
    bare.push(b);
    const m = imports.at(-1) as Measured;
    process.stdout.write(
      `run ${i + 1}: bare papaparse ${b.seconds.toFixed(1)} s wall, ${b.cpu.toFixed(1)} s CPU, ${b.maxRssMb.toFixed(0)} MB (${b.output}); import ${m.seconds.toFixed(1)} s wall, ${m.cpu.toFixed(1)} s CPU, ${m.maxRssMb.toFixed(0)} MB; ratio ${(m.seconds / b.seconds).toFixed(2)}× wall, ${(m.cpu / b.cpu).toFixed(2)}× CPU\n`,
    );
  }
  const bs = median(bare.map((m) => m.seconds));
  const is = median(imports.map((m) => m.seconds));
  const bc = median(bare.map((m) => m.cpu));
  const ic = median(imports.map((m) => m.cpu));
  process.stdout.write(
    `median of ${runs}: bare ${bs.toFixed(1)} s, import ${is.toFixed(1)} s, ratio ${(is / bs).toFixed(2)}× (goal ≤ 3×); CPU bare ${bc.toFixed(1)} s, import ${ic.toFixed(1)} s, ratio ${(ic / bc).toFixed(2)}×; peak RSS bare ${median(bare.map((m) => m.maxRssMb)).toFixed(0)} MB, import ${median(imports.map((m) => m.maxRssMb)).toFixed(0)} MB (goal ≤ 1536 MB)\n`,
  );
  process.stdout.write(
    `load after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
};

await main();
