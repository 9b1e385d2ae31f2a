import { reportText } from '../../ingest/extract/htmlToText';
import type { Reading } from './useProposeRecords';
import type { Draft } from './workspaceSchema';

const readDroppedFile = async (file: File): Promise<string> => {
  const text = await file.text();
  return reportText(file.name, text);
};

interface Props {
  draft: Draft;
  setDraft: (change: Partial<Draft>) => void;
  notice: string | null;
  reading: Reading | null;
  status: string;
  saveError: string | null;
  onPropose: () => void;
  onNewReport: () => void;
}

const DraftFields = ({ draft, setDraft }: Pick<Props, 'draft' | 'setDraft'>) => (
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
);

/** The report being added: where it comes from, its text, and the button that reads it. */
export const ReportForm = (props: Props) => {
  const { draft, setDraft, notice, reading, status, saveError } = props;
  return (
    <section className="add-form" aria-labelledby="add-title">
      <h2 id="add-title">Add a report</h2>
      <p className="section-note">
        Paste the text or drop a .txt or .html file. Nothing leaves this browser: records you accept
        are kept in its local workspace, marked unpublished, until you export them as rows for{' '}
        <code>data/</code>.
      </p>
      {notice && (
        <p role="alert" className="section-note" data-testid="workspace-set-aside">
          {notice}
        </p>
      )}
      <DraftFields draft={draft} setDraft={setDraft} />
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
          onClick={props.onPropose}
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
        <button type="button" onClick={props.onNewReport}>
          Start a new report
        </button>
        <output aria-live="polite" className="export-status">
          {status}
          {saveError ? ` · ${saveError}` : ''}
        </output>
      </div>
    </section>
  );
};
