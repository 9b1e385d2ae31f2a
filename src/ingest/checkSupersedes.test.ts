import { describe, expect, it } from 'vitest';
import { incident } from '../../test/helpers/testRecords';
import type { Incident } from '../model/incident';
import type { Report } from '../model/report';
import { checkSupersedes } from './checkSupersedes';

/* Fictional records and reports. */
const report = (id: string, published: string | null, attributedTo = ['Monitor A']): Report => ({
  id,
  publisher: 'Test',
  attributedTo,
  url: 'https://example.org/',
  published,
  title: null,
  language: null,
});
const reports = [report('R1', '2024-12-01'), report('R2', '2024-12-02'), report('R3', null, ['B'])];
const run = (records: Incident[]) =>
  checkSupersedes(
    'incidents.csv',
    records.map((record, i) => ({ line: i + 2, record })),
    reports,
  ).map((i) => `${i.row}:${i.column}: ${i.message}`);

describe('checkSupersedes', () => {
  it('accepts a later figure of the same source revising an earlier one', () => {
    expect(
      run([
        incident({ id: 'a', reportIds: ['R1'] }),
        incident({ id: 'b', reportIds: ['R2'], supersedes: ['a'] }),
      ]),
    ).toEqual([]);
  });

  it('rejects unknown ids, another source, another kind and an earlier revision', () => {
    expect(
      run([
        incident({ id: 'a', reportIds: ['R2'] }),
        incident({ id: 'b', reportIds: ['R1'], supersedes: ['a', 'nope'] }),
        incident({ id: 'c', reportIds: ['R3'], supersedes: ['a'] }),
        incident({ id: 'd', reportIds: ['R2'], kind: 'cumulative', supersedes: ['a'] }),
      ]),
    ).toEqual([
      '3:supersedes: a was published 2024-12-02, after this record (2024-12-01) (expected an earlier one)',
      '3:supersedes: unknown record id nope (expected an id listed in incidents.csv)',
      '4:supersedes: a has no source in common with this record (expected the same source)',
      '5:supersedes: a is incident, this record cumulative (expected the same kind)',
    ]);
  });
});
