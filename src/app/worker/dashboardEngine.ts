import { type FirstView, sameQuery } from '../../analysis/view/firstViewFile';
import type { PreparedDataset } from '../../analysis/view/viewTypes';
import { DatasetLoadError } from './datasetLoadError';
import { loadFirstView } from './fetchFolderFile';
import type { LoadedFolder } from './loadDatasetFolder';
import type { WorkerRequest, WorkerResponse } from './protocol';

type RequestOf<T extends WorkerRequest['type']> = Extract<WorkerRequest, { type: T }>;

const loadWork = () => import('./engineWork');

const failure = (error: unknown) =>
  error instanceof DatasetLoadError
    ? { message: error.message, issues: error.issues }
    : { message: error instanceof Error ? error.message : String(error), issues: [] };

/**
 * The worker's state and message handling, without the Worker API, so it can be tested in
 * Node. The prepared dataset lives in this closure, not in a module-level variable.
 */
export const createDashboardEngine = (post: (message: WorkerResponse) => void) => {
  // Loaded on first need: a build's first view needs none of it, and evaluating it first would
  // delay that answer (the folder's loading, started once that view is out, then loads it).
  let loadingWork: ReturnType<typeof loadWork> | null = null;
  const work = () => {
    loadingWork ??= loadWork();
    return loadingWork;
  };
  let prepared: PreparedDataset | null = null;
  /** The folder as loaded, before any workspace records are added. */
  let loaded: PreparedDataset | null = null;
  /** A snapshot's records, to be read once the first figures are out (see LoadedFolder.later). */
  let pendingRecords: { id: number; start: number; read: () => Promise<PreparedDataset> } | null =
    null;
  const readPendingRecords = async () => {
    const pending = pendingRecords;
    if (!pending) return;
    pendingRecords = null;
    try {
      const final = await pending.read();
      loaded = final;
      prepared = final;
      post({
        id: pending.id,
        type: 'records-ready',
        base: final.base,
        ms: performance.now() - pending.start,
      });
    } catch (error) {
      post({ id: pending.id, type: 'failed', failure: failure(error) });
    }
  };
  /**
   * A folder with a build-time first view: that view is answered at once, and the folder itself
   * is loaded when it is first needed — after the first view is out (it then does not compete
   * with drawing it), or by any other request.
   */
  let firstView: FirstView | null = null;
  let pendingFolder: {
    id: number;
    start: number;
    load: () => Promise<LoadedFolder>;
    loading: Promise<void> | null;
  } | null = null;
  const folderReady = (): Promise<void> => {
    const pending = pendingFolder;
    if (!pending) return Promise.resolve();
    pending.loading ??= pending.load().then(
      (folder) => {
        pendingFolder = null;
        firstView = null;
        loaded = folder.now;
        prepared = loaded;
        if (folder.later)
          pendingRecords = { id: pending.id, start: pending.start, read: folder.later };
        // Read whole from the CSV (no snapshot, or not the first view's): the page is told as
        // when a snapshot's records arrive, and asks for its views again.
        else
          post({
            id: pending.id,
            type: 'records-ready',
            base: folder.now.base,
            ms: performance.now() - pending.start,
          });
      },
      (error: unknown) => {
        pendingFolder = null;
        firstView = null;
        post({ id: pending.id, type: 'failed', failure: failure(error) });
        throw error;
      },
    );
    return pending.loading;
  };
  /**
   * One handler per request type: the protocol's union says what each receives and may answer.
   * A handler that throws answers `failed` for its request.
   */
  const handlers: { [T in WorkerRequest['type']]: (request: RequestOf<T>) => Promise<void> } = {
    'load-folder': async (request) => {
      const { id } = request;
      const timings: Record<string, number> = {};
      const start = performance.now();
      const load = async (shown: FirstView | null) =>
        (await work()).loadDatasetFolder(
          request.folderUrl,
          request.shownPath,
          undefined,
          timings,
          shown?.source ?? null,
        );
      const first = await loadFirstView(request.folderUrl, request.shownPath);
      if (first) {
        timings.firstView = performance.now() - start;
        firstView = first;
        pendingFolder = { id, start, load: () => load(first), loading: null };
        post({ id, type: 'loaded', base: first.base, ms: performance.now() - start, timings });
        return;
      }
      const folder = await load(null);
      loaded = folder.now;
      prepared = loaded;
      // The same request is answered again once the CSV confirmed (or replaced) the snapshot.
      if (folder.later) pendingRecords = { id, start, read: folder.later };
      post({ id, type: 'loaded', base: prepared.base, ms: performance.now() - start, timings });
    },
    'set-workspace': async (request) => {
      const { id } = request;
      const { prepareDataset, withWorkspace } = await work();
      await folderReady();
      if (!loaded) throw new Error('no folder loaded in this worker');
      await readPendingRecords();
      // Workspace records join a folder read as records; a columns-only (large) folder
      // has no objects to add them to, and the page offers the workspace only for bundled data.
      const adding = (request.workspace?.incidents.length ?? 0) > 0;
      if (adding && loaded.kind === 'columns')
        throw new Error('unpublished records cannot be added to a large dataset');
      prepared = adding ? prepareDataset(withWorkspace(loaded.dataset, request.workspace)) : loaded;
      post({ id, type: 'loaded', base: prepared.base });
    },
    'import-file': async (request) => {
      const { id } = request;
      const { loadGazetteer, importSourceFile, prepareDataset } = await work();
      const gazetteer = await loadGazetteer(request.gazetteerUrl, request.gazetteerPath);
      // Read and imported together, piece by piece: the share is of the file's bytes.
      const { dataset, report } = await importSourceFile(
        request.file,
        request.file.name,
        gazetteer,
        (fraction) => post({ id, type: 'progress', progress: { phase: 'importing', fraction } }),
      );
      if (dataset) {
        post({ id, type: 'progress', progress: { phase: 'preparing', fraction: null } });
        prepared = prepareDataset(dataset);
      }
      post({ id, type: 'imported', base: prepared?.base ?? null, report });
    },
    table: async (request) => {
      const { id } = request;
      const { tableRecords } = await work();
      await folderReady();
      if (!prepared) throw new Error('no dataset loaded in this worker');
      post({ id, type: 'table', records: tableRecords(prepared, request.filters) });
    },
    map: async (request) => {
      const { id } = request;
      const { mapFigures } = await work();
      await folderReady();
      if (!prepared) throw new Error('no dataset loaded in this worker');
      const start = performance.now();
      const figures = mapFigures(prepared, request.query);
      post({ id, type: 'map', figures, ms: performance.now() - start });
    },
    view: async (request) => {
      const { id } = request;
      if (firstView && !prepared && sameQuery(request.query, firstView.query)) {
        post({ id, type: 'view', view: firstView.view, ms: 0, timings: { firstView: 0 } });
        void folderReady().then(readPendingRecords, () => {});
        return;
      }
      const { dashboardView } = await work();
      await folderReady();
      if (!prepared) throw new Error('no dataset loaded in this worker');
      const start = performance.now();
      const timings: Record<string, number> = {};
      const view = dashboardView(prepared, request.query, timings);
      post({ id, type: 'view', view, ms: performance.now() - start, timings });
      // The first figures are out: now the CSV, for the records.
      void readPendingRecords();
    },
  };
  const handle = async (request: WorkerRequest): Promise<void> => {
    try {
      await (handlers[request.type] as (request: WorkerRequest) => Promise<void>)(request);
    } catch (error) {
      post({ id: request.id, type: 'failed', failure: failure(error) });
    }
  };
  return { handle };
};
