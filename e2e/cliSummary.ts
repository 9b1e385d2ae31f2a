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
      // A whole dataset's summary lists every incident: tens of MB for UCDP Syria.
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
