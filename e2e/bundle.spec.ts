import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { downloadBundle, downloadExport, parseCsvText } from './exportFiles';
import { watchCsp } from './watchCsp';

const VIEW = '/?region=SY07&from=2024-11-27&to=2024-12-02';
const STEM = 'tolltrack-deaths-idleb-2024-11-27_2024-12-02';

const numberIn = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).first().textContent())?.replace(/,/g, ''));

const sum = (values: string[]) => values.reduce((total, v) => total + Number(v || 0), 0);

test('Download data (.zip): every file read back agrees with the figures on screen', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  // fflate is loaded on demand: not a request of the page until a bundle is asked for.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(VIEW);
  await expect(page.getByTestId('killed-min')).toBeVisible();
  await expect(page.getByTestId('table-count')).toBeVisible();
  const scriptsBefore = scripts.length;
  const { name, paths, file } = await downloadBundle(page, STEM);
  expect(scripts.length).toBeGreaterThan(scriptsBefore);
  expect(name).toBe(`${STEM}-data.zip`);
  expect(paths.sort()).toEqual(
    [
      'CITATION.cff',
      'LICENSES.md',
      'README.md',
      'incidents.csv',
      'metadata.json',
      'records.csv',
      'series.csv',
      'stated-totals.csv',
    ].map((f) => `${STEM}/${f}`),
  );

  // Records: exactly the table's rows, each with the incident it is counted in.
  const records = parseCsvText(file('records.csv'));
  const tableIds = await page
    .getByTestId('record-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record-id')));
  expect(records.rows.map((r) => r.id).sort()).toEqual([...tableIds].sort());
  expect(records.rows.every((r) => r.status === 'published')).toBe(true);

  // Incidents as counted: their lower and upper bounds sum to the headline's figures.
  const killedMin = await numberIn(page, 'killed-min');
  const incidents = parseCsvText(file('incidents.csv'));
  expect(incidents.rows.length).toBeGreaterThan(0);
  expect(sum(incidents.rows.map((r) => r.killed_lower ?? ''))).toBe(killedMin);
  const upperText = (await page.getByTestId('killed-max').textContent()) ?? '';
  // This view's sources disagree: the headline gives an upper bound too.
  const upper = Number(/up to ([\d,]+)/.exec(upperText)?.[1]?.replace(/,/g, ''));
  expect(upper).toBeGreaterThan(killedMin);
  expect(sum(incidents.rows.map((r) => r.killed_upper || r.killed_lower || ''))).toBe(upper);
  // Each incident's records carry its id and its counted bounds.
  const incidentOf = new Map(
    incidents.rows.flatMap((i) => (i.record_ids ?? '').split('|').map((id) => [id, i] as const)),
  );
  const grouped = records.rows.filter((r) => incidentOf.has(r.id ?? ''));
  expect(grouped.length).toBeGreaterThan(incidents.rows.length - 1);
  for (const record of grouped) {
    const incident = incidentOf.get(record.id ?? '');
    expect(record.incident_id).toBe(incident?.incident_id);
    expect(record.incident_killed_lower).toBe(incident?.killed_lower);
    expect(record.incident_killed_upper).toBe(incident?.killed_upper);
  }
  // Records not in an incident are the stated totals, never summed into the figures.
  for (const record of records.rows.filter((r) => !incidentOf.has(r.id ?? '')))
    expect([record.kind, record.incident_id]).toEqual(['cumulative', '']);

  // The plotted series ends at the headline's figure.
  const series = parseCsvText(file('series.csv'));
  expect(series.rows.at(-1)?.cumulative_killed_lower).toBe(String(killedMin));

  // Stated totals: one row per numbered total listed under the chart, same figures.
  const stated = parseCsvText(file('stated-totals.csv'));
  const listed = await page.getByTestId('stated-total').allTextContents();
  expect(stated.rows).toHaveLength(listed.length);
  stated.rows.forEach((row, i) => {
    expect(row.number).toBe(String(i + 1));
    expect(listed[i]?.replace(/,/g, '')).toContain(row.killed_min);
  });

  // What the files are, how to cite them, under which licences.
  const info = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
  const readme = file('README.md');
  for (const f of ['records.csv', 'incidents.csv', 'stated-totals.csv', 'series.csv'])
    expect(readme).toContain(`### ${f}`);
  for (const column of [
    ...records.columns,
    ...incidents.columns,
    ...stated.columns,
    ...series.columns,
  ])
    expect(readme).toContain(`| \`${column}\` |`);
  expect(readme).toContain(page.url());
  const citation = file('CITATION.cff');
  expect(citation).toMatch(/^cff-version: 1\.2\.0$/m);
  expect(citation).toContain(`name: ${JSON.stringify(info.publisher)}`);
  expect(citation).toContain(`date-released: "${info.asOf}"`);
  const licences = file('LICENSES.md');
  expect(licences).toContain(info.licence);
  for (const credit of info.credits) expect(licences).toContain(credit);
  const meta = JSON.parse(file('metadata.json'));
  expect(meta.records).toBe(records.rows.length);
  expect(meta.url).toBe(page.url());
  expect(csp).toEqual([]);
});

test('compare view: the series has one column per plotted region and bound, each ending at that region’s own figure', async ({
  page,
}) => {
  await page.goto(VIEW);
  const idleb = await numberIn(page, 'killed-min');
  await page.goto('/?region=SY07,SY02&from=2024-11-27&to=2024-12-02&view=compare');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  const { bytes } = await downloadExport(page, 'Plotted series as CSV');
  const series = parseCsvText(bytes.toString('utf8'));
  expect(series.columns).toEqual([
    'period_start',
    'period_end',
    'cumulative_killed_lower SY07 Idleb',
    'cumulative_killed_upper SY07 Idleb',
    'cumulative_killed_lower SY02 Aleppo',
    'cumulative_killed_upper SY02 Aleppo',
  ]);
  expect(series.rows.at(-1)?.['cumulative_killed_lower SY07 Idleb']).toBe(String(idleb));
});
