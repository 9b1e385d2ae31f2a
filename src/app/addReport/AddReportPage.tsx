import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { acceptCandidate } from './acceptCandidate';
import { CandidateCard } from './CandidateCard';
import { HighlightedText } from './HighlightedText';
import { placesQuery } from './placesQuery';
import { ReportForm } from './ReportForm';
import { useProposeRecords } from './useProposeRecords';
import type { WorkspaceState } from './useWorkspace';
import { WorkspaceList } from './WorkspaceList';
import { type Candidate, type Draft, EMPTY_DRAFT } from './workspaceSchema';

type Problems = Record<string, { column: string; message: string }[]>;

/**
 * Paste or drop a report; Tolltrack proposes records with the words behind every number
 * marked; the analyst edits, accepts or rejects each. Accepted records stay in this browser's
 * workspace (IndexedDB) until they are exported as rows for data/.
 */
export const AddReportPage = ({
  workspace: { workspace, update, error, saveError, notice },
}: {
  workspace: WorkspaceState;
}) => {
  const places = useQuery(placesQuery());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const knownPlaceIds = useMemo(() => new Set((places.data ?? []).map((p) => p.id)), [places.data]);
  const setDraft = (change: Partial<Draft>) =>
    update((w) => ({ ...w, draft: { ...w.draft, ...change } }));
  const { propose, reading, status } = useProposeRecords(places.data ?? [], (candidates) => {
    setDraft({ candidates });
    setProblems({});
  });

  if (error) return <p role="alert">The workspace could not be opened: {error.message}</p>;
  if (!workspace || places.isPending)
    return <output className="status">Opening the workspace…</output>;
  if (places.isError) return <p role="alert">{places.error.message}</p>;
  const draft = workspace.draft;
  const changeCandidate = (key: string, change: Partial<Candidate>) =>
    setDraft({
      candidates: draft.candidates.map((c) => (c.key === key ? { ...c, ...change } : c)),
    });
  const accept = (candidate: Candidate) => {
    const result = acceptCandidate(workspace, candidate, knownPlaceIds);
    setProblems((p) => ({ ...p, [candidate.key]: result.ok ? [] : result.problems }));
    if (result.ok) update(() => result.workspace);
  };

  return (
    <div className="add-report">
      <ReportForm
        draft={draft}
        setDraft={setDraft}
        notice={notice}
        reading={reading}
        status={status}
        saveError={saveError}
        onPropose={() => void propose(draft)}
        onNewReport={() => update((w) => ({ ...w, draft: EMPTY_DRAFT }))}
      />
      {draft.candidates.length > 0 && (
        <div className="review">
          <HighlightedText text={draft.text} candidates={draft.candidates} activeKey={activeKey} />
          <div className="candidates">
            {draft.candidates.map((candidate) => (
              <CandidateCard
                key={candidate.key}
                candidate={candidate}
                places={places.data ?? []}
                problems={problems[candidate.key] ?? []}
                onFocus={() => setActiveKey(candidate.key)}
                onChange={(record) => changeCandidate(candidate.key, { record })}
                onReject={() => changeCandidate(candidate.key, { status: 'rejected' })}
                onAccept={() => accept(candidate)}
              />
            ))}
          </div>
        </div>
      )}
      <WorkspaceList
        workspace={workspace}
        onRemove={(id) =>
          update((w) => ({ ...w, incidents: w.incidents.filter((x) => x.id !== id) }))
        }
      />
    </div>
  );
};
