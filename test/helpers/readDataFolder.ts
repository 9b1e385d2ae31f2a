import { readFileSync } from 'node:fs';
import { parseDataset } from '../../src/ingest/parseDataset';
import type { Dataset } from '../../src/model/dataset';

/** For tests: a folder in the data/ format read from disk and parsed (missing optional files: none). */
export const readDataFolder = (dir: string): Dataset => {
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
    decisions: read('cluster-decisions.csv'),
  }).dataset;
};
