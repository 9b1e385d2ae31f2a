import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { RECORD_EXTRA_COLUMNS, SERIES_COLUMNS } from '../src/app/export/exportTables';
import { parseTable } from '../src/ingest/parseTable';
import { INCIDENT_COLUMNS, incidentRowSchema, incidentSchema } from '../src/model/incident';
import { downloadExport } from './exportFiles';
import { watchCsp } from './watchCsp';

const VIEW = '/?region=SY07&from=2024-11-27&to=2024-12-02';
const STEM = 'tolltrack-deaths-idleb-2024-11-27_2024-12-02';

const download = downloadExport;

/** Decodes a PNG in a blank page (no CSP) and measures its pixels. */
const pngStats = async (page: Page, png: Buffer) => {
  const blank = await page.context().newPage();
  const stats = await blank.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let deaths = 0;
    let black = 0;
    let titleInk = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      colours.add((r << 16) | (g << 8) | b);
      // theme.deaths is #b3261e = (179, 38, 30)
      if (Math.abs(r - 179) < 6 && Math.abs(g - 38) < 6 && Math.abs(b - 30) < 6) deaths++;
      if (r < 8 && g < 8 && b < 8) black++;
      const y = Math.floor(i / 4 / bitmap.width);
      if (y < 80 && r < 100 && g < 100 && b < 100) titleInk++;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: colours.size,
      deaths,
      black,
      titleInk,
      total: data.length / 4,
    };
  }, png.toString('base64'));
  await blank.close();
  return stats;
};

let cspViolations: string[] = [];

test.beforeEach(async ({ page }) => {
  cspViolations = await watchCsp(page);
  await page.goto(VIEW);
  await expect(page.getByTestId('killed-min')).toBeVisible();
});

// Exports use blob: images and downloads: they must work under the app's strict CSP.
test.afterEach(() => {
  expect(cspViolations).toEqual([]);
});

test('PNG export: 2× pixels, a title, the deaths colour, not blank and not black', async ({
  page,
}, testInfo) => {
  const { name, bytes } = await download(page, 'Chart as PNG (2×)');
  expect(name).toBe(`${STEM}.png`);
  const svg = await download(page, 'Chart as SVG');
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg.bytes.toString('utf8'))?.[1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg.bytes.toString('utf8'))?.[1]);
  const stats = await pngStats(page, bytes);
  expect(stats.width).toBe(svgWidth * 2);
  expect(stats.height).toBe(svgHeight * 2);
  expect(stats.colours).toBeGreaterThan(100);
  expect(stats.titleInk).toBeGreaterThan(2000);
  expect(stats.deaths).toBeGreaterThan(500);
  // Unresolved colours rasterise as black: only text may be (near) black.
  expect(stats.black / stats.total).toBeLessThan(0.02);
  await testInfo.attach('export.png', { body: bytes, contentType: 'image/png' });
});

test('SVG export: valid XML, self-contained, title, source line, one path per series', async ({
  page,
}) => {
  const { name, bytes } = await download(page, 'Chart as SVG');
  expect(name).toBe(`${STEM}.svg`);
  const svg = bytes.toString('utf8');
  expect(svg).not.toContain('var(');
  expect(svg).not.toMatch(/(href|src)="https?:/);
  const blank = await page.context().newPage();
  const found = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const paths = [...doc.querySelectorAll('path')];
    const count = (attr: string, colour: string) =>
      paths.filter((p) => (p.getAttribute(attr) ?? '').replace(/\s/g, '').toLowerCase() === colour)
        .length;
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      texts,
      sourceLines: [...doc.querySelectorAll('text.source-line')].map((t) => t.textContent ?? ''),
      deathsLines: count('stroke', 'rgb(179,38,30)'),
      childrenLines: count('stroke', 'rgb(31,95,168)'),
      bands: count('fill', 'rgb(242,184,181)'),
    };
  }, svg);
  await blank.close();
  expect(found.parseError).toBeNull();
  expect(found.texts).toContain('Documented deaths in Idleb governorate, 27 Nov – 2 Dec 2024');
  // The publisher and licence first, then the sources; wrapped over lines, never cut.
  const info = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
    publisher: string;
    asOf: string;
  };
  const credit = found.sourceLines.join(' ');
  expect(credit).toMatch(
    new RegExp(`^Data: ${info.publisher} \\(.*\\)\\. Sources: .*White Helmets`),
  );
  expect(credit).toMatch(/; compiled by Tolltrack\.$/);
  // The headline's figures are in the image, each saying what it counts.
  expect(found.texts.some((t) => t.startsWith('Stated by the sources: '))).toBe(true);
  expect(found.texts.some((t) => t.startsWith('Documented in '))).toBe(true);
  expect(
    found.texts.some(
      (t) =>
        /records from \d+ reports/.test(t) &&
        t.includes(`data as of ${info.asOf}`) &&
        /exported \d{4}-\d{2}-\d{2}/.test(t),
    ),
  ).toBe(true);
  expect(found.texts).toContain('Deaths, lower bound');
  expect(found.deathsLines).toBe(1);
  expect(found.childrenLines).toBe(1);
  expect(found.bands).toBe(1);
});

test('records CSV: the header on line 1, as many rows as the table, reads back with the project reader', async ({
  page,
}) => {
  const shown = Number(await page.getByTestId('table-count').textContent());
  expect(shown).toBeGreaterThan(0);
  const { name, bytes } = await download(page, 'Records as CSV');
  expect(name).toBe(`${STEM}-records.csv`);
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // Clean for Excel and Datawrapper: the header first, no comment lines.
  const header = [...INCIDENT_COLUMNS, ...RECORD_EXTRA_COLUMNS].join(',');
  expect(text.slice(1).split('\r\n')[0]).toBe(header);
  expect(text).not.toMatch(/\r\n"?#/);
  const parsed = parseTable(text, {
    file: name,
    columns: [...INCIDENT_COLUMNS, ...RECORD_EXTRA_COLUMNS],
    rowSchema: incidentRowSchema,
  });
  expect(parsed.issues).toEqual([]);
  expect(parsed.records).toHaveLength(shown);
  const tableIds = await page
    .getByTestId('record-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record-id')));
  expect(parsed.records.map((r) => r.record.id).sort()).toEqual([...tableIds].sort());
});

test('records JSON: a meta object and records valid against the record schema', async ({
  page,
}) => {
  const shown = Number(await page.getByTestId('table-count').textContent());
  const { name, bytes } = await download(page, 'Records as JSON');
  expect(name).toBe(`${STEM}-records.json`);
  const json = JSON.parse(bytes.toString('utf8'));
  expect(json.meta.filters.regions).toEqual(['SY07']);
  expect(json.meta.sources.length).toBeGreaterThan(0);
  expect(json.meta.licence).toBeTruthy();
  expect(json.records).toHaveLength(shown);
  for (const record of json.records) incidentSchema.parse(record);
});

test('series CSV: the plotted bins with lower and upper bounds', async ({ page }) => {
  const { name, bytes } = await download(page, 'Plotted series as CSV');
  expect(name).toBe(`${STEM}-series.csv`);
  const lines = bytes.toString('utf8').replace('\uFEFF', '').trim().split('\r\n');
  // The header on line 1, every column named for what it holds (data/README.md §16.4).
  expect(lines[0]).toBe(SERIES_COLUMNS.join(','));
  expect(lines[0]).toContain(',incidents_in_period,');
  expect(lines).toHaveLength(1 + 6);
  const last = lines.at(-1)?.split(',') ?? [];
  await expect(page.getByTestId('killed-min')).toHaveText(last[2] ?? '');
});

test('copy link copies the exact view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copy link: done')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('region=SY07');
});
