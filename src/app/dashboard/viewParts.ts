import type { Incident } from '../../model/incident';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';

/**
 * What the lists draw from one view: lookups by id, and the table's rows in the chosen period
 * (`listed`: the table's full list, when the view carries only its first page).
 */
export const viewParts = (
  model: DashboardModel,
  period: ViewState['period'],
  listed: readonly Incident[] = model.filtered.incidents,
) => {
  const { straddling, cumulative } = model.filtered;
  const all = [...listed, ...straddling];
  return {
    tableRecords: period
      ? all.filter((r) => (r.dateEnd ?? '') >= period.from && (r.dateStart ?? '') <= period.to)
      : all,
    straddling: new Set(straddling.map((r) => r.id)),
    undated: cumulative.filter((r) => r.dateEnd === null),
    incidentOfRecord: new Map(
      model.summary.incidentDetails.flatMap((i) => i.recordIds.map((id) => [id, i.id] as const)),
    ),
  };
};

export type ViewParts = ReturnType<typeof viewParts>;
