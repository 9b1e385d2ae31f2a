import { createStore, get, set } from 'idb-keyval';
import { z } from 'zod';
import { isoDayOfDate } from '../../model/dayNumber';
import { type ReadWorkspace, readWorkspace } from './readWorkspace';
import { draftSchema, type Workspace } from './workspaceSchema';

const KEY = 'workspace';
const store = () => createStore('tolltrack', 'workspace');

/**
 * Reads the workspace from IndexedDB, entry by entry with validate's rules (readWorkspace). An
 * entry that fails is never thrown away silently: it is copied to its own key ("set-aside:…")
 * in the same store before anything is saved over it, and the page says so; the rest loads.
 */
export const loadWorkspace = async (): Promise<ReadWorkspace> => {
  const raw = await get(KEY, store());
  const read = readWorkspace(raw, isoDayOfDate(new Date()));
  if (read.setAside.length > 0) await set(`set-aside:${Date.now()}`, read.setAside, store());
  // A reload can come before IndexedDB has committed the last keystroke; the synchronous
  // localStorage copy of the draft is then newer, and wins.
  const mirror = readDraftMirror();
  if (mirror && mirror.savedAt > read.workspace.savedAt) {
    return {
      ...read,
      workspace: { ...read.workspace, draft: mirror.draft, savedAt: mirror.savedAt },
    };
  }
  return read;
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
