import type { SeriesPoint } from '../../analysis/cumulativeSeries';
import { commentLine, csvLine } from './csvCell';
import type { ExportMeta } from './exportMeta';

export const SERIES_COLUMNS = [
  'period_start',
  'period_end',
  'cumulative_killed_lower',
  'cumulative_killed_upper',
  'cumulative_children_lower',
  'cumulative_children_upper',
  'new_killed_lower',
  'new_killed_upper',
  'new_children_lower',
  'records',
] as const;

/** The plotted series, one row per bin, with what the bounds mean in the header comments. */
export const seriesCsv = (points: readonly SeriesPoint[], meta: ExportMeta): string => {
  const lines = [
    commentLine(meta.title),
    commentLine(`Filters: ${meta.filterText}`),
    commentLine(meta.sourceLine),
    commentLine(
      'lower = sum of lower bounds ("at least" kept as stated); upper = highest figures reported. Records are not de-duplicated.',
    ),
    commentLine(
      `Data as of ${meta.asOf ?? 'unknown'}; exported ${meta.exportedAt}; view: ${meta.url}`,
    ),
    csvLine([...SERIES_COLUMNS]),
    ...points.map((p) =>
      csvLine([
        p.start,
        p.end,
        p.lower,
        p.upper,
        p.childrenLower,
        p.childrenUpper,
        p.newLower,
        p.newUpper,
        p.newChildrenLower,
        p.records,
      ]),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
