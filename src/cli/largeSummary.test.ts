import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type RealShapedTotals, realShapedAcledCsv } from '../../bench/realShapedAcled';
import { NO_FILTERS } from '../analysis/filters';
import { buildGazetteer } from '../analysis/gazetteer';
import { summarise } from '../analysis/summary';
import { importAcled } from '../ingest/import/importAcled';
import { importedDatasetInfo } from '../ingest/import/importedDatasetInfo';
import { parseDataset } from '../ingest/parseDataset';
import { parseTable } from '../ingest/parseTable';
import { DATASET_FILES } from '../model/dataset';
import { PLACE_COLUMNS, placeRowSchema } from '../model/place';
import { largeSummary } from './largeSummary';
import { readFolderColumns } from './readFolderColumns';
import { datasetFolderTexts, placesInUse } from './writeDatasetFolder';

/*
 * Point 1 of issue 17 on real-shaped data: SYNTHETIC ACLED events (thousands of source strings,
 * combined sources, unmatched spellings) imported as the CLI imports them, then summed both ways
 * the CLI can (objects and clustering; columns as the dashboard reads a large folder), against
 * the sum counted while the file was generated, never by our importer or analysis.
 */
const places = parseTable(readFileSync('data/places.csv', 'utf8'), {
  file: 'places.csv',
  columns: PLACE_COLUMNS,
  optionalColumns: ['name_ar'],
  rowSchema: placeRowSchema,
}).records.map((r) => r.record);

const folderOf = (rows: number) => {
  const totals: RealShapedTotals = { rows: 0, fatalities: 0, byGovernorate: new Map() };
  const result = importAcled(realShapedAcledCsv(rows, places, totals), places, {
    file: 'acled.csv',
  });
  const texts = datasetFolderTexts(
    {
      reports: result.reports,
      incidents: result.incidents,
      places: placesInUse(places, result.incidents),
      issues: result.issues,
      info: importedDatasetInfo('acled', 'acled.csv', result.incidents),
    },
    { compact: true },
  );
  return {
    totals,
    result,
    texts: {
      reports: texts[DATASET_FILES.reports] ?? '',
      incidents: texts[DATASET_FILES.incidents] ?? '',
      places: texts[DATASET_FILES.places] ?? '',
      annotations: texts[DATASET_FILES.annotations],
      info: texts['dataset.json'],
    },
  };
};

describe('real-shaped ACLED events: totals equal the coders’ sum (issue 17)', () => {
  const { totals, result, texts } = folderOf(4000);
  const expectedByAdmin1 = Object.fromEntries(
    [...totals.byGovernorate].filter(([, killed]) => killed > 0),
  );
  const killedOf = (byAdmin1: Record<string, { killedMin: number }>) =>
    Object.fromEntries(
      Object.entries(byAdmin1)
        .map(([name, f]) => [name, f.killedMin] as const)
        .filter(([, killed]) => killed > 0),
    );

  it('imports every row, with sources spread over hundreds of organisations', () => {
    expect(result.imported).toBe(totals.rows);
    expect(new Set(result.incidents.flatMap((i) => i.attributedTo)).size).toBeGreaterThan(500);
    expect(result.unmatchedNames.length).toBeGreaterThan(0);
  });

  it('objects path (small folder): never grouped, the sum is the generated one', () => {
    const { dataset, issues } = parseDataset(texts, { asOf: '2030-01-01' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const summary = summarise(dataset, NO_FILTERS, buildGazetteer(dataset.places));
    expect(summary.incidents).toBe(totals.rows);
    expect(summary.killedMin).toBe(totals.fatalities);
    expect(summary.killedMax).toBe(totals.fatalities);
    expect(killedOf(summary.byAdmin1)).toEqual(expectedByAdmin1);
  });

  it('columns path (a large folder, as the dashboard reads it): the same sums, details bounded', () => {
    const read = readFolderColumns(texts, '2030-01-01', 0);
    if (!read.large) throw new Error(`not read as columns: ${JSON.stringify(read.issues[0])}`);
    const summary = largeSummary(read.prepared, NO_FILTERS, 7);
    expect(summary.records).toBe(totals.rows);
    expect(summary.killedMin).toBe(totals.fatalities);
    expect(killedOf(summary.byAdmin1)).toEqual(expectedByAdmin1);
    // Each source's own figures add up to at least the total (combined sources count twice).
    const bySource = Object.values(summary.bySource);
    expect(bySource.length).toBeGreaterThan(500);
    expect(bySource.reduce((a, f) => a + f.killedMin, 0)).toBeGreaterThanOrEqual(totals.fatalities);
    expect(summary.incidentDetails.map((d) => d.recordIds)).toEqual(
      result.incidents.slice(0, 7).map((i) => [i.id]),
    );
  });
});

describe('summary --json prints incident details only when asked (data/README.md §15)', () => {
  const run = (args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/summary.ts', ...args], { encoding: 'utf8' });

  it('leaves them out by default, and gives --limit of them with --details', {
    timeout: 60_000,
  }, () => {
    const plain = JSON.parse(run(['--json']).stdout) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('incidentDetails');
    expect(plain.incidents).toBeGreaterThan(2);
    const detailed = JSON.parse(run(['--json', '--details', '--limit', '2']).stdout) as {
      incidentDetails: unknown[];
      incidentDetailsLimit: number;
      killedMin: number;
    };
    expect(detailed.incidentDetails).toHaveLength(2);
    expect(detailed.incidentDetailsLimit).toBe(2);
    expect(detailed.killedMin).toBe(plain.killedMin);
  });

  it('refuses --details without --json and a --limit that is not a count', {
    timeout: 60_000,
  }, () => {
    for (const args of [['--details'], ['--json', '--details', '--limit', '0']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^summary: --(details|limit)/);
    }
  });
});
