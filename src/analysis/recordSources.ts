import type { Incident } from '../model/incident';
import type { Report } from '../model/report';

/**
 * The organisations a record's figure is attributed to: its own `attributed_to` when coded,
 * otherwise everything its reports attribute figures to.
 */
export const sourcesOf = (record: Incident, reportsById: ReadonlyMap<string, Report>): string[] => {
  if (record.attributedTo.length > 0) return record.attributedTo;
  const names = new Set<string>();
  for (const id of record.reportIds) {
    for (const name of reportsById.get(id)?.attributedTo ?? []) names.add(name);
  }
  return [...names];
};
