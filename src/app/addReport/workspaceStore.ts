import { createStore, get, set } from 'idb-keyval';
import { z } from 'zod';
import { draftSchema, EMPTY_WORKSPACE, type Workspace, workspaceSchema } from './workspaceSchema';

const KEY = 'workspace';
const store = () => createStore('tolltrack', 'workspace');

/**
 * Reads the workspace from IndexedDB. A stored value that no longer matches the schema is not
 * thrown away silently: the error says so, and the raw value stays in storage.
 */
export const loadWorkspace = async (): Promise<Workspace> => {
  const raw = await get(KEY, store());
  const parsed = workspaceSchema.safeParse(raw ?? EMPTY_WORKSPACE);
  if (!parsed.success) {
    throw new Error(
      `the saved workspace could not be read (${parsed.error.issues[0]?.message ?? 'invalid'}); it is kept in IndexedDB "tolltrack"`,
    );
  }
  // A reload can come before IndexedDB has committed the last keystroke; the synchronous
  // localStorage copy of the draft is then newer, and wins.
  const mirror = readDraftMirror();
  if (mirror && mirror.savedAt > parsed.data.savedAt) {
    return { ...parsed.data, draft: mirror.draft, savedAt: mirror.savedAt };
  }
  return parsed.data;
};

export const saveWorkspace = async (workspace: Workspace): Promise<void> => {
  await set(KEY, workspace, store());
};

const MIRROR_KEY = 'tolltrack:draft';
const mirrorSchema = z.object({ savedAt: z.number(), draft: draftSchema });

/** Synchronous copy of the draft: survives a reload that interrupts IndexedDB. */
export const mirrorDraft = (workspace: Workspace): void => {
  try {
    localStorage.setItem(
      MIRROR_KEY,
      JSON.stringify({ savedAt: workspace.savedAt, draft: workspace.draft }),
    );
  } catch {
    // Storage full or disabled: IndexedDB still holds the workspace.
  }
};

const readDraftMirror = () => {
  try {
    const parsed = mirrorSchema.safeParse(JSON.parse(localStorage.getItem(MIRROR_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};
