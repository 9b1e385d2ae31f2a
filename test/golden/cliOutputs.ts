import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/**
 * The command-line outputs a restructuring must leave unchanged: summary and validate on both
 * bundled datasets. `npm run golden:update` writes them to test/golden/; the test compares.
 */
export const GOLDEN_RUNS: ReadonlyArray<{ file: string; args: string[] }> = [
  { file: 'summary-data.txt', args: ['src/cli/summary.ts', '--json'] },
  {
    file: 'summary-ucdp-syria.txt',
    args: ['src/cli/summary.ts', '--data', 'data/ucdp-syria', '--json'],
  },
  {
    file: 'summary-data-idlib-1-8-dec.txt',
    args: [
      'src/cli/summary.ts',
      '--admin1',
      'Idlib',
      '--from',
      '2024-12-01',
      '--to',
      '2024-12-08',
      '--json',
      '--details',
    ],
  },
  { file: 'validate-data.txt', args: ['src/cli/validate.ts'] },
  { file: 'validate-ucdp-syria.txt', args: ['src/cli/validate.ts', 'data/ucdp-syria'] },
];

/** A command's output: its exit code, standard output and standard error, as one text. */
export const runForGolden = (args: readonly string[]): string => {
  const run = spawnSync('npx', ['tsx', ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC' },
  });
  return goldenText(`exit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
};

/** Outputs above this size are kept as their hash and first lines (no 20 MB files in git). */
const WHOLE_UP_TO = 256 * 1024;

const goldenText = (output: string): string =>
  output.length <= WHOLE_UP_TO
    ? output
    : `sha256 ${createHash('sha256').update(output).digest('hex')} of ${output.length} characters; first ones:\n${output.slice(0, 4000)}\n`;
