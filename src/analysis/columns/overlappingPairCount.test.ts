import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../ingest/parseDataset';
import { buildGazetteer } from '../gazetteer';
import { overlappingPairs } from '../reconcile/overlappingPairs';
import { toColumns } from './incidentColumns';
import { overlappingPairCount, overlappingPairCountOfColumns } from './overlappingPairCount';

const readFolder = (dir: string) => {
  const read = (file: string) => {
    try {
      return readFileSync(`${dir}/${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  return parseDataset({
    reports: read('reports.csv') ?? '',
    incidents: read('incidents.csv') ?? '',
    places: read('places.csv') ?? '',
    annotations: read('annotations.csv'),
  }).dataset;
};

describe('overlappingPairCount', () => {
  it.each(['data', 'data/ucdp-syria'])('counts the pairs overlappingPairs lists in %s', (dir) => {
    const dataset = readFolder(dir);
    const incidents = dataset.incidents.filter((r) => r.kind === 'incident');
    const pairs = overlappingPairs(incidents).length;
    expect(overlappingPairCount(dataset.incidents)).toBe(pairs);
    const gazetteer = buildGazetteer(dataset.places);
    expect(overlappingPairCountOfColumns(toColumns(dataset.incidents, gazetteer))).toBe(pairs);
  });
});
