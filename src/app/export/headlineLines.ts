import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { ViewSummary } from '../../analysis/view/viewTypes';
import { formatCount } from '../format';

/**
 * The headline's figures as lines for an exported image: the largest stated total with its
 * terms and source, then what the incident records document. An image quoted without the page
 * still says what each number counts.
 */
export const headlineLines = (summary: ViewSummary, reconciled: boolean): string[] => {
  const lines: string[] = [];
  const lead = summary.statedTotals[0];
  if (lead) {
    const others = summary.statedTotals.length - 1;
    lines.push(
      `Stated by the sources: ${shortSourceName(lead.source)}, ${lead.wording} (${lead.area})${others > 0 ? `; ${others} other source${others === 1 ? '' : 's'} state${others === 1 ? 's' : ''} other totals` : ''}. Stated totals overlap and are never added.`,
    );
  }
  const what = reconciled
    ? `${formatCount(summary.incidents)} incident${summary.incidents === 1 ? '' : 's'}`
    : `${formatCount(summary.records)} record${summary.records === 1 ? '' : 's'}`;
  const killed =
    summary.killedBest !== null
      ? `best estimate ${formatCount(summary.killedBest)} killed (low ${formatCount(summary.killedMin)} – high ${formatCount(summary.killedMax)})`
      : `at least ${formatCount(summary.killedMin)} killed${summary.killedMax > summary.killedMin ? `, up to ${formatCount(summary.killedMax)} by the highest figures reported` : ''}`;
  const children =
    summary.childrenReported > 0
      ? `; children among them: at least ${formatCount(summary.childrenMin)}`
      : '';
  lines.push(`Documented in ${what}: ${killed}${children}.`);
  return lines;
};
