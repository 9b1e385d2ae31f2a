import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/ingest/extract/extractRecords';
import { buildPlaceIndex } from '../../src/ingest/extract/placeIndex';
import { syntheticCorpus } from '../corpora/corpora';
import { testGazetteer } from '../fixtures/test-gazetteer';
import { SCORED_FIELDS, scoreExtraction } from './scoreExtraction';

/** Below this the build fails: a change that loses figures must be noticed. */
const FLOOR: Record<(typeof SCORED_FIELDS)[number], number> = {
  deaths: 0.95,
  children: 0.95,
  kind: 0.95,
  place: 0.95,
  date: 0.95,
  attribution: 0.9,
  eventType: 0.9,
};

const CORPUS = syntheticCorpus('main');

describe('the labelled synthetic corpus', () => {
  const gazetteer = testGazetteer();
  const placeIndex = buildPlaceIndex(gazetteer);
  const result = scoreExtraction(
    CORPUS.map((r) => ({
      predicted: extractRecords(r.text, { published: r.published, gazetteer, placeIndex }),
      expected: r.expected,
    })),
  );

  it('has at least 40 reports, some of them with no record at all', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(5);
    expect(new Set(CORPUS.map((r) => r.id)).size).toBe(CORPUS.length);
  });

  it.each(SCORED_FIELDS)('keeps F1 for %s above its floor', (field) => {
    expect(result.fields[field].f1).toBeGreaterThanOrEqual(FLOOR[field]);
  });
});
