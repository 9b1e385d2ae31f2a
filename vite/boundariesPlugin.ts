import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { BOUNDARIES_ASSET, boundariesTopology } from './boundariesTopology.ts';

/**
 * Simplifies the team's OCHA boundaries (../shared/data) into one TopoJSON file when the app
 * is built or served, so the repository holds none of them. Without ../shared the file is not
 * made: the map says the boundaries are unavailable and everything else works as before.
 */
export const boundariesPlugin = (sharedDataDir = resolve('..', 'shared', 'data')): Plugin => {
  let made: string | null | undefined;
  const topology = () => {
    made ??= boundariesTopology(sharedDataDir);
    return made;
  };
  return {
    name: 'tolltrack-boundaries',
    configureServer(server) {
      server.middlewares.use(`/${BOUNDARIES_ASSET}`, (_req, res) => {
        const text = topology();
        res.statusCode = text ? 200 : 404;
        res.setHeader('Content-Type', 'application/json');
        res.end(text ?? '');
      });
    },
    generateBundle() {
      const text = topology();
      if (text) this.emitFile({ type: 'asset', fileName: BOUNDARIES_ASSET, source: text });
      else
        this.warn(
          `no map boundaries: ${sharedDataDir} lacks the OCHA GeoJSON; the map will say they are unavailable`,
        );
    },
  };
};
