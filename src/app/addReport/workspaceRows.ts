import { INCIDENT_COLUMNS, type Incident, incidentToRow } from '../../model/incident';
import { REPORT_COLUMNS, type Report } from '../../model/report';
import { quoteCsvField } from '../export/csvCell';

const line = (cells: readonly string[]) => cells.map(quoteCsvField).join(',');

/**
 * Accepted records as rows for data/incidents.csv, header included: the repository's own
 * format, written faithfully (these files are data, not spreadsheets to open).
 */
export const incidentRows = (incidents: readonly Incident[]): string =>
  `${[
    line(INCIDENT_COLUMNS),
    ...incidents.map((incident) => {
      const row = incidentToRow(incident);
      return line(INCIDENT_COLUMNS.map((c) => row[c]));
    }),
  ].join('\n')}\n`;

export const reportRows = (reports: readonly Report[]): string =>
  `${[
    line(REPORT_COLUMNS),
    ...reports.map((r) =>
      line([
        r.id,
        r.publisher,
        r.attributedTo.join('|'),
        r.url,
        r.published ?? '',
        r.title ?? '',
        r.language ?? '',
      ]),
    ),
  ].join('\n')}\n`;
