/**
 * Tolltrack UI bench (issue 6, browser side). All data here is SYNTHETIC (bench/syntheticIncidents.ts).
 *
 *   npx tsx bench/ui.ts                 human-readable report
 *   npx tsx bench/ui.ts --json          one JSON object on stdout, progress on stderr
 *   npx tsx bench/ui.ts --records 100000
 *
 * It builds the app into a temporary folder (dist/ is left alone for the e2e tests and
 * `npm run bench`), writes a SYNTHETIC data folder into that build (bench-synthetic/ui/, a
 * test-only path the app labels SYNTHETIC), serves it with `vite preview` on a free port, and
 * drives Debian's Chromium with Playwright:
 *   - firstChartMs: navigation → the first chart of the default view (no filters) is painted;
 *     this includes fetching and parsing the folder in the worker (nothing is cached between
 *     visits).
 *   - filterToPaintMs: a region checkbox is clicked → the new figures are committed and the next
 *     frame is painted (p50 / p95 over every change; each change is a filter state not seen
 *     before, so no answer comes from the cache).
 *   - heapMb: the page's JS heap (main thread, after a forced GC) with the records loaded. The
 *     worker that holds the records has its own heap, reported apart as workerHeapMb.
 *   - mapFilterToPaintMs (issue 18): with the map open, an event-type checkbox is clicked → the
 *     map's new figures are drawn and the next frame painted (p50 / p95, every state new); and
 *     mapClickToPaintMs: a governorate clicked on the map → the dashboard's new figures (and the
 *     map's outline) painted.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { parseTable } from '../src/ingest/parseTable';
import { COLUMNS_SNAPSHOT_FILE, DATASET_FILES, FIRST_VIEW_FILE } from '../src/model/dataset';
import { DATASET_INFO_FILE } from '../src/model/datasetInfo';
import { PLACE_COLUMNS, placeRowSchema } from '../src/model/place';
import { folderSnapshot } from '../vite/folderSnapshot';
import { say } from './say';
import {
  SYNTHETIC_REPORTS_CSV,
  syntheticIncidentsCsv,
  syntheticReports,
} from './syntheticIncidents';
import {
  clicksOf,
  GOVERNORATE_BOXES,
  heapUsage,
  importInPage,
  startProfile,
  timeChanges,
  timeMap,
} from './uiPage';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    records: { type: 'string', default: '1000000' },
    /** Any data folder (e.g. an imported one) instead of the generated one. */
    data: { type: 'string' },
    /** A UCDP/ACLED file dropped on the page (the file picker), instead of a folder. */
    import: { type: 'string' },
    /**
     * The sums counted while generating the data (bench/writeRealShaped.ts); the page's headline
     * must equal them, else the bench fails. Found beside an --import FILE.
     */
    totals: { type: 'string' },
    /** Build the app of another checkout (e.g. main) with this bench, to compare. */
    'app-root': { type: 'string' },
    /** The app reads the CSV itself (what a folder without a build artefact costs). */
    'no-snapshot': { type: 'boolean', default: false },
    /**
     * The main thread's CPU profile (Chromium's Profiler, through CDP) and a performance trace
     * of the map's changes, written to DIR; the app is then built unminified so the profile names
     * our functions (its timings are not the bench's figures).
     */
    profile: { type: 'string' },
    /** An app already built there (bench/uiBeside.ts builds once for all its runs). */
    built: { type: 'string' },
  },
});
const json = args.json ?? false;
const RECORDS = Number((args.records ?? '').replace(/_/g, ''));
const DATA_DIR = args.data;
const IMPORT_FILE = args.import;
const TOTALS_FILE =
  args.totals ??
  (IMPORT_FILE && existsSync(`${IMPORT_FILE}.totals.json`)
    ? `${IMPORT_FILE}.totals.json`
    : undefined);
const APP_ROOT = path.resolve(args['app-root'] ?? root);
for (const [flag, value] of [
  ['--data', DATA_DIR],
  ['--import', IMPORT_FILE],
] as const) {
  if (value !== undefined && !existsSync(value)) {
    process.stderr.write(
      `${flag} ${value}: expected an existing ${flag === '--data' ? 'folder' : 'file'}\n`,
    );
    process.exit(2);
  }
}
if (!Number.isInteger(RECORDS) || RECORDS <= 0) {
  process.stderr.write(`--records ${args.records}: expected a positive whole number\n`);
  process.exit(2);
}
const SNAPSHOT = !args['no-snapshot'];
const PROFILE_DIR = args.profile;
const BUILT_DIR = args.built;
const FOLDER = 'bench-synthetic/ui/';
const DATASET = `synthetic:${FOLDER}`;
const BUDGET = { p50: 50, p95: 100, firstChart: 1000, heapMb: 100 };

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const waitForServer = async (url: string, child: ChildProcess): Promise<void> => {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 30 s`);
};

const percentile = (xs: number[], p: number): number => {
  // Nearest rank: the p-th percentile is a measured value, never an interpolation.
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Copies the files of a data folder (--data) into the build, where the generated one goes. */
const copyDataFolder = (outDir: string, from: string) => {
  const dir = path.join(outDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  for (const file of [...Object.values(DATASET_FILES), DATASET_INFO_FILE]) {
    if (existsSync(path.join(from, file)))
      copyFileSync(path.join(from, file), path.join(dir, file));
    // `vite preview` answers a missing file with index.html: give optional files a header.
    else if (file === DATASET_FILES.annotations || file === DATASET_FILES.decisions) {
      const header = readFileSync(path.join(root, 'data', file), 'utf8').split('\n')[0] ?? '';
      writeFileSync(path.join(dir, file), `${header}\n`);
    }
  }
  return dir;
};

/** Writes the SYNTHETIC folder (data/ format) into the build. */
const writeSyntheticFolder = (
  outDir: string,
): {
  dir: string;
  mb: number;
  genMs: number;
  snapshotMb: number | null;
  snapshotMs: number | null;
} => {
  const placesText = readFileSync(path.join(root, 'data/places.csv'), 'utf8');
  const places = parseTable(placesText, {
    file: 'places.csv',
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  }).records.map((r) => r.record);
  const start = performance.now();
  let dir: string;
  let incidentsBytes: number;
  if (DATA_DIR) {
    dir = copyDataFolder(outDir, DATA_DIR);
    incidentsBytes = statSync(path.join(dir, DATASET_FILES.incidents)).size;
  } else {
    const incidents = syntheticIncidentsCsv(RECORDS, places);
    incidentsBytes = incidents.length;
    dir = path.join(outDir, FOLDER);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'incidents.csv'), incidents);
    writeFileSync(path.join(dir, 'reports.csv'), SYNTHETIC_REPORTS_CSV(syntheticReports()));
    writeFileSync(path.join(dir, 'places.csv'), placesText);
    // Header-only optional files: `vite preview` answers a missing file with index.html.
    for (const file of ['annotations.csv', 'cluster-decisions.csv']) {
      const header = readFileSync(path.join(root, 'data', file), 'utf8').split('\n')[0] ?? '';
      writeFileSync(path.join(dir, file), `${header}\n`);
    }
  }
  const genMs = performance.now() - start;
  // What `vite build` makes for a large folder in data/ (the same function, vite/folderSnapshot).
  let snapshotMb: number | null = null;
  let snapshotMs: number | null = null;
  if (SNAPSHOT) {
    const t0 = performance.now();
    const snapshot = folderSnapshot(dir);
    snapshotMs = performance.now() - t0;
    if (snapshot) {
      writeFileSync(path.join(dir, COLUMNS_SNAPSHOT_FILE), snapshot.bytes);
      writeFileSync(path.join(dir, FIRST_VIEW_FILE), snapshot.firstView);
      snapshotMb = snapshot.bytes.length / 1024 / 1024;
    }
  }
  return { dir, mb: incidentsBytes / 1024 / 1024, genMs, snapshotMb, snapshotMs };
};

/** Builds the app into `outDir` (dist/ is left alone for the e2e tests). */
const buildApp = (outDir: string) => {
  say(`building the app of ${APP_ROOT} (npx vite build --outDir ${outDir}) …`);
  const buildArgs = ['vite', 'build', '--outDir', outDir, '--emptyOutDir'];
  if (PROFILE_DIR) buildArgs.push('--minify', 'false');
  execFileSync('npx', buildArgs, {
    cwd: APP_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};

const printHeader = () => {
  say(
    IMPORT_FILE
      ? `Tolltrack UI bench — ${IMPORT_FILE} imported in the page (file picker)`
      : DATA_DIR
        ? `Tolltrack UI bench — the data folder ${DATA_DIR} (served as a benchmark folder, labelled SYNTHETIC by the page)`
        : `Tolltrack UI bench — ${RECORDS.toLocaleString('en')} SYNTHETIC records, not real events`,
  );
  say(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
};

/** The folder the page reads (written beside the build), or the file it imports. */
const prepareFolder = (outDir: string) => {
  const folder = IMPORT_FILE
    ? {
        dir: '(none: a file is imported)',
        mb: statSync(IMPORT_FILE).size / 1024 / 1024,
        genMs: 0,
        snapshotMb: null,
        snapshotMs: null,
      }
    : writeSyntheticFolder(outDir);
  say(
    `wrote ${folder.mb.toFixed(0)} MB of SYNTHETIC incidents.csv to ${folder.dir} (generated in ${(folder.genMs / 1000).toFixed(1)} s)`,
  );
  say(
    folder.snapshotMb === null
      ? SNAPSHOT
        ? 'no columns snapshot: the folder is small enough to cluster'
        : 'no columns snapshot (--no-snapshot): the app reads the CSV'
      : `columns snapshot ${COLUMNS_SNAPSHOT_FILE}: ${folder.snapshotMb.toFixed(0)} MB, checked and built in ${((folder.snapshotMs ?? 0) / 1000).toFixed(1)} s (as vite build does)`,
  );
  return folder;
};

const startPreview = (outDir: string, port: number) =>
  spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: APP_ROOT, stdio: 'ignore', detached: true },
  );

/** Navigation start → the frame that paints the first chart, watched from inside the page. */
const timeFirstChart = async (page: Page, url: string): Promise<number> => {
  say(`navigating to ${url} …`);
  // Watched from inside the page: the moment the chart's SVG is in the document, and the end
  // of the frame that paints it (a poll from here would add its own round trips).
  await page.addInitScript(() => {
    const w = window as unknown as { __chartInDom?: number; __chartPainted?: number };
    const observer = new MutationObserver(() => {
      if (w.__chartInDom !== undefined) return;
      if (!document.querySelector('[data-testid=chart] .recharts-surface')) return;
      w.__chartInDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__chartPainted = performance.now();
        }, 0),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid=chart] .recharts-surface, [role=alert]', {
    timeout: 600_000,
  });
  const alert = await page.locator('[role=alert]').count();
  if (alert > 0)
    throw new Error(`the page shows an error: ${await page.locator('[role=alert]').textContent()}`);
  await page.waitForFunction(
    () => (window as unknown as { __chartPainted?: number }).__chartPainted !== undefined,
  );
  const painted = await page.evaluate(
    () => (window as unknown as { __chartPainted: number }).__chartPainted,
  );
  return IMPORT_FILE ? importInPage(page, IMPORT_FILE) : painted;
};

/** The first view's figures and where its time went (the page's user-timing entries). */
const reportFirstView = async (page: Page, firstChartMs: number) => {
  const banner = (await page.getByTestId('dataset-banner').textContent()) ?? '';
  const expected = IMPORT_FILE ? path.basename(IMPORT_FILE) : 'SYNTHETIC';
  if (!banner.includes(expected)) throw new Error(`the page does not say ${expected}: ${banner}`);
  const records = await page.getByTestId('records').textContent();
  say(`  first chart painted ${(firstChartMs / 1000).toFixed(2)} s after navigation start`);
  // Where the time went: the page's user-timing entries (one per worker request).
  const steps = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      requests: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('tolltrack '))
        .map((m) => ({
          name: m.name,
          start: m.startTime,
          ms: m.duration,
          detail: (m as PerformanceMeasure).detail as unknown,
        })),
    };
  });
  say(`  DOMContentLoaded at ${Math.round(steps.domContentLoaded ?? 0)} ms`);
  for (const r of steps.requests.slice(0, 3))
    say(
      `  ${r.name}: sent at ${Math.round(r.start)} ms, answered after ${Math.round(r.ms)} ms ${JSON.stringify(r.detail, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
    );
  say(`  headline records: ${records}; banner: "${banner.trim()}"`);
  const killedShown = (await page.getByTestId('killed-min').first().textContent()) ?? '';
  if (TOTALS_FILE) {
    const totals = JSON.parse(readFileSync(TOTALS_FILE, 'utf8')) as { fatalities: number };
    const shown = Number(killedShown.replace(/[^0-9]/g, ''));
    if (shown !== totals.fatalities)
      throw new Error(
        `the page shows ${killedShown} killed, the data's own sum is ${totals.fatalities}`,
      );
    say(
      `  killed (lower bound) ${killedShown} = the sum counted while generating (${TOTALS_FILE})`,
    );
  }

  return { records, killedShown };
};

/** A snapshot's records follow its figures: wait for them, and say when they came. */
const waitForRecords = async (page: Page) => {
  // A snapshot gives the figures before the CSV has arrived: the records (table, stated
  // totals) follow once the worker has checked the CSV. Filter changes are timed after that.
  await page.waitForSelector('[data-testid=snapshot-note]', {
    state: 'detached',
    timeout: 600_000,
  });
  const recordsReadyMs = await page.evaluate(
    () =>
      performance.getEntriesByName('tolltrack records-ready')[0]?.duration ??
      performance.getEntriesByName('tolltrack load-folder')[0]?.duration ??
      null,
  );
  say(
    `  records (table, stated totals) ready ${recordsReadyMs === null ? '?' : `${(recordsReadyMs / 1000).toFixed(2)} s`} after the folder was asked for`,
  );

  return recordsReadyMs;
};

/** Governorate filter changes → chart painted, and the worker's share of each view. */
const timeFilterChanges = async (page: Page) => {
  // Filter changes: governorate i, then i and i+1, then i+1 …: every state new.
  const governorates = await page
    .locator('.region-list > li > label > input[type=checkbox]')
    .count();
  // Let the page settle between changes so one change's trailing work is not billed to the next.
  const times = (
    await timeChanges(page, clicksOf(GOVERNORATE_BOXES, governorates), ['.dashboard'])
  ).map((r) => r[0] ?? NaN);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  // The worker's share: its own compute time, and the request's round trip (both per view).
  const viewSplit = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name === 'tolltrack view')
      .slice(1)
      .map((m) => {
        const detail = (m as PerformanceMeasure).detail as {
          workerMs: number;
          steps?: Record<string, number>;
        };
        return { roundTripMs: m.duration, workerMs: detail.workerMs, steps: detail.steps ?? {} };
      }),
  );
  const workerP50 = percentile(
    viewSplit.map((v) => v.workerMs),
    50,
  );
  const roundTripP50 = percentile(
    viewSplit.map((v) => v.roundTripMs),
    50,
  );
  say(
    `  ${times.length} filter changes (governorate checkboxes): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  say(
    `  of which the worker: p50 ${workerP50.toFixed(1)} ms computing the view, ${roundTripP50.toFixed(1)} ms from request to answer on the page (${viewSplit.length} views); the rest is rendering`,
  );
  // The worker's steps (largeView's laps), median over the views.
  const stepNames = [...new Set(viewSplit.flatMap((v) => Object.keys(v.steps)))];
  const stepMedians = Object.fromEntries(
    stepNames.map((name) => [
      name,
      round1(
        percentile(
          viewSplit.map((v) => v.steps[name] ?? 0),
          50,
        ),
      ),
    ]),
  );
  say(`  worker steps, p50 (ms): ${JSON.stringify(stepMedians)}`);

  return { times, p50, p95, workerP50, roundTripP50, stepMedians };
};

/** Date, event-type and click changes → map painted, and the worker's time per map. */
const timeMapChanges = async (page: Page, cdp: CDPSession) => {
  const stopProfile = PROFILE_DIR ? await startProfile(cdp) : null;
  const map = await timeMap(page);
  if (stopProfile && PROFILE_DIR) await stopProfile(PROFILE_DIR);
  const mapP = {
    dateP50: percentile(map.dateTimes, 50),
    dateP95: percentile(map.dateTimes, 95),
    filterP50: percentile(map.filterTimes, 50),
    filterP95: percentile(map.filterTimes, 95),
    clickP50: percentile(map.clickTimes, 50),
    clickP95: percentile(map.clickTimes, 95),
  };
  // The worker's share of a map change: its own time computing the map's figures.
  const mapWorker = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name === 'tolltrack map')
      .map((m) => ((m as PerformanceMeasure).detail as { workerMs: number }).workerMs),
  );
  say(
    `  map opened (chunk, boundaries, figures) in ${Math.round(map.openMs)} ms; ${map.dateTimes.length} date changes (From) → map painted: p50 ${mapP.dateP50.toFixed(1)} ms, p95 ${mapP.dateP95.toFixed(1)} ms, max ${Math.max(...map.dateTimes).toFixed(1)} ms (the dashboard's figures in the same changes: p50 ${percentile(map.dateDashboardTimes, 50).toFixed(1)} ms, p95 ${percentile(map.dateDashboardTimes, 95).toFixed(1)} ms)`,
  );
  say(
    `  ${map.filterTimes.length} filter changes (event types, with a From date) → map painted: p50 ${mapP.filterP50.toFixed(1)} ms, p95 ${mapP.filterP95.toFixed(1)} ms, max ${Math.max(...map.filterTimes).toFixed(1)} ms (dashboard's figures: p50 ${percentile(map.filterDashboardTimes, 50).toFixed(1)} ms, p95 ${percentile(map.filterDashboardTimes, 95).toFixed(1)} ms; worker: p50 ${percentile(mapWorker, 50).toFixed(1)} ms per map)`,
  );
  say(
    `  ${map.clickTimes.length} governorates clicked on the map → headline and map painted: p50 ${mapP.clickP50.toFixed(1)} ms, p95 ${mapP.clickP95.toFixed(1)} ms`,
  );

  return { mapP, mapWorker, openMs: map.openMs };
};

const main = async () => {
  printHeader();
  const outDir = BUILT_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'tolltrack-bench-ui-'));
  if (!BUILT_DIR) buildApp(outDir);
  const folder = prepareFolder(outDir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startPreview(outDir, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await waitForServer(base, server);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = IMPORT_FILE ? `${base}/` : `${base}/?dataset=${encodeURIComponent(DATASET)}`;
    const firstChartMs = await timeFirstChart(page, url);
    const { records, killedShown } = await reportFirstView(page, firstChartMs);
    const recordsReadyMs = await waitForRecords(page);
    const { times, p50, p95, workerP50, roundTripP50, stepMedians } = await timeFilterChanges(page);
    // The heap as before the map was added to this bench: measured before its changes.
    const cdp = await page.context().newCDPSession(page);
    const heap = await heapUsage(cdp);
    say(
      `  JS heap after GC: page (main thread) ${heap.pageMb.toFixed(1)} MB; worker ${heap.workerMb === null ? 'not measured' : `${heap.workerMb.toFixed(1)} MB`}`,
    );
    const { mapP, mapWorker, openMs } = await timeMapChanges(page, cdp);
    const met = {
      filterP50: p50 <= BUDGET.p50,
      filterP95: p95 <= BUDGET.p95,
      firstChart: firstChartMs <= BUDGET.firstChart,
      heapPage: heap.pageMb <= BUDGET.heapMb,
      mapDateP95: mapP.dateP95 <= BUDGET.p95,
      mapFilterP95: mapP.filterP95 <= BUDGET.p95,
      mapClickP95: mapP.clickP95 <= BUDGET.p95,
      heapPageAndWorker:
        heap.workerMb === null ? null : heap.pageMb + heap.workerMb <= BUDGET.heapMb,
    };
    say();
    say(
      `budgets: filter → paint ≤ ${BUDGET.p50} ms p50 (${met.filterP50 ? 'met' : 'NOT met'}), ≤ ${BUDGET.p95} ms p95 (${met.filterP95 ? 'met' : 'NOT met'}); first chart ≤ ${BUDGET.firstChart} ms (${met.firstChart ? 'met' : 'NOT met'}); map: dates → paint ≤ ${BUDGET.p95} ms p95 (${met.mapDateP95 ? 'met' : 'NOT met'}), event types → paint ≤ ${BUDGET.p95} ms p95 (${met.mapFilterP95 ? 'met' : 'NOT met'}), click → paint ≤ ${BUDGET.p95} ms p95 (${met.mapClickP95 ? 'met' : 'NOT met'}); heap ≤ ${BUDGET.heapMb} MB: page ${met.heapPage ? 'met' : 'NOT met'}, page + worker ${met.heapPageAndWorker === null ? 'not measured' : met.heapPageAndWorker ? 'met' : 'NOT met'}`,
    );
    if (json) {
      process.stdout.write(
        `${JSON.stringify({
          filterToPaintMs: { p50: round1(p50), p95: round1(p95) },
          workerViewMs: {
            p50: round1(workerP50),
            roundTripP50: round1(roundTripP50),
            stepsP50: stepMedians,
          },
          mapDateToPaintMs: { p50: round1(mapP.dateP50), p95: round1(mapP.dateP95) },
          mapFilterToPaintMs: { p50: round1(mapP.filterP50), p95: round1(mapP.filterP95) },
          mapClickToPaintMs: { p50: round1(mapP.clickP50), p95: round1(mapP.clickP95) },
          mapWorkerMsP50: round1(percentile(mapWorker, 50)),
          mapOpenMs: Math.round(openMs),
          firstChartMs: Math.round(firstChartMs),
          recordsReadyMs: recordsReadyMs === null ? null : Math.round(recordsReadyMs),
          heapMb: round1(heap.pageMb),
          workerHeapMb: heap.workerMb === null ? null : round1(heap.workerMb),
          records: IMPORT_FILE || DATA_DIR ? records : RECORDS,
          data: DATA_DIR ?? null,
          killedShown,
          totalsChecked: TOTALS_FILE ?? null,
          imported: IMPORT_FILE ?? null,
          appRoot: APP_ROOT,
          snapshot: folder.snapshotMb !== null,
          filterChanges: times.length,
          budgetsMet: met,
          synthetic: !DATA_DIR && !IMPORT_FILE,
        })}\n`,
      );
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    if (BUILT_DIR) rmSync(path.join(outDir, FOLDER), { recursive: true, force: true });
    else rmSync(outDir, { recursive: true, force: true });
  }
};

await main();
