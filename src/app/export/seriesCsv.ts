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
  'cumulative_killed_best',
  'new_killed_best',
] as const;

/** The plotted series, one row per bin, with what the bounds mean in the header comments. */
export const seriesCsv = (
  points: readonly SeriesPoint[],
  meta: ExportMeta,
  /** The best estimates' points, when the data has them (coded event data). */
  best: readonly SeriesPoint[] | null = null,
): string => {
  const lines = [
    commentLine(meta.title),
    commentLine(`Filters: ${meta.filterText}`),
    commentLine(meta.sourceLine),
    commentLine(
      'Each incident counted once: lower = sum of its lowest figures ("at least" kept as stated); upper = highest figures reported; best = the coders\' best estimates (empty without). Records spanning several days are spread evenly over their days (or, if the link says ranges=end, counted on their last day); records = incidents lying in one bin.',
    ),
    commentLine(
      `Data as of ${meta.asOf ?? 'unknown'}; exported ${meta.exportedAt}; view: ${meta.url}`,
    ),
    csvLine([...SERIES_COLUMNS]),
    ...points.map((p, i) =>
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
        best?.[i]?.lower ?? '',
        best?.[i]?.newLower ?? '',
      ]),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
