import { INCIDENT_COLUMNS, type Incident, incidentToRow } from '../../model/incident';
import type { Report } from '../../model/report';
import { commentLine, csvLine } from './csvCell';
import type { ExportMeta } from './exportMeta';

/** Extra columns after the dataset's own: the sources' addresses, so every row is traceable. */
export const EXPORT_EXTRA_COLUMNS = ['report_urls', 'report_publishers'] as const;

/**
 * The records behind a view, in the dataset's own columns (data/README.md), UTF-8 with a BOM so
 * spreadsheets show Arabic names, and `#` comment lines above the header that say what the
 * file holds. Tolltrack's own CSV reader skips those lines, so the file reads back.
 */
export const recordsCsv = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  meta: ExportMeta,
): string => {
  const comment = commentLine;
  const lines = [
    comment(meta.title),
    comment(`Filters: ${meta.filterText}`),
    comment(meta.sourceLine),
    comment(
      `${meta.records} records from ${meta.reports} reports; data as of ${meta.asOf ?? 'unknown'}; exported ${meta.exportedAt}`,
    ),
    comment(`Licence: ${meta.licence}`),
    comment(`View: ${meta.url}`),
    csvLine([...INCIDENT_COLUMNS, ...EXPORT_EXTRA_COLUMNS]),
  ];
  for (const record of records) {
    const row = incidentToRow(record);
    const reports = record.reportIds.flatMap((id) => reportsById.get(id) ?? []);
    lines.push(
      csvLine([
        ...INCIDENT_COLUMNS.map((column) => row[column]),
        reports.map((r) => r.url).join('|'),
        reports.map((r) => r.publisher).join('|'),
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
