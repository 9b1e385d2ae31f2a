import { useEffect, useMemo } from 'react';
import { rememberStamp, stampedInThisTab } from '../addReport/tabStamps';
import type { Workspace } from '../addReport/workspaceSchema';
import { sameStamp, workspaceStamp } from '../addReport/workspaceStamp';
import { UnpublishedSwitch } from '../components/UnpublishedSwitch';
import type { ViewState } from '../url/viewState';

/**
 * This browser's unpublished records join the view only when it asks for them ("Include my
 * unpublished records", `mine=` in the URL). Returns them (or null), the switch, and the set
 * of their ids for the table's marks.
 */
export const useUnpublished = (
  own: Workspace | null,
  view: ViewState,
  setView: (update: (view: ViewState) => ViewState) => void,
) => {
  const ownStamp = useMemo(() => workspaceStamp(own), [own]);
  const workspace = view.unpublished !== null && ownStamp !== null ? own : null;
  const mismatch = view.unpublished !== null && !sameStamp(view.unpublished, ownStamp);
  useEffect(() => {
    // This tab's own link after the analyst accepted more records: brought up to date.
    if (mismatch && ownStamp && view.unpublished && stampedInThisTab(view.unpublished)) {
      rememberStamp(ownStamp);
      setView((v) => ({ ...v, unpublished: ownStamp }));
    }
  }, [mismatch, ownStamp, view.unpublished, setView]);
  const toggle = (
    <UnpublishedSwitch
      own={ownStamp}
      linked={view.unpublished}
      mismatch={mismatch}
      onChange={(include) => {
        if (include && ownStamp) rememberStamp(ownStamp);
        setView((v) => ({ ...v, unpublished: include ? ownStamp : null }));
      }}
    />
  );
  const ids = useMemo(() => new Set(workspace?.incidents.map((r) => r.id) ?? []), [workspace]);
  const key = workspace ? JSON.stringify([workspace.incidents, workspace.reports]) : '';
  return { workspace, toggle, ids, key };
};
