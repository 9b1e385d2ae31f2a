import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Files of the data folders the app fetches at run time (CSV and their READMEs). */
const listDataFiles = (root: string): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.csv')) out.push(path);
    }
  };
  walk(root);
  return out;
};

/**
 * Serves `data/` at `/data/` in development and copies it into the build, so the bundled
 * dataset stays plain, reviewable CSV in git and is fetched (not bundled into the JS).
 */
export const dataDirPlugin = (dataDir = 'data'): Plugin => {
  const root = resolve(dataDir);
  return {
    name: 'tolltrack-data-dir',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const path = resolve(
          root,
          decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(1),
        );
        if (!path.startsWith(root + sep) || !path.endsWith('.csv')) return next();
        try {
          const body = readFileSync(path);
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const path of listDataFiles(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(root, path).split(sep).join('/')}`,
          source: readFileSync(path),
        });
      }
    },
  };
};
