import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/ingest/extract/extractRecords';
import { findTextPlaces } from '../../src/ingest/extract/findTextPlaces';
import { worldGazetteer } from '../../src/ingest/extract/gazetteer/worldGazetteer';
import { tokenize } from '../../src/ingest/extract/tokenize';
import type { RealReport } from './labelledCorpus';
import { nameLookup, scoreRealExtraction } from './scoreRealExtraction';

const extract = (text: string, published = '2024-12-02') =>
  extractRecords(text, { published: published as '2024-12-02', gazetteer: [] });

describe('reading reports from other wars', () => {
  it('takes a description for the source it stands for in the report’s country', () => {
    const gaza = extract(
      'Israeli strikes killed 17 people in Khan Younis on Saturday, the civil defence agency said.',
    );
    expect(gaza[0]?.attributedTo).toEqual(['Palestinian Civil Defence']);
    const ukraine = extract(
      'At least five people were killed in a Russian missile strike on Sloviansk on Friday, the regional governor said.',
    );
    expect(ukraine.map((r) => [r.place, r.admin1, r.country, r.attributedTo])).toEqual([
      ['Sloviansk', 'Donetsk', 'Ukraine', ['Regional governor']],
    ]);
  });

  it('keeps the text’s name for a place no gazetteer knows', () => {
    const tokens = tokenize('civilians trying to flee Qarni village, near the town of Mai Tsebri');
    expect(findTextPlaces(tokens).map((p) => p.name)).toEqual(['Qarni', 'Mai Tsebri']);
    const [record] = extract(
      'At least 14 civilians were killed in Qarni village in North Darfur on Saturday, the Emergency Lawyers said.',
    );
    expect([record?.place, record?.placeId, record?.admin1, record?.attributedTo]).toEqual([
      'Qarni',
      null,
      'North Darfur',
      ['Emergency Lawyers'],
    ]);
  });
});

describe('scoring on real reports', () => {
  const report = (text: string, records: RealReport['records']): RealReport => ({
    id: 'x',
    conflict: 'Ukraine',
    publisher: 'p',
    url: 'https://example.org/x',
    published: '2022-07-28',
    text,
    records,
  });
  const lookup = nameLookup(worldGazetteer());

  it('pairs records by their figure and scores each field on the pairs', () => {
    const r = report(
      'Russian missiles hit Kropyvnytskyi on Thursday, killing five people, the regional governor said.',
      [
        {
          kind: 'incident',
          deaths: [5, 5],
          dates: ['2022-07-28', '2022-07-28', null],
          place: 'Kropyvnytskyi',
          admin1: 'Kirovohrad',
          country: 'UA',
          by: ['Regional governor'],
        },
        {
          kind: 'incident',
          deaths: [9, 9],
          dates: [null, null, null],
          place: null,
          admin1: null,
          country: 'UA',
          by: [],
        },
      ],
    );
    const score = scoreRealExtraction(lookup, [
      { report: r, predicted: extract(r.text, r.published) },
    ]);
    expect(score.records).toMatchObject({ matched: 1, predicted: 1, expected: 2, recall: 0.5 });
    expect(score.fields.place.accuracy).toBe(1);
    expect(score.fields.country.accuracy).toBe(1);
    expect(score.fields.attribution.accuracy).toBe(1);
  });
});
