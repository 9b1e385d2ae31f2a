import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ExtractedRecord } from '../../ingest/extract/extractedRecord';
import { reportText } from '../../ingest/extract/htmlToText';
import { downloadFile } from '../export/downloadFile';
import { formatDayRange, formatFigure } from '../format';
import { acceptCandidate } from './acceptCandidate';
import { CandidateCard } from './CandidateCard';
import { ExtractionCancelled, extractInWorker } from './extractInWorker';
import { HighlightedText } from './HighlightedText';
import { placesQuery } from './placesQuery';
import { toCandidates } from './toCandidates';
import type { WorkspaceState } from './useWorkspace';
import { incidentRows, reportRows } from './workspaceRows';
import { type Draft, EMPTY_DRAFT } from './workspaceSchema';

const readDroppedFile = async (file: File): Promise<string> => {
  const text = await file.text();
  return reportText(file.name, text);
};

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
  const [problems, setProblems] = useState<Record<string, { column: string; message: string }[]>>(
    {},
  );
  const [status, setStatus] = useState('');
  const [reading, setReading] = useState<{
    cancel: () => void;
    done: number;
    total: number;
  } | null>(null);
  const knownPlaceIds = useMemo(() => new Set((places.data ?? []).map((p) => p.id)), [places.data]);

  if (error) return <p role="alert">The workspace could not be opened: {error.message}</p>;
  if (!workspace || places.isPending)
    return <output className="status">Opening the workspace…</output>;
  if (places.isError) return <p role="alert">{places.error.message}</p>;
  const draft = workspace.draft;
  const setDraft = (change: Partial<Draft>) =>
    update((w) => ({ ...w, draft: { ...w.draft, ...change } }));

  const propose = async () => {
    if (!draft.published) {
      setStatus('Give the publication date first: relative dates ("on Sunday") are read from it.');
      return;
    }
    setStatus('Reading the report…');
    // Read in a worker (loaded on demand): the page stays responsive and can stop the reading.
    const job = extractInWorker(
      {
        text: draft.text,
        published: draft.published,
        publisher: draft.publisher || undefined,
        url: draft.url || undefined,
        gazetteer: places.data ?? [],
      },
      (done, total) => setReading((r) => (r ? { ...r, done, total } : r)),
    );
    setReading({ cancel: job.cancel, done: 0, total: 0 });
    let records: ExtractedRecord[];
    try {
      records = await job.records;
    } catch (e) {
      setStatus(
        e instanceof ExtractionCancelled
          ? e.message
          : `The report could not be read: ${(e as Error).message}`,
      );
      return;
    } finally {
      setReading(null);
    }
    setDraft({ candidates: toCandidates(records, `c${Date.now().toString(36)}`) });
    setProblems({});
    setStatus(
      records.length === 0
        ? 'No casualty figures found in this text.'
        : `${records.length} records proposed.`,
    );
  };

  return (
    <div className="add-report">
      <section className="add-form" aria-labelledby="add-title">
        <h2 id="add-title">Add a report</h2>
        <p className="section-note">
          Paste the text or drop a .txt or .html file. Nothing leaves this browser: records you
          accept are kept in its local workspace, marked unpublished, until you export them as rows
          for <code>data/</code>.
        </p>
        {notice && (
          <p role="alert" className="section-note" data-testid="workspace-set-aside">
            {notice}
          </p>
        )}
        <div className="add-fields">
          <label>
            Publisher
            <input
              value={draft.publisher}
              onChange={(e) => setDraft({ publisher: e.currentTarget.value })}
            />
          </label>
          <label>
            Published
            <input
              type="date"
              value={draft.published}
              onChange={(e) => setDraft({ published: e.currentTarget.value as Draft['published'] })}
            />
          </label>
          <label>
            URL
            <input
              type="url"
              value={draft.url}
              onChange={(e) => setDraft({ url: e.currentTarget.value })}
              placeholder="https://…"
            />
          </label>
          <label>
            Figures attributed to (optional, | between names)
            <input
              value={draft.attributedTo}
              onChange={(e) => setDraft({ attributedTo: e.currentTarget.value })}
            />
          </label>
        </div>
        <label className="report-input">
          Report text
          <textarea
            rows={8}
            value={draft.text}
            onChange={(e) => setDraft({ text: e.currentTarget.value })}
            onDrop={async (e) => {
              const file = e.dataTransfer.files[0];
              if (!file) return;
              e.preventDefault();
              setDraft({ text: await readDroppedFile(file) });
            }}
          />
        </label>
        <div className="add-actions">
          <label className="file-pick">
            Or open a file
            <input
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (file) setDraft({ text: await readDroppedFile(file) });
              }}
            />
          </label>
          <button
            type="button"
            className="primary"
            onClick={propose}
            disabled={!draft.text.trim() || reading !== null}
          >
            Propose records
          </button>
          {reading && (
            <>
              <progress
                aria-label="Reading the report"
                max={reading.total || 1}
                value={reading.total ? reading.done : undefined}
              />
              <button type="button" onClick={reading.cancel}>
                Cancel
              </button>
            </>
          )}
          <button type="button" onClick={() => update((w) => ({ ...w, draft: EMPTY_DRAFT }))}>
            Start a new report
          </button>
          <output aria-live="polite" className="export-status">
            {status}
            {saveError ? ` · ${saveError}` : ''}
          </output>
        </div>
      </section>
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
                onChange={(record) =>
                  setDraft({
                    candidates: draft.candidates.map((c) =>
                      c.key === candidate.key ? { ...c, record } : c,
                    ),
                  })
                }
                onReject={() =>
                  setDraft({
                    candidates: draft.candidates.map((c) =>
                      c.key === candidate.key ? { ...c, status: 'rejected' } : c,
                    ),
                  })
                }
                onAccept={() => {
                  const result = acceptCandidate(workspace, candidate, knownPlaceIds);
                  setProblems((p) => ({ ...p, [candidate.key]: result.ok ? [] : result.problems }));
                  if (result.ok) update(() => result.workspace);
                }}
              />
            ))}
          </div>
        </div>
      )}
      <section className="workspace" aria-labelledby="workspace-title">
        <h2 id="workspace-title">
          Unpublished records in this browser{' '}
          <span data-testid="workspace-count">{workspace.incidents.length}</span>
        </h2>
        {workspace.incidents.length === 0 ? (
          <p className="section-note">
            None yet. Accepted records appear here and in the charts, marked unpublished.
          </p>
        ) : (
          <>
            <ul className="workspace-list">
              {workspace.incidents.map((r) => (
                <li key={r.id} data-testid="workspace-record">
                  <strong>{r.id}</strong> {r.kind} · {formatFigure(r.killedMin, r.killedMax)} killed
                  {r.dateStart && r.dateEnd ? ` · ${formatDayRange(r.dateStart, r.dateEnd)}` : ''} ·{' '}
                  {r.placeId} · {r.attributedTo.join(', ')}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      update((w) => ({ ...w, incidents: w.incidents.filter((x) => x.id !== r.id) }))
                    }
                  >
                    remove
                  </button>
                </li>
              ))}
            </ul>
            <div className="add-actions">
              <button
                type="button"
                onClick={() =>
                  downloadFile(
                    incidentRows(workspace.incidents),
                    'tolltrack-workspace-incidents.csv',
                    'text/csv;charset=utf-8',
                  )
                }
              >
                Rows for data/incidents.csv
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadFile(
                    reportRows(workspace.reports),
                    'tolltrack-workspace-reports.csv',
                    'text/csv;charset=utf-8',
                  )
                }
              >
                Rows for data/reports.csv
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
};
