import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The team's real data beside the clone (../shared/data, read-only, never copied into the
 * repository). Tests that need it fail loudly when it is missing: CI has it beside the clone.
 */
const shared = (name: string): string => {
  const path = fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));
  if (!existsSync(path))
    throw new Error(`${path} is missing: the team data must sit beside the clone (../shared)`);
  return path;
};

/** UCDP GED events for Syria 2016–2019 (shared/data/SOURCES.md). */
export const UCDP_GED_FILE = shared('ucdp-ged-syria.csv');
