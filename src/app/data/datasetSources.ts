import { findBundledDataset } from './bundledDatasets';

/** Where a dataset comes from, as the page must say it. */
export interface DatasetInfo {
  kind: 'bundled' | 'imported' | 'synthetic';
  /** Folder under the site root, ending in '/' ('' for an imported file). */
  path: string;
  label: string;
  /** Shown wherever the data is shown. */
  attribution: string;
}

const IMPORTED_PREFIX = 'imported:';
const SYNTHETIC_PREFIX = 'synthetic:';
/** Test-only folders of generated data (bench/ui.ts writes them into the built site). */
const SYNTHETIC_PATH = /^bench-synthetic\/[a-z0-9-]+\/$/;

export const isImportedDataset = (id: string): boolean => id.startsWith(IMPORTED_PREFIX);

/** The id of the n-th file imported in this page: `imported:<n>:<file name>`. */
export const importedDatasetId = (n: number, fileName: string): string =>
  `${IMPORTED_PREFIX}${n}:${fileName}`;

const importedFileName = (id: string): string =>
  id.slice(IMPORTED_PREFIX.length).replace(/^\d+:/, '');

/**
 * Bundled datasets by id; an imported file by its name (never as bundled data); a synthetic
 * benchmark folder always labelled SYNTHETIC, so generated figures cannot pass for real ones.
 */
export const describeDataset = (id: string): DatasetInfo | null => {
  const bundled = findBundledDataset(id);
  if (bundled) return { kind: 'bundled', ...bundled };
  if (isImportedDataset(id)) {
    const name = importedFileName(id);
    return {
      kind: 'imported',
      path: '',
      label: `${name} (imported file)`,
      attribution: `Figures from ${name}, imported in this browser; cite the file's own source. Places: UN OCHA (CC BY 3.0 IGO).`,
    };
  }
  if (id.startsWith(SYNTHETIC_PREFIX)) {
    const path = id.slice(SYNTHETIC_PREFIX.length);
    if (!SYNTHETIC_PATH.test(path)) return null;
    return {
      kind: 'synthetic',
      path,
      label: `SYNTHETIC benchmark data (${path}): not real events`,
      attribution: 'SYNTHETIC data generated for a benchmark. These are not real deaths.',
    };
  }
  return null;
};
