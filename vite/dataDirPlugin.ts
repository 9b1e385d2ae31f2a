import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { COLUMNS_SNAPSHOT_FILE, DATASET_FILES, FIRST_VIEW_FILE } from '../src/model/dataset.ts';
import { DATASET_INFO_FILE } from '../src/model/datasetInfo.ts';
import { folderSnapshot } from './folderSnapshot.ts';

/** Files of the data folders the app fetches at run time (CSV and each folder's dataset.json). */
const listDataFiles = (root: string): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.csv') || name === DATASET_INFO_FILE) out.push(path);
    }
  };
  walk(root);
  return out;
};

/**
 * Serves `data/` at `/data/` in development and copies it into the build, so the bundled
 * dataset stays plain, reviewable CSV in git and is fetched (not bundled into the JS). A folder
 * too large to cluster also gets its records as a binary columns snapshot (a build artefact, not
 * in git), so the app shows it without reading a million CSV rows first.
 */
export const dataDirPlugin = (dataDir = 'data'): Plugin => {
  const root = resolve(dataDir);
  // Development: one snapshot per folder, rebuilt when its incidents.csv changes.
  type Snapshot = ReturnType<typeof folderSnapshot>;
  const cache = new Map<string, { mtimeMs: number; snapshot: Snapshot }>();
  const snapshotOf = (folder: string): Snapshot => {
    const mtimeMs = statSync(join(folder, DATASET_FILES.incidents)).mtimeMs;
    const cached = cache.get(folder);
    if (cached && cached.mtimeMs === mtimeMs) return cached.snapshot;
    const snapshot = folderSnapshot(folder);
    cache.set(folder, { mtimeMs, snapshot });
    return snapshot;
  };
  return {
    name: 'tolltrack-data-dir',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const path = resolve(
          root,
          decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(1),
        );
        if (!path.startsWith(root + sep)) return next();
        try {
          if (path.endsWith(`${sep}${COLUMNS_SNAPSHOT_FILE}`)) {
            const bytes = snapshotOf(dirname(path))?.bytes;
            res.statusCode = bytes ? 200 : 404;
            res.setHeader('Content-Type', 'application/octet-stream');
            res.end(bytes ?? '');
            return;
          }
          if (path.endsWith(`${sep}${FIRST_VIEW_FILE}`)) {
            const json = snapshotOf(dirname(path))?.firstView;
            res.statusCode = json ? 200 : 404;
            res.setHeader('Content-Type', 'application/json');
            res.end(json ?? '');
            return;
          }
          const info = path.endsWith(`${sep}${DATASET_INFO_FILE}`);
          if (!path.endsWith('.csv') && !info) return next();
          const body = readFileSync(path);
          res.setHeader('Content-Type', info ? 'application/json' : 'text/csv; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const path of listDataFiles(root)) {
        const fileName = `data/${relative(root, path).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
        if (!path.endsWith(`${sep}${DATASET_FILES.incidents}`)) continue;
        const snapshot = folderSnapshot(dirname(path));
        if (snapshot) {
          this.emitFile({
            type: 'asset',
            fileName: fileName.replace(/incidents\.csv$/, COLUMNS_SNAPSHOT_FILE),
            source: snapshot.bytes,
          });
          this.emitFile({
            type: 'asset',
            fileName: fileName.replace(/incidents\.csv$/, FIRST_VIEW_FILE),
            source: snapshot.firstView,
          });
        }
      }
    },
  };
};
