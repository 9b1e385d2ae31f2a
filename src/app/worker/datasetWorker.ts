import type { Filters } from '../../analysis/filters';
import type { MapFigures, MapQuery } from '../../analysis/view/mapFigures';
import type { DashboardView, DatasetBase, ViewQuery } from '../../analysis/view/viewTypes';
import type { Incident } from '../../model/incident';
import type { Workspace } from '../addReport/workspaceSchema';
import { DatasetLoadError } from './datasetLoadError';
import type { ImportProgress, ImportReport } from './importSourceFile';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A dataset held by its own worker: what the page keeps is `base`; figures come from `view`. */
export interface DatasetHandle {
  base: DatasetBase;
  /** The figures for a view. A request still queued when `signal` aborts is never sent. */
  view: (query: ViewQuery, signal?: AbortSignal) => Promise<DashboardView>;
  /** The records the table lists for these filters (see DashboardView.tableListed). */
  table: (filters: Filters) => Promise<Incident[]>;
  /** The map's figures (loaded with the map). */
  map: (query: MapQuery, signal?: AbortSignal) => Promise<MapFigures>;
  /**
   * Adds this browser's unpublished Add-report records (a bundled folder only); views asked
   * for after this call see them. Resolves to the new base.
   */
  setWorkspace: (workspace: Workspace | null) => Promise<DatasetBase>;
  /** Ends the worker and frees the dataset. */
  dispose: () => void;
  /**
   * When `base.recordsPending`: resolves with the new base once the worker has checked the CSV
   * against its snapshot (views asked for after that have records; if the CSV did not match,
   * different figures and `snapshotStale`). null when nothing is pending.
   */
  recordsReady: Promise<DatasetBase> | null;
}

type Waiting = {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: ImportProgress) => void;
};

type Omit2<T> = T extends unknown ? Omit<T, 'id'> : never;

const abortError = () => new DOMException('superseded by a newer request', 'AbortError');

/** One module worker and its pending requests, answered by id. */
const connect = () => {
  const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), {
    type: 'module',
  });
  const waiting = new Map<number, Waiting>();
  /** Requests that may be answered a second time (load-folder from a snapshot). */
  const laters = new Map<number, Waiting>();
  let nextId = 1;
  let ended: Error | null = null;
  const failAll = (error: Error) => {
    ended = error;
    for (const w of [...waiting.values(), ...laters.values()]) w.reject(error);
    waiting.clear();
    laters.clear();
  };
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const w = waiting.get(message.id);
    if (!w) {
      const later = laters.get(message.id);
      if (!later) return;
      laters.delete(message.id);
      if (message.type === 'failed')
        later.reject(new DatasetLoadError(message.failure.message, message.failure.issues));
      else later.resolve(message);
      return;
    }
    if (message.type === 'progress') {
      w.onProgress?.(message.progress);
      return;
    }
    waiting.delete(message.id);
    if (message.type === 'failed')
      w.reject(new DatasetLoadError(message.failure.message, message.failure.issues));
    else w.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`the data worker failed: ${event.message || 'it could not be started'}`));
  };
  const request = (
    message: Omit2<WorkerRequest>,
    onProgress?: (progress: ImportProgress) => void,
    /** Takes a second answer to the same request, if one comes. */
    later?: Omit<Waiting, 'onProgress'>,
  ): Promise<WorkerResponse> => {
    if (ended) return Promise.reject(ended);
    const id = nextId++;
    if (later) laters.set(id, later);
    const sent = performance.now();
    return new Promise<WorkerResponse>((resolve, reject) => {
      waiting.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...message, id } as WorkerRequest);
    }).then((response) => {
      // A user-timing entry per request (DevTools' Timings track, and `npm run bench:ui`).
      performance.measure(`tolltrack ${message.type}`, {
        start: sent,
        detail:
          response.type === 'view'
            ? { workerMs: response.ms, steps: response.timings }
            : response.type === 'loaded'
              ? { workerMs: response.ms, steps: response.timings }
              : response.type === 'map'
                ? { workerMs: response.ms }
                : {},
      });
      return response;
    });
  };
  const terminate = () => {
    worker.terminate();
    failAll(abortError());
  };
  return { request, terminate };
};

/** What the page asks of the worker most urgently first: the figures, the map, then the lists. */
const PRIORITY = { view: 0, map: 1, table: 2 } as const;

interface Queued {
  kind: keyof typeof PRIORITY;
  send: () => Promise<WorkerResponse>;
  resolve: (response: WorkerResponse) => void;
  reject: (error: unknown) => void;
}

/**
 * Views, maps and table pages are computed one at a time, the most urgent first (a filter
 * change's chart before its map, both before the table's rows). A request still queued when its
 * signal aborts (React Query's, once a newer filter state replaced it) is dropped before it
 * reaches the worker: a fast run of filter changes computes and paints only the last one.
 */
const scheduler = () => {
  let busy = false;
  const queue: Queued[] = [];
  const pump = () => {
    if (busy || queue.length === 0) return;
    let at = 0;
    for (let k = 1; k < queue.length; k++)
      if (PRIORITY[queue[k]?.kind ?? 'table'] < PRIORITY[queue[at]?.kind ?? 'table']) at = k;
    const [next] = queue.splice(at, 1);
    if (!next) return;
    busy = true;
    next
      .send()
      .then(next.resolve, next.reject)
      .finally(() => {
        busy = false;
        pump();
      });
  };
  return (kind: Queued['kind'], send: Queued['send'], signal?: AbortSignal) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const entry: Queued = { kind, send, resolve, reject };
      signal?.addEventListener('abort', () => {
        const at = queue.indexOf(entry);
        if (at !== -1) {
          queue.splice(at, 1);
          reject(abortError());
        }
      });
      queue.push(entry);
      pump();
    });
};

const handleFor = (
  connection: ReturnType<typeof connect>,
  base: DatasetBase,
  recordsReady: Promise<DatasetBase> | null = null,
): DatasetHandle => {
  const schedule = scheduler();
  /** A scheduled request, and its answer of the type expected. */
  const ask = async <T extends WorkerResponse['type']>(
    message: Omit2<WorkerRequest> & { type: Queued['kind'] },
    expected: T,
    signal?: AbortSignal,
  ): Promise<Extract<WorkerResponse, { type: T }>> => {
    const response = await schedule(message.type, () => connection.request(message), signal);
    if (response.type !== expected) throw new Error(`unexpected answer ${response.type}`);
    return response as Extract<WorkerResponse, { type: T }>;
  };
  return {
    base,
    view: async (query, signal) => (await ask({ type: 'view', query }, 'view', signal)).view,
    table: async (filters) => (await ask({ type: 'table', filters }, 'table')).records,
    map: async (query, signal) => (await ask({ type: 'map', query }, 'map', signal)).figures,
    setWorkspace: async (workspace) => {
      const response = await connection.request({ type: 'set-workspace', workspace });
      if (response.type !== 'loaded') throw new Error(`unexpected answer ${response.type}`);
      return response.base;
    },
    dispose: connection.terminate,
    recordsReady,
  };
};

/** Loads a folder in the data/ format in a new worker. `folderUrl` must be absolute. */
export const openDatasetFolder = async (
  folderUrl: string,
  shownPath: string,
): Promise<DatasetHandle> => {
  const connection = connect();
  const sent = performance.now();
  let ready: Omit<Waiting, 'onProgress'> | undefined;
  const recordsReady = new Promise<DatasetBase>((resolve, reject) => {
    ready = {
      resolve: (message) => {
        if (message.type === 'records-ready') {
          performance.measure('tolltrack records-ready', {
            start: sent,
            detail: { workerMs: message.ms },
          });
          resolve(message.base);
        } else reject(new Error(`unexpected answer ${message.type}`));
      },
      reject,
    };
  });
  // Observed by the dashboard when it matters; never an unhandled rejection.
  recordsReady.catch(() => {});
  try {
    const response = await connection.request(
      { type: 'load-folder', folderUrl, shownPath },
      undefined,
      ready,
    );
    if (response.type !== 'loaded') throw new Error(`unexpected answer ${response.type}`);
    return handleFor(connection, response.base, response.base.recordsPending ? recordsReady : null);
  } catch (error) {
    connection.terminate();
    throw error;
  }
};

export interface ImportOutcome {
  report: ImportReport;
  /** null when nothing could be imported (the report says why). */
  handle: DatasetHandle | null;
}

/**
 * Imports a UCDP GED or ACLED file in a new worker. Aborting `signal` ends the worker at once,
 * wherever it is (reading, parsing or preparing), and rejects with an AbortError.
 */
export const importDatasetFile = async (
  file: File,
  gazetteerUrl: string,
  gazetteerPath: string,
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportOutcome> => {
  const connection = connect();
  const onAbort = () => connection.terminate();
  signal.addEventListener('abort', onAbort);
  try {
    const response = await connection.request(
      { type: 'import-file', file, gazetteerUrl, gazetteerPath },
      onProgress,
    );
    if (response.type !== 'imported') throw new Error(`unexpected answer ${response.type}`);
    if (!response.base) {
      connection.terminate();
      return { report: response.report, handle: null };
    }
    return { report: response.report, handle: handleFor(connection, response.base) };
  } catch (error) {
    connection.terminate();
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
};
