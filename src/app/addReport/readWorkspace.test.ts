import { describe, expect, it } from 'vitest';
import { incident, testReports } from '../../../test/helpers/testRecords';
import { readWorkspace, setAsideNotice } from './readWorkspace';
import { EMPTY_DRAFT, EMPTY_WORKSPACE } from './workspaceSchema';

const AS_OF = '2024-12-31';
const good = incident({ id: 'W-1', killedMin: 3, killedMax: 3 });
const stored = (incidents: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  savedAt: 5,
  reports: [testReports[0]],
  incidents,
  draft: EMPTY_DRAFT,
  ...extra,
});

describe('readWorkspace', () => {
  it('loads a sound workspace whole', () => {
    expect(readWorkspace(stored([good]), AS_OF)).toEqual({
      workspace: { ...EMPTY_WORKSPACE, savedAt: 5, reports: [testReports[0]], incidents: [good] },
      setAside: [],
    });
  });

  it.each([
    ['not a record', { id: 3 }, /^id: /],
    [
      'min above max',
      { ...good, id: 'W-2', killedMin: 9, killedMax: 3 },
      /^killed_min: 9 is greater than killed_max 3/,
    ],
    [
      'best outside the range',
      { ...good, id: 'W-2', killedBest: 7 },
      /^killed_best: 7 is above killed_max 3/,
    ],
    [
      'children above the killed',
      { ...good, id: 'W-2', childrenMin: 5 },
      /^children_min: 5 children is more than the 3 killed/,
    ],
    [
      'an event type off the list',
      { ...good, id: 'W-2', eventType: 'picnic' },
      /^event_type: "picnic" is not an event type/,
    ],
    [
      'a day in year 9999',
      { ...good, id: 'W-2', dateEnd: '9999-01-01' },
      /^date_end: 9999-01-01 is after 2025-01-01/,
    ],
    [
      'an unknown report',
      { ...good, id: 'W-2', reportIds: ['R-gone'] },
      /^report_ids: unknown report id R-gone/,
    ],
    ['a duplicate id', { ...good }, /^id: duplicate id W-1/],
  ])('sets aside %s with its message, and loads the others', (_, bad, message) => {
    const { workspace, setAside } = readWorkspace(stored([good, bad]), AS_OF);
    expect(workspace.incidents).toEqual([good]);
    expect(setAside).toEqual([
      { where: 'incidents[1]', message: expect.stringMatching(message), value: bad },
    ]);
  });

  it('sets aside a broken report and a broken candidate, keeping the draft text', () => {
    const draft = { ...EMPTY_DRAFT, text: 'typed', candidates: [{ key: 'c1' }] };
    const { workspace, setAside } = readWorkspace(
      stored([], { reports: [testReports[0], { id: 'R9' }], draft }),
      AS_OF,
    );
    expect(workspace.reports).toEqual([testReports[0]]);
    expect(workspace.draft).toEqual({ ...EMPTY_DRAFT, text: 'typed' });
    expect(setAside.map((s) => s.where)).toEqual(['reports[1]', 'draft.candidates[0]']);
    expect(setAsideNotice(setAside)).toMatch(
      /^2 saved entries were set aside and kept apart in IndexedDB "tolltrack" \(the rest loaded\); first: reports\[1\]: /,
    );
  });

  it.each([
    ['nothing stored', undefined, 0],
    ['another version', { version: 2 }, 1],
    ['not an object', 'garbage', 1],
  ])('never throws: %s gives an empty workspace', (_, raw, asideCount) => {
    const { workspace, setAside } = readWorkspace(raw, AS_OF);
    expect(workspace).toEqual(EMPTY_WORKSPACE);
    expect(setAside).toHaveLength(asideCount);
  });
});
