import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setAsideNotice } from './readWorkspace';
import type { Workspace } from './workspaceSchema';
import { loadWorkspace, mirrorDraft, saveWorkspace } from './workspaceStore';

export const workspaceQuery = () =>
  queryOptions({
    queryKey: ['workspace'],
    queryFn: loadWorkspace,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

const SAVE_DELAY_MS = 250;

/**
 * The workspace as local state, saved to IndexedDB shortly after every change and when the
 * page is hidden: what an analyst typed survives a reload.
 */
export const useWorkspace = () => {
  const query = useQuery(workspaceQuery());
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const pending = useRef<Workspace | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  if (workspace === null && query.data) setWorkspace(query.data.workspace);
  // The workspace an update starts from: the last one committed or asked for, so two updates
  // in one event both apply, and the updater given to React stays free of side effects.
  const latest = useRef<Workspace | null>(null);
  useLayoutEffect(() => {
    latest.current = workspace;
  }, [workspace]);

  const flush = useCallback(() => {
    const value = pending.current;
    if (!value) return;
    pending.current = null;
    saveWorkspace(value).then(
      () => setSaveError(null),
      (error: Error) => setSaveError(`not saved: ${error.message}`),
    );
  }, []);

  useEffect(() => {
    const timer = setInterval(flush, SAVE_DELAY_MS);
    window.addEventListener('pagehide', flush);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (workspace: Workspace) => Workspace) => {
      const current = latest.current;
      if (!current) return;
      const next = { ...change(current), savedAt: Date.now() };
      latest.current = next;
      setWorkspace(next);
      pending.current = next;
      mirrorDraft(next);
      queueMicrotask(flush);
    },
    [flush],
  );

  const notice = setAsideNotice(query.data?.setAside ?? []);
  return { workspace, update, error: query.error, saveError, notice, isPending: query.isPending };
};

export type WorkspaceState = ReturnType<typeof useWorkspace>;
