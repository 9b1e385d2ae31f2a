import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderSnapshot } from '../../../vite/folderSnapshot';
import { fnv1a32 } from '../../analysis/columns/columnsSnapshotFormat';
import { type Filters, NO_FILTERS } from '../../analysis/filters';
import { dashboardView, prepareDataset } from '../../analysis/view/dashboardView';
import { FIRST_VIEW_QUERY, readFirstView } from '../../analysis/view/firstViewFile';
import type { ViewQuery } from '../../analysis/view/viewTypes';
import { parseDataset } from '../../ingest/parseDataset';
import { COLUMNS_SNAPSHOT_FILE, type Dataset, FIRST_VIEW_FILE } from '../../model/dataset';
import { DatasetLoadError } from './datasetLoadError';
import { loadFirstView } from './fetchFolderFile';
import { loadDatasetFolder } from './loadDatasetFolder';

const FILES = [
  'reports.csv',
  'incidents.csv',
  'places.csv',
  'annotations.csv',
  'cluster-decisions.csv',
  'dataset.json',
];
const read = (dir: string, file: string): string | undefined => {
  try {
    return readFileSync(`${dir}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
};
const filesOf = (dir: string): Record<string, string | Uint8Array> => {
  const files: Record<string, string | Uint8Array> = {};
  for (const f of FILES) {
    const text = read(dir, f);
    if (text !== undefined) files[f] = text;
  }
  return files;
};
const datasetOf = (files: Record<string, string | Uint8Array>): Dataset =>
  parseDataset({
    reports: files['reports.csv'] as string,
    incidents: files['incidents.csv'] as string,
    places: files['places.csv'] as string,
    annotations: files['annotations.csv'] as string | undefined,
    decisions: files['cluster-decisions.csv'] as string | undefined,
    info: files['dataset.json'] as string | undefined,
  }).dataset;

/** Serves `files` at http://test/folder/ (404 for anything else), as the worker fetches them. */
const serve = (files: Record<string, string | Uint8Array>, csvArrives?: Promise<void>) =>
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const name = new URL(url).pathname.replace('/folder/', '');
    if (name === 'incidents.csv' && csvArrives) await csvArrives;
    const body = files[name];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), {
      headers: {
        'content-type': typeof body === 'string' ? 'text/csv' : 'application/octet-stream',
      },
    });
  });
afterEach(() => vi.unstubAllGlobals());

const query = (filters: Partial<Filters> = {}, mode: ViewQuery['mode'] = 'cumulative') => ({
  filters: { ...NO_FILTERS, ...filters },
  mode,
  unit: 'auto' as const,
});
const FILTERS: Partial<Filters>[] = [
  {},
  { regions: ['SY07'] },
  { regions: ['SY07'], from: '2024-11-27', to: '2024-12-02' },
  { regions: ['SY02', 'SY07'], from: '2024-12-01' },
  { eventTypes: ['air strike'] },
  { sources: ['White Helmets'] },
];
const URL_ = 'http://test/folder/';

/** The folder as views finally see it: after the CSV confirmed or replaced a snapshot. */
const settled = async (loading: ReturnType<typeof loadDatasetFolder>) => {
  const { now, later } = await loading;
  return later ? later() : now;
};

describe('loadDatasetFolder', () => {
  it('reads a folder small enough to cluster as records, as parseDataset does', async () => {
    const files = filesOf('data');
    serve(files);
    const loaded = await settled(loadDatasetFolder(URL_, 'data/'));
    const reference = prepareDataset(datasetOf(files));
    expect(loaded.base).toEqual(reference.base);
    for (const f of FILTERS)
      expect(dashboardView(loaded, query(f))).toEqual(dashboardView(reference, query(f)));
  });

  it.each(['data', 'data/ucdp-syria'])(
    'keeps a large folder (%s, forced) in columns, with the views of the record-based path',
    async (dir) => {
      const files = filesOf(dir);
      serve(files);
      const loaded = await settled(loadDatasetFolder(URL_, `${dir}/`, -1));
      expect(loaded.dataset.incidents).toEqual([]);
      expect(loaded.base.reconciled).toBe(false);
      const reference = prepareDataset(datasetOf(files), -1);
      expect(loaded.base).toEqual(reference.base);
      for (const f of FILTERS) {
        for (const mode of ['cumulative', 'compare'] as const)
          expect(dashboardView(loaded, query(f, mode))).toEqual(
            dashboardView(reference, query(f, mode)),
          );
      }
    },
  );

  it('shows the figures of a snapshot before the CSV arrives, then its records once it matches', async () => {
    const files = filesOf('data');
    const snapshot = folderSnapshot('data', -1);
    expect(snapshot).not.toBeNull();
    let release: () => void = () => {};
    const csvArrives = new Promise<void>((resolve) => {
      release = resolve;
    });
    serve({ ...files, [COLUMNS_SNAPSHOT_FILE]: snapshot?.bytes ?? new Uint8Array() }, csvArrives);
    const { now, later } = await loadDatasetFolder(URL_, 'data/', -1);
    const reference = prepareDataset(datasetOf(files), -1);
    // The CSV has not arrived: figures, no records yet, and the page is told so.
    expect(now.base.recordsPending).toBe(true);
    for (const f of FILTERS) {
      const view = dashboardView(now, query(f));
      const expected = dashboardView(reference, query(f));
      expect(view.recordsPending).toBe(true);
      expect(view.headline).toEqual(expected.headline);
      // The same totals; the time axis may be shorter (stated totals' dates come with records).
      expect(view.series.points.at(-1)?.lower).toBe(expected.series.points.at(-1)?.lower);
      expect(view.series.points.at(-1)?.upper).toBe(expected.series.points.at(-1)?.upper);
      expect(view.filtered.incidents).toEqual([]);
      expect(view.markers).toEqual([]);
    }
    const reading = later?.();
    release();
    const ready = await reading;
    expect(ready?.base.recordsPending).toBe(false);
    expect(ready?.base.snapshotStale).toBe(false);
    for (const f of FILTERS)
      expect(ready && dashboardView(ready, query(f))).toEqual(dashboardView(reference, query(f)));
  });

  it('replaces a snapshot that does not match the CSV with the figures of the CSV itself', async () => {
    const files = filesOf('data');
    const snapshot = folderSnapshot('data', -1);
    // The CSV changed after the snapshot was made: the figures follow the CSV.
    const edited = {
      ...files,
      'incidents.csv': (files['incidents.csv'] as string).replace(
        /^(SEED-001,[^\n]*?),25,/m,
        '$1,26,',
      ),
    };
    expect(edited['incidents.csv']).not.toBe(files['incidents.csv']);
    serve({ ...edited, [COLUMNS_SNAPSHOT_FILE]: snapshot?.bytes ?? new Uint8Array() });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stale = await settled(loadDatasetFolder(URL_, 'data/', -1));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('does not match'));
    expect(stale.base.snapshotStale).toBe(true);
    const reference = prepareDataset(datasetOf(files), -1);
    const editedReference = prepareDataset(datasetOf(edited), -1);
    expect(dashboardView(stale, query())).toEqual(dashboardView(editedReference, query()));
    expect(dashboardView(stale, query()).headline.killedMin).toBe(
      dashboardView(reference, query()).headline.killedMin + 1,
    );
  });

  it.each(['data', 'data/ucdp-syria'])(
    'the first view a build writes for %s (forced large) is the one the worker computes',
    async (dir) => {
      const files = filesOf(dir);
      const snapshot = folderSnapshot(dir, -1);
      serve({ ...files, [COLUMNS_SNAPSHOT_FILE]: snapshot?.bytes ?? new Uint8Array() });
      const { now } = await loadDatasetFolder(URL_, `${dir}/`, -1);
      const first = readFirstView(snapshot?.firstView ?? '');
      expect(first?.base).toEqual(now.base);
      expect(first?.view).toEqual(dashboardView(now, FIRST_VIEW_QUERY));
      expect(first?.view.headline.records).toBeGreaterThan(0);
      expect(first?.source).toEqual({
        chars: (files['incidents.csv'] as string).length,
        hash: fnv1a32(files['incidents.csv'] as string),
      });
    },
  );

  it('does not use a snapshot of another text than the first view shown: reads the CSV', async () => {
    const files = filesOf('data');
    const snapshot = folderSnapshot('data', -1);
    serve({ ...files, [COLUMNS_SNAPSHOT_FILE]: snapshot?.bytes ?? new Uint8Array() });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = await loadDatasetFolder(URL_, 'data/', -1, {}, { chars: 1, hash: 2 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('different texts'));
    expect(loaded.later).toBeNull();
    expect(loaded.now.base.snapshotStale).toBe(true);
    expect(loaded.now.base.recordsPending).toBe(false);
    const reference = prepareDataset(datasetOf(files), -1);
    expect(dashboardView(loaded.now, query())).toEqual(dashboardView(reference, query()));
  });

  it('reads no first view from a page or other JSON', async () => {
    expect(readFirstView('<!doctype html><html></html>')).toBeNull();
    expect(readFirstView('{"format":"something else"}')).toBeNull();
    serve({ ...filesOf('data'), [FIRST_VIEW_FILE]: '<!doctype html>' });
    expect(await loadFirstView(URL_, 'data/')).toBeNull();
  });

  it('takes the page a single-page-app server answers for a missing file as missing', async () => {
    // `vite` and `vite preview` answer any unknown path with index.html and 200.
    const appServer = (files: Record<string, string>) =>
      vi.stubGlobal('fetch', async (url: URL | string) => {
        const body = files[new URL(url).pathname.replace('/folder/', '')];
        return body === undefined
          ? new Response('<!doctype html><html></html>', {
              headers: { 'content-type': 'text/html' },
            })
          : new Response(body, { headers: { 'content-type': 'text/csv' } });
      });
    const files = filesOf('data/ucdp-syria') as Record<string, string>;
    expect(files['cluster-decisions.csv']).toBeUndefined();
    appServer(files);
    const loaded = await settled(loadDatasetFolder(URL_, 'data/ucdp-syria/'));
    expect(loaded.base).toEqual(prepareDataset(datasetOf(files)).base);
    // A required file answered by a page is an error that says so.
    const { 'reports.csv': _reports, ...withoutReports } = files;
    appServer(withoutReports);
    const error = await settled(loadDatasetFolder(URL_, 'data/ucdp-syria/')).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      'data/ucdp-syria/reports.csv could not be loaded: the server answered with a web page (expected the file itself; is it missing?)',
    );
  });

  it('fails on a bad row with its file, line and column, large or not', async () => {
    const files = filesOf('data');
    const lines = (files['incidents.csv'] as string).split('\n');
    const header = (lines[0] ?? '').split(',');
    const column = header.indexOf('killed_min');
    const cells = (lines[3] ?? '').split(',');
    cells[column] = 'many';
    lines[3] = cells.join(',');
    serve({ ...files, 'incidents.csv': lines.join('\n') });
    for (const limit of [undefined, -1]) {
      const error = await settled(loadDatasetFolder(URL_, 'data/', limit)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).issues[0]).toMatchObject({
        file: 'data/incidents.csv',
        row: 4,
        column: 'killed_min',
      });
    }
  });
});
