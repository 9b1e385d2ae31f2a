import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRealShapedAcled } from '../../bench/writeRealShaped';
import { parseDataset } from '../ingest/parseDataset';
import { runImport } from './import';

/*
 * The streamed CLI import of SYNTHETIC real-shaped ACLED events (thousands of source strings,
 * combined sources, unmatched spellings), written in two 4 MiB pieces, against the sum the
 * generator counted while writing the file, never by our importer.
 */
describe('npm run import of a real-shaped ACLED file', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('imports every row and keeps the generated fatality sum, overall and per governorate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tolltrack-import-totals-'));
    made.push(dir);
    const file = join(dir, 'acled.csv');
    const totals = writeRealShapedAcled(12_000, file, process.cwd());
    const out = join(dir, 'folder');
    const log: string[] = [];
    const code = await runImport(['--format', 'acled', file, '--out', out], {
      log: (line) => log.push(line),
      error: (line) => log.push(line),
    });
    expect(code).toBe(0);
    expect(log[0]).toBe(`${totals.rows} rows read, ${totals.rows} imported, 0 rejected`);

    const incidents = Papa.parse<Record<string, string>>(
      readFileSync(join(out, 'incidents.csv'), 'utf8'),
      { header: true },
    ).data;
    expect(incidents).toHaveLength(totals.rows);
    const killed = (key: 'killed_min' | 'killed_max') =>
      incidents.reduce((sum, row) => sum + Number(row[key]), 0);
    expect(killed('killed_min')).toBe(totals.fatalities);
    expect(killed('killed_max')).toBe(totals.fatalities);

    // The folder reads back without errors, with the generated sum per governorate.
    const read = (name: string) => readFileSync(join(out, name), 'utf8');
    const parsed = parseDataset({
      reports: read('reports.csv'),
      incidents: read('incidents.csv'),
      places: read('places.csv'),
      annotations: read('annotations.csv'),
      info: read('dataset.json'),
    });
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const nameOf = new Map(parsed.dataset.places.map((p) => [p.id, p]));
    const byGovernorate = new Map<string, number>();
    for (const incident of parsed.dataset.incidents) {
      let place = nameOf.get(incident.placeId);
      while (place && place.level > 1) place = nameOf.get(place.parentId ?? '');
      const name = place?.level === 1 ? place.name : '(country)';
      byGovernorate.set(name, (byGovernorate.get(name) ?? 0) + (incident.killedMin ?? 0));
    }
    expect(Object.fromEntries(byGovernorate)).toEqual(Object.fromEntries(totals.byGovernorate));
  }, 120_000);
});
