import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/helpers/testRecords';
import { acceptCandidate } from './acceptCandidate';
import { type Candidate, EMPTY_WORKSPACE, type Workspace } from './workspaceSchema';

const candidate = (overrides: Partial<Candidate['record']> = {}): Candidate => ({
  key: 'c-1',
  status: 'pending',
  record: incident({
    id: 'c-1',
    killedMin: 25,
    childrenMin: 10,
    childrenMax: 10,
    attributedTo: ['White Helmets'],
    ...overrides,
  }),
  evidence: [],
  vague: {},
  confidence: 0.9,
});

const workspace = (draft: Partial<Workspace['draft']> = {}): Workspace => ({
  ...EMPTY_WORKSPACE,
  draft: {
    ...EMPTY_WORKSPACE.draft,
    publisher: 'Wire',
    url: 'https://example.org/a',
    published: '2024-12-02',
    candidates: [candidate()],
    ...draft,
  },
});

describe('acceptCandidate', () => {
  it('adds a valid record with its report and marks the candidate accepted', () => {
    const result = acceptCandidate(workspace(), candidate(), new Set(['SY0700']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workspace.reports).toEqual([
      {
        id: 'RW-1',
        publisher: 'Wire',
        attributedTo: ['White Helmets'],
        url: 'https://example.org/a',
        published: '2024-12-02',
        title: null,
        language: 'en',
      },
    ]);
    expect(result.workspace.incidents).toEqual([
      expect.objectContaining({ id: 'W-1', reportIds: ['RW-1'], killedMin: 25 }),
    ]);
    expect(result.workspace.draft.candidates[0]?.status).toBe('accepted');
  });

  it('refuses a javascript: URL and a record that breaks the rules', () => {
    const bad = acceptCandidate(
      workspace({ url: 'javascript:alert(1)' }),
      candidate(),
      new Set(['SY0700']),
    );
    expect(bad).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'url' })] });
    const invalid = acceptCandidate(
      workspace(),
      candidate({ childrenMin: 30, childrenMax: 30 }),
      new Set(['SY0700']),
    );
    expect(invalid.ok).toBe(false);
  });

  it('reuses the report for a second record of the same document', () => {
    const first = acceptCandidate(workspace(), candidate(), new Set(['SY0700']));
    if (!first.ok) throw new Error('first accept failed');
    const second = acceptCandidate(
      first.workspace,
      { ...candidate(), key: 'c-2' },
      new Set(['SY0700']),
    );
    if (!second.ok) throw new Error('second accept failed');
    expect(second.workspace.reports).toHaveLength(1);
    expect(second.workspace.incidents.map((r) => r.id)).toEqual(['W-1', 'W-2']);
  });
});
