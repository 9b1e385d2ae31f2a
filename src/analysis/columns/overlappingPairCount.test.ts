import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../test/helpers/readDataFolder';
import { buildGazetteer } from '../gazetteer';
import { overlappingPairs } from '../reconcile/overlappingPairs';
import { toColumns } from './incidentColumns';
import { overlappingPairCount, overlappingPairCountOfColumns } from './overlappingPairCount';

describe('overlappingPairCount', () => {
  it.each(['data', 'data/ucdp-syria'])('counts the pairs overlappingPairs lists in %s', (dir) => {
    const dataset = readDataFolder(dir);
    const incidents = dataset.incidents.filter((r) => r.kind === 'incident');
    const pairs = overlappingPairs(incidents).length;
    expect(overlappingPairCount(dataset.incidents)).toBe(pairs);
    const gazetteer = buildGazetteer(dataset.places);
    expect(overlappingPairCountOfColumns(toColumns(dataset.incidents, gazetteer))).toBe(pairs);
  });
});
