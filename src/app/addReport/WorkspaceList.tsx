import { downloadFile } from '../export/downloadFile';
import { formatDayRange, formatFigure } from '../format';
import { incidentRows, reportRows } from './workspaceRows';
import type { Workspace } from './workspaceSchema';

const CSV = 'text/csv;charset=utf-8';

/** The records accepted in this browser, unpublished, with their rows for data/ to download. */
export const WorkspaceList = ({
  workspace,
  onRemove,
}: {
  workspace: Workspace;
  onRemove: (id: string) => void;
}) => (
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
              <button type="button" className="link-button" onClick={() => onRemove(r.id)}>
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
                CSV,
              )
            }
          >
            Rows for data/incidents.csv
          </button>
          <button
            type="button"
            onClick={() =>
              downloadFile(reportRows(workspace.reports), 'tolltrack-workspace-reports.csv', CSV)
            }
          >
            Rows for data/reports.csv
          </button>
        </div>
      </>
    )}
  </section>
);
