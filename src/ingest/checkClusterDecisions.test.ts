import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../model/incident';
import { formatRowIssue } from '../model/rowIssue';
import { parseDataset } from './parseDataset';

const places =
  'id,level,parent_id,name,alt_names,lat,lon\nSY,0,,Syria,,35,38\nSY07,1,SY,Idleb,,35.7,36.6';
const reports =
  'id,publisher,attributed_to,url,published,title,language\nR1,Wire,SOHR,https://example.org/a,,,en';
const row = (id: string, kind: 'incident' | 'cumulative') =>
  INCIDENT_COLUMNS.map(
    (c) =>
      ({
        id,
        report_ids: 'R1',
        kind,
        date_start: '2024-12-01',
        date_end: '2024-12-01',
        period_start: kind === 'cumulative' ? '2024-12-01' : '',
        country: 'Syria',
        place_id: 'SY07',
      })[c as string] ?? '',
  ).join(',');
const incidents = [
  INCIDENT_COLUMNS.join(','),
  row('A', 'incident'),
  row('B', 'incident'),
  row('T', 'cumulative'),
].join('\n');

const issuesFor = (decisions: string) =>
  parseDataset({ places, reports, incidents, decisions }).issues.map(formatRowIssue);

describe('cluster decisions in parseDataset', () => {
  it('reads a valid file into the dataset', () => {
    const parsed = parseDataset({
      places,
      reports,
      incidents,
      decisions: 'action,record_ids,note\nsplit,A|B,"different targets, same day"\n',
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.dataset.decisions).toEqual([
      { action: 'split', recordIds: ['A', 'B'], note: 'different targets, same day' },
    ]);
  });

  it('leaves decisions out when the folder has no file', () => {
    expect(parseDataset({ places, reports, incidents }).dataset.decisions).toBeUndefined();
  });

  it.each([
    [
      'merge,A|ZZ,typo',
      'cluster-decisions.csv:2:record_ids: unknown record id ZZ (expected an id listed in incidents.csv)',
    ],
    [
      'merge,A|T,wrong kind',
      'cluster-decisions.csv:2:record_ids: T is a cumulative record (expected incident records: stated totals are checked against incidents, never merged with them)',
    ],
    [
      'join,A|B,x',
      'cluster-decisions.csv:2:action: "join" is not an action (expected merge or split)',
    ],
    [
      'merge,A,x',
      'cluster-decisions.csv:2:record_ids: names fewer than two records (expected two or more ids, |-separated)',
    ],
    [
      'merge,A|A,x',
      'cluster-decisions.csv:2:record_ids: names A twice (expected each record once)',
    ],
    [
      'merge,A|B,',
      'cluster-decisions.csv:2:note: is empty (expected why the records are, or are not, one incident)',
    ],
    [
      'merge,A|B,same\nsplit,B|A,not same',
      'cluster-decisions.csv:3:record_ids: splits B and A, which line 2 merges (expected each pair either merged or split, not both)',
    ],
  ])('%s', (line, expected) => {
    expect(issuesFor(`action,record_ids,note\n${line}\n`)).toEqual([expected]);
  });
});
