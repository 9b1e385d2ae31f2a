import type { Incident } from './incident';
import type { Report } from './report';

/**
 * The organisations a record's figure is attributed to: its own `attributed_to` when coded,
 * otherwise everything its reports attribute figures to. The one rule: validation (revisions
 * must share a source), reconciliation and every per-source figure read it.
 */
export const sourcesOf = (
  record: Pick<Incident, 'attributedTo' | 'reportIds'>,
  reportsById: ReadonlyMap<string, Report>,
): string[] => {
  if (record.attributedTo.length > 0) return record.attributedTo;
  const names = new Set<string>();
  for (const id of record.reportIds) {
    for (const name of reportsById.get(id)?.attributedTo ?? []) names.add(name);
  }
  return [...names];
};
