import type { IncidentEntry } from '../../analysis/summary';
import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import type { ExportMeta } from './exportMeta';

/**
 * Records and the reports they cite, with a `meta` object saying what the file holds. Each
 * record carries its status and the incident it is counted in, as the records CSV does.
 */
export const recordsJson = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  incidentOf: ReadonlyMap<string, IncidentEntry>,
  unpublished: ReadonlySet<string>,
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
        unpublishedRecords: meta.unpublished,
        reports: meta.reports,
        asOf: meta.asOf,
        exportedAt: meta.exportedAt,
        dataset: meta.dataset,
        attribution: meta.attribution,
        licence: meta.licence,
        citation: meta.citation,
        url: meta.url,
        note: 'Each record as its report states it (killedMin is a lower bound; killedMax null: the source gave only "at least"). Reports of one event are grouped into an incident, counted once: incidentKilledLower/Upper are the incident\'s figures, which the headline sums. status "unpublished": a record from this browser\'s Add report workspace, not in the dataset.',
      },
      records: records.map((record) => {
        const incident = incidentOf.get(record.id);
        return {
          ...record,
          status: unpublished.has(record.id) ? 'unpublished' : 'published',
          incidentId: incident?.id ?? null,
          incidentKilledLower: incident?.killedMin ?? null,
          incidentKilledUpper: incident?.killedMax ?? null,
          incidentChildrenLower: incident?.childrenMin ?? null,
          incidentChildrenUpper: incident?.childrenMax ?? null,
        };
      }),
      reports: reportIds.flatMap((id) => reportsById.get(id) ?? []),
    },
    null,
    2,
  )}\n`;
};
