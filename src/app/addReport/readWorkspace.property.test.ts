import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incident, testReports } from '../../../test/helpers/testRecords';
import { readWorkspace } from './readWorkspace';
import { EMPTY_DRAFT } from './workspaceSchema';

/* Random stored values, as a corrupt or hostile IndexedDB entry would give them. */
describe('readWorkspace (property)', () => {
  it('the workspace loader never throws; every stored record loads or is set aside', () => {
    const entry = fc.oneof(fc.anything(), fc.record({ id: fc.string(), killedMin: fc.integer() }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            version: fc.constantFrom(1, 2, '1'),
            savedAt: fc.oneof(fc.integer(), fc.string()),
            reports: fc.oneof(fc.array(entry, { maxLength: 4 }), fc.anything()),
            incidents: fc.oneof(fc.array(entry, { maxLength: 6 }), fc.anything()),
            draft: fc.anything(),
          }),
        ),
        (raw) => {
          const { workspace, setAside } = readWorkspace(raw, '2024-12-31');
          const stored = (raw as { incidents?: unknown })?.incidents;
          if (Array.isArray(stored) && (raw as { version?: unknown }).version === 1) {
            const asideRecords = setAside.filter((s) => s.where.startsWith('incidents['));
            expect(workspace.incidents.length + asideRecords.length).toBe(stored.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the number of stored records', () => {
    const record = (i: number) => ({
      ...incident({ id: `W-${i}`, killedMin: 3, killedMax: i % 2 ? 3 : 1 }),
      reportIds: ['R1'],
    });
    const stored = (n: number) => ({
      version: 1,
      savedAt: 1,
      reports: [testReports[0]],
      incidents: Array.from({ length: n }, (_, i) => record(i)),
      draft: EMPTY_DRAFT,
    });
    const time = (raw: unknown) => {
      const start = performance.now();
      readWorkspace(raw, '2024-12-31');
      return performance.now() - start;
    };
    const small = stored(500);
    const large = stored(4_000);
    time(small);
    // The fastest of five alternating runs each: a shared machine's load falls on single runs.
    let smallMs = Number.POSITIVE_INFINITY;
    let largeMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      smallMs = Math.min(smallMs, time(small));
      largeMs = Math.min(largeMs, time(large));
    }
    const ratio = largeMs / Math.max(smallMs, 0.5);
    // 8× the records: about 8× the time; quadratic would be about 64×.
    expect(ratio).toBeLessThan(24);
    expect(readWorkspace(large, '2024-12-31').workspace.incidents).toHaveLength(2_000);
  });
});
