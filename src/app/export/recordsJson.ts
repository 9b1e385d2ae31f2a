import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import type { ExportMeta } from './exportMeta';

/** Records and the reports they cite, with a `meta` object saying what the file holds. */
export const recordsJson = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  meta: ExportMeta,
): string => {
  const reportIds = [...new Set(records.flatMap((r) => r.reportIds))];
  return `${JSON.stringify(
    {
      meta: {
        title: meta.title,
        filters: meta.filters,
        filterText: meta.filterText,
        sources: meta.sources,
        sourceLine: meta.sourceLine,
        records: meta.records,
        reports: meta.reports,
        asOf: meta.asOf,
        exportedAt: meta.exportedAt,
        dataset: meta.dataset,
        attribution: meta.attribution,
        licence: meta.licence,
        url: meta.url,
        note: 'Records as each report states them; not de-duplicated. killedMin is a lower bound; killedMax null means the source gave only "at least".',
      },
      records,
      reports: reportIds.flatMap((id) => reportsById.get(id) ?? []),
    },
    null,
    2,
  )}\n`;
};
