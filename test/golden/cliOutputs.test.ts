import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_RUNS, runForGolden } from './cliOutputs';

/*
 * Restructuring changes no behaviour: summary and validate on both bundled datasets print what
 * test/golden/ holds. A deliberate change updates them with `npm run golden:update`, reviewed in
 * the diff like any other change.
 */
describe('command-line outputs on the bundled datasets', () => {
  it.each(GOLDEN_RUNS)(
    '$file',
    ({ file, args }) => {
      const expected = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(runForGolden(args)).toBe(expected);
    },
    120_000,
  );
});
