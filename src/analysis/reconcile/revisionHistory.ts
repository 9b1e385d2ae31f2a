import { latestPublished } from '../../model/latestPublished';
import type { Report } from '../../model/report';
import { dayMonth } from '../cumulativeMarkers';
import type { MemberFigures } from './incidentFigures';

const figure = (m: MemberFigures): string =>
  m.killedMin === null
    ? 'no figure'
    : m.killedMax === null
      ? `at least ${m.killedMin}`
      : m.killedMax === m.killedMin
        ? String(m.killedMin)
        : `${m.killedMin}–${m.killedMax}`;

/**
 * Each revised figure's history in words, oldest first: "Rescuers at the scene: at least 4,
 * raised to at least 7 on 2 Dec". Only the last figure of each history bounds the incident.
 */
export const revisionHistory = (
  members: readonly MemberFigures[],
  reports: ReadonlyMap<string, Report>,
): string[] => {
  const earlierOf = (id: string) => members.filter((m) => m.supersededBy.includes(id));
  const lines: string[] = [];
  for (const latest of members.filter((m) => m.supersededBy.length === 0)) {
    const chain: MemberFigures[] = [latest];
    for (
      let step = earlierOf(latest.recordId);
      step.length > 0;
      step = earlierOf(step[0]?.recordId ?? '')
    )
      chain.unshift(...step);
    if (chain.length < 2) continue;
    const words = chain.map((m, i) => {
      const day = latestPublished(m.reportIds, reports);
      const on = day ? ` on ${dayMonth(day)}` : '';
      if (i === 0) return `${figure(m)}${on}`;
      const before = chain[i - 1]?.killedMin ?? 0;
      const verb =
        (m.killedMin ?? 0) > before
          ? 'raised'
          : (m.killedMin ?? 0) < before
            ? 'lowered'
            : 'revised';
      return `${verb} to ${figure(m)}${on}`;
    });
    const who = latest.attributedTo.join(', ') || 'Unattributed';
    lines.push(
      `${who}: ${words.join(', ')} (${chain.map((m) => m.recordId).join(' → ')}); only the latest counts.`,
    );
  }
  return lines;
};
