import type { Dataset } from '../model/dataset';
import type { Incident } from '../model/incident';
import { cumulativeMarkers } from './cumulativeMarkers';
import { type Filters, filterRecords } from './filters';
import type { Gazetteer } from './gazetteer';
import { type HeadlineFigures, headlineFigures } from './headlineFigures';

export interface CumulativeEntry {
  id: string;
  attributedTo: string[];
  area: string;
  totalType: Incident['totalType'];
  victims: Incident['victims'];
  periodStart: string | null;
  dateEnd: string | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  label: string | null;
}

/** The public JSON of `npm run summary -- --json`: extend, never break. */
export interface Summary extends HeadlineFigures {
  filters: Filters;
  /** Incidents whose date range straddles the chosen range: listed apart, not summed. */
  straddling: string[];
  cumulative: CumulativeEntry[];
}

/** The headline figures for a filter: the same code path for the dashboard and the CLI. */
export const summarise = (dataset: Dataset, filters: Filters, gazetteer: Gazetteer): Summary => {
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const filtered = filterRecords(dataset.incidents, filters, { gazetteer, reportsById });
  const markers = new Map(
    cumulativeMarkers(filtered.cumulative, reportsById, gazetteer).map((m) => [m.id, m]),
  );
  return {
    filters,
    ...headlineFigures(filtered.incidents, reportsById, gazetteer),
    straddling: filtered.straddling.map((r) => r.id),
    cumulative: filtered.cumulative.map((r) => {
      const marker = markers.get(r.id);
      return {
        id: r.id,
        attributedTo: marker?.sources ?? r.attributedTo,
        area: marker?.area ?? r.placeId,
        totalType: r.totalType,
        victims: r.victims,
        periodStart: r.periodStart,
        dateEnd: r.dateEnd,
        killedMin: r.killedMin,
        killedMax: r.killedMax,
        childrenMin: r.childrenMin,
        childrenMax: r.childrenMax,
        label: marker?.label ?? null,
      };
    }),
  };
};
