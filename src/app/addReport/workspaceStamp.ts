import type { Workspace } from './workspaceSchema';

/**
 * Which unpublished records a view included, short enough for a link: their number and a
 * fingerprint of their content. Record ids (W-1, W-2 …) repeat from browser to browser, so only
 * the content tells whether another browser holds the same records.
 */
export interface WorkspaceStamp {
  count: number;
  /** FNV-1a (32 bits) of the records and their reports, as 8 hex digits. */
  fingerprint: string;
}

const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/** The stamp of a workspace's accepted records, or null when it holds none. */
export const workspaceStamp = (
  workspace: Pick<Workspace, 'incidents' | 'reports'> | null,
): WorkspaceStamp | null => {
  if (!workspace || workspace.incidents.length === 0) return null;
  return {
    count: workspace.incidents.length,
    fingerprint: fnv1a(JSON.stringify([workspace.incidents, workspace.reports])),
  };
};

export const sameStamp = (a: WorkspaceStamp | null, b: WorkspaceStamp | null): boolean =>
  a !== null && b !== null && a.count === b.count && a.fingerprint === b.fingerprint;
