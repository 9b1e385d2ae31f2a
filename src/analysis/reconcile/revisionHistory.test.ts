import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../test/helpers/readDataFolder';
import { NO_FILTERS } from '../filters';
import { buildGazetteer } from '../gazetteer';
import { summarise } from '../summary';
import { revisionHistory } from './revisionHistory';

/* The bundled dataset's revision: SY24-023 (at least 7, 2 Dec) supersedes SY24-020 (at least 4). */
describe('revisionHistory', () => {
  it('tells a revised figure in words, and only the latest bounds the incident', () => {
    const dataset = readDataFolder('data');
    const summary = summarise(dataset, NO_FILTERS, buildGazetteer(dataset.places));
    const incident = summary.incidentDetails.find((i) => i.recordIds.includes('SY24-023'));
    expect(incident?.recordIds).toContain('SY24-020');
    expect(incident?.killedMin).toBe(7);
    const reports = new Map(dataset.reports.map((r) => [r.id, r]));
    expect(revisionHistory(incident?.members ?? [], reports)).toEqual([
      'Rescuers at the scene: at least 4 on 1 Dec, raised to at least 7 on 2 Dec (SY24-020 → SY24-023); only the latest counts.',
    ]);
  });
});
