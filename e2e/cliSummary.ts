import { execFileSync } from 'node:child_process';

/** The CLI's summary for a filter: the dashboard must show the very same numbers. */
export const cliSummary = (
  args: string[],
): Record<string, unknown> & {
  killedMin: number;
  killedMax: number;
  childrenMin: number;
  incidents: number;
} =>
  JSON.parse(
    execFileSync('npx', ['tsx', 'src/cli/summary.ts', ...args, '--json'], {
      encoding: 'utf8',
      // Figures only (incident details need --details): a few MB at most.
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
