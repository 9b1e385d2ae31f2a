import { useState } from 'react';
import type { Gazetteer } from '../../analysis/gazetteer';
import type { Incident } from '../../model/incident';
import { sourcesOf } from '../../model/recordSources';
import type { Report } from '../../model/report';
import { formatDayRange, formatFigure } from '../format';
import type { SortKey, ViewState } from '../url/viewState';
import { SourceLinks } from './SourceLinks';

interface Props {
  records: Incident[];
  straddling: ReadonlySet<string>;
  unpublished: ReadonlySet<string>;
  gazetteer: Gazetteer;
  reportsById: ReadonlyMap<string, Report>;
  sort: ViewState['sort'];
  onSort: (sort: ViewState['sort']) => void;
  period: ViewState['period'];
  onClearPeriod: () => void;
  /** Opens the incident a record belongs to, with all its sources. */
  onShowRecord: (recordId: string) => void;
}

const PAGE = 100;

const COLUMNS: Array<{ key: SortKey | null; label: string }> = [
  { key: 'date', label: 'Date' },
  { key: 'place', label: 'Place' },
  { key: 'killed', label: 'Killed' },
  { key: 'children', label: 'Children' },
  { key: null, label: 'Event' },
  { key: 'source', label: 'Attributed to' },
  { key: null, label: 'Reports' },
];

export const sortRecords = (
  records: Incident[],
  sort: ViewState['sort'],
  placeName: (r: Incident) => string,
  sourceName: (r: Incident) => string,
): Incident[] => {
  const value = (r: Incident): string | number => {
    switch (sort.key) {
      case 'date':
        return r.dateStart ?? '';
      case 'place':
        return placeName(r);
      case 'killed':
        return r.killedMin ?? -1;
      case 'children':
        return r.childrenMin ?? -1;
      case 'source':
        return sourceName(r);
    }
  };
  const direction = sort.descending ? -1 : 1;
  return [...records].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const order =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb));
    return order * direction || a.id.localeCompare(b.id);
  });
};

/** The records behind the current view, each with the reports it comes from. */
export const RecordsTable = ({
  records,
  straddling,
  unpublished,
  gazetteer,
  reportsById,
  sort,
  onSort,
  period,
  onClearPeriod,
  onShowRecord,
}: Props) => {
  const placeName = (r: Incident) => {
    const lineage = gazetteer.lineage(r.placeId);
    const governorate = lineage.find((p) => p.level === 1);
    const own = lineage[0];
    if (!own) return r.placeId;
    return governorate && governorate !== own ? `${own.name}, ${governorate.name}` : own.name;
  };
  const sourceName = (r: Incident) => sourcesOf(r, reportsById).join(', ');
  const sorted = sortRecords(records, sort, placeName, sourceName);
  // Tens of thousands of rows would freeze the page: show a page at a time, never hide the count.
  const [limit, setLimit] = useState(PAGE);
  const shown = sorted.slice(0, limit);
  return (
    <section className="records" aria-labelledby="records-title">
      <div className="records-header">
        <h2 id="records-title">
          Records <span data-testid="table-count">{sorted.length}</span>
        </h2>
        {period && (
          <p className="period-chip">
            Showing {formatDayRange(period.from, period.to)} only{' '}
            <button type="button" onClick={onClearPeriod}>
              Show all dates
            </button>
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={
                    column.key === sort.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  {column.key ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSort({
                          key: column.key as SortKey,
                          descending:
                            column.key === sort.key
                              ? !sort.descending
                              : column.key === 'killed' || column.key === 'children',
                        })
                      }
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {column.key === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-testid="record-row" data-record-id={r.id}>
                <td data-label="Date" className="nowrap">
                  {r.dateStart && r.dateEnd ? formatDayRange(r.dateStart, r.dateEnd) : '–'}
                  {r.datePrecision === 'approximate' && (
                    <span className="badge" title="happened on one day within this range">
                      approx.
                    </span>
                  )}
                  {unpublished.has(r.id) && (
                    <span
                      className="badge badge-unpublished"
                      title="from this browser's workspace, not yet in data/"
                    >
                      unpublished
                    </span>
                  )}
                  {straddling.has(r.id) && (
                    <span
                      className="badge badge-warn"
                      title="partly outside the chosen dates: listed, not counted"
                    >
                      not counted
                    </span>
                  )}
                </td>
                <td data-label="Place">
                  {placeName(r)}
                  {r.place && <div className="cell-detail">{r.place}</div>}
                </td>
                <td data-label="Killed" className="num">
                  {r.kind === 'incident' && !straddling.has(r.id) ? (
                    <button
                      type="button"
                      className="cell-button"
                      onClick={() => onShowRecord(r.id)}
                      title="Show the incident and all its sources"
                    >
                      {formatFigure(r.killedMin, r.killedMax)}
                    </button>
                  ) : (
                    formatFigure(r.killedMin, r.killedMax)
                  )}
                </td>
                <td data-label="Children" className="num">
                  {r.childrenMin === null && r.childrenMax === null
                    ? ''
                    : formatFigure(r.childrenMin, r.childrenMax)}
                </td>
                <td data-label="Event">
                  {r.eventType ?? ''}
                  {r.perpetrator && (
                    <div className="cell-detail">by {r.perpetrator} (as alleged)</div>
                  )}
                </td>
                <td data-label="Attributed to">{sourceName(r)}</td>
                <td data-label="Reports">
                  <SourceLinks reports={r.reportIds.flatMap((id) => reportsById.get(id) ?? [])} />
                  {r.note && <div className="cell-detail">{r.note}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown.length && (
        <p className="table-more">
          Showing {shown.length.toLocaleString('en-GB')} of {sorted.length.toLocaleString('en-GB')}{' '}
          records (all are in the exports).{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, sorted.length - shown.length)} more
          </button>
        </p>
      )}
    </section>
  );
};
