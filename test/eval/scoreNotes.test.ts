import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/ingest/extract/extractRecords';
import { testGazetteer } from '../fixtures/test-gazetteer';
import { noteDeaths, scoreNotes } from './scoreNotes';

const deaths = (text: string) =>
  noteDeaths(extractRecords(text, { published: '2016-07-01', gazetteer: testGazetteer() }));

describe('noteDeaths', () => {
  it.each([
    ['no figure', 'Protesters gathered in Ariha.', 0],
    ['one figure', 'Two armed men killed two gendarmes in Ariha.', 2],
    ['a lower bound', 'At least four people were killed in Ariha.', 4],
  ])('%s', (_, text, expected) => {
    expect(deaths(text)).toBe(expected);
  });
});

describe('scoreNotes', () => {
  it('counts exact matches only', () => {
    expect(
      scoreNotes([
        { predicted: 2, coded: 2 },
        { predicted: 3, coded: 2 },
      ]),
    ).toEqual({ notes: 2, exact: 1, exactShare: 0.5 });
  });
});
