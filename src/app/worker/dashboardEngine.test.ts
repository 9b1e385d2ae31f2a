import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderSnapshot } from '../../../vite/folderSnapshot';
import { NO_FILTERS } from '../../analysis/filters';
import { FIRST_VIEW_QUERY } from '../../analysis/view/firstViewFile';
import { COLUMNS_SNAPSHOT_FILE, FIRST_VIEW_FILE } from '../../model/dataset';
import { createDashboardEngine } from './dashboardEngine';
import type { WorkerResponse } from './protocol';

/**
 * data/ served at http://test/folder/ with a snapshot made as `vite build` makes one, and
 * (`withFirstView`) its first view; `fetched` lists the files asked for, in order.
 */
const serveWithSnapshot = (withFirstView = false, fetched: string[] = []) => {
  const snapshot = folderSnapshot('data', -1);
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const name = new URL(url).pathname.replace('/folder/', '');
    fetched.push(name);
    if (name === COLUMNS_SNAPSHOT_FILE && snapshot)
      return new Response(new Blob([snapshot.bytes as BlobPart]));
    if (name === FIRST_VIEW_FILE && snapshot && withFirstView)
      return new Response(snapshot.firstView, { headers: { 'content-type': 'application/json' } });
    try {
      return new Response(readFileSync(`data/${name}`, 'utf8'));
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
};
afterEach(() => vi.unstubAllGlobals());

const LOAD_DATA = {
  id: 1,
  type: 'load-folder',
  folderUrl: 'http://test/folder/',
  shownPath: 'data/',
} as const;

describe('createDashboardEngine', () => {
  it('answers load-folder twice for a snapshot: figures first, records after the first view', async () => {
    serveWithSnapshot();
    const posted: WorkerResponse[] = [];
    // A snapshot is used whenever the build made one (it makes them for large folders only).
    const engine = createDashboardEngine((message) => posted.push(message));
    await engine.handle(LOAD_DATA);
    expect(posted.map((m) => m.type)).toEqual(['loaded']);
    const loaded = posted[0];
    expect(loaded?.type === 'loaded' && loaded.base.recordsPending).toBe(true);

    const query = { filters: NO_FILTERS, mode: 'cumulative' as const, unit: 'auto' as const };
    await engine.handle({ id: 2, type: 'view', query });
    const first = posted[1];
    expect(first?.type === 'view' && first.view.recordsPending).toBe(true);
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('records-ready'));
    const ready = posted.find((m) => m.type === 'records-ready');
    expect(ready?.id).toBe(1);
    expect(ready?.type === 'records-ready' && ready.base.recordsPending).toBe(false);

    await engine.handle({ id: 3, type: 'view', query });
    const second = posted.at(-1);
    expect(second?.type === 'view' && second.view.recordsPending).toBe(false);
    expect(second?.type === 'view' && second.view.filtered.incidents.length).toBeGreaterThan(0);
  });

  it('answers the first view from the build before fetching the snapshot, then the same as without it', async () => {
    const fetched: string[] = [];
    serveWithSnapshot(true, fetched);
    const posted: WorkerResponse[] = [];
    const engine = createDashboardEngine((message) => posted.push(message));
    await engine.handle(LOAD_DATA);
    // Loaded from the first-view file alone; the folder is fetched once the first view is out.
    expect(fetched).toEqual([FIRST_VIEW_FILE]);
    await engine.handle({ id: 2, type: 'view', query: FIRST_VIEW_QUERY });
    expect(posted.map((m) => m.type)).toEqual(['loaded', 'view']);
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('records-ready'));
    expect(fetched).toContain(COLUMNS_SNAPSHOT_FILE);

    // The same answers as a worker that computed them from the snapshot.
    serveWithSnapshot(false);
    const reference: WorkerResponse[] = [];
    const live = createDashboardEngine((message) => reference.push(message));
    await live.handle(LOAD_DATA);
    await live.handle({ id: 2, type: 'view', query: FIRST_VIEW_QUERY });
    const strip = (m: WorkerResponse | undefined) =>
      m?.type === 'loaded' ? m.base : m?.type === 'view' ? m.view : m;
    expect(strip(posted[0])).toEqual(strip(reference[0]));
    expect(strip(posted[1])).toEqual(strip(reference[1]));

    // Any other view waits for the folder itself.
    const other = { ...FIRST_VIEW_QUERY, filters: { ...NO_FILTERS, regions: ['SY07'] } };
    await engine.handle({ id: 3, type: 'view', query: other });
    const answer = posted.at(-1);
    expect(answer?.type === 'view' && answer.view.recordsPending).toBe(false);
    expect(answer?.type === 'view' && answer.view.headline.records).toBeGreaterThan(0);
  });

  it('reads a folder without a snapshot in one answer', async () => {
    vi.stubGlobal('fetch', async (url: URL | string) => {
      const name = new URL(url).pathname.replace('/folder/', '');
      try {
        return new Response(readFileSync(`data/${name}`, 'utf8'));
      } catch {
        return new Response('not found', { status: 404 });
      }
    });
    const posted: WorkerResponse[] = [];
    const engine = createDashboardEngine((message) => posted.push(message));
    await engine.handle(LOAD_DATA);
    const loaded = posted[0];
    expect(loaded?.type === 'loaded' && loaded.base.recordsPending).toBe(false);
    expect(loaded?.type === 'loaded' && loaded.base.reconciled).toBe(true);
  });
});
