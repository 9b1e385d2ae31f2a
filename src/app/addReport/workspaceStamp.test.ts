import { describe, expect, it } from 'vitest';
import { sameStamp, workspaceStamp } from './workspaceStamp';

const record = (id: string, killedMin: number) => ({ id, killedMin }) as never;

describe('workspaceStamp', () => {
  it('is null for no workspace or one without records', () => {
    expect(workspaceStamp(null)).toBeNull();
    expect(workspaceStamp({ incidents: [], reports: [] })).toBeNull();
  });

  it('counts the records and changes with their content, not only their ids', () => {
    const a = workspaceStamp({ incidents: [record('W-1', 25)], reports: [] });
    const b = workspaceStamp({ incidents: [record('W-1', 26)], reports: [] });
    expect(a?.count).toBe(1);
    expect(a?.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(sameStamp(a, b)).toBe(false);
    expect(sameStamp(a, workspaceStamp({ incidents: [record('W-1', 25)], reports: [] }))).toBe(
      true,
    );
    expect(sameStamp(a, null)).toBe(false);
  });
});
