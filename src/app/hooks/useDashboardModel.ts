import { useMemo } from 'react';
import { compareSeries } from '../../analysis/compareSeries';
import { cumulativeMarkers } from '../../analysis/cumulativeMarkers';
import { cumulativeSeries } from '../../analysis/cumulativeSeries';
import { toDayNumber } from '../../analysis/dayNumber';
import { eventTypeOptions, regionOptions, sourceOptions } from '../../analysis/filterOptions';
import { filterRecords, NO_FILTERS } from '../../analysis/filters';
import { buildGazetteer } from '../../analysis/gazetteer';
import { headlineFigures } from '../../analysis/headlineFigures';
import { clusterIncidents } from '../../analysis/reconcile/clusterIncidents';
import { incidentsAsRecords } from '../../analysis/reconcile/incidentsAsRecords';
import { summarise } from '../../analysis/summary';
import { chooseBinUnit } from '../../analysis/timeBins';
import type { Dataset } from '../../model/dataset';
import type { ViewState } from '../url/viewState';

/** Connects the pure analysis functions to the view; components only render what this returns. */
export const useDashboardModel = (dataset: Dataset, view: ViewState) => {
  const base = useMemo(() => {
    const gazetteer = buildGazetteer(dataset.places);
    const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
    // Clustering looks at the whole dataset once; filters then pick incidents from it.
    const clusters = clusterIncidents(dataset.incidents, gazetteer, dataset.decisions ?? []);
    return {
      gazetteer,
      reportsById,
      clusters,
      /** Every incident with its sources, for provenance panels opened from any view. */
      allIncidents: summarise(dataset, NO_FILTERS, gazetteer, clusters).incidentDetails,
      options: {
        regions: regionOptions(dataset.incidents, gazetteer),
        sources: sourceOptions(dataset.incidents, reportsById),
        eventTypes: eventTypeOptions(dataset.incidents),
      },
    };
  }, [dataset]);

  const { filters } = view;
  const derived = useMemo(() => {
    const { gazetteer, reportsById } = base;
    const filtered = filterRecords(dataset.incidents, filters, { gazetteer, reportsById });
    const headline = headlineFigures(filtered.incidents, reportsById, gazetteer);
    // The same function as `npm run summary`: the dashboard and the CLI cannot disagree.
    const summary = summarise(dataset, filters, gazetteer, base.clusters);
    // The time axis spans the incidents and the stated totals shown beside them.
    let spanFrom = headline.firstDate;
    let spanTo = headline.lastDate;
    for (const r of filtered.cumulative) {
      const start = r.periodStart ?? r.dateEnd;
      if (start && (spanFrom === null || start < spanFrom)) spanFrom = start;
      if (r.dateEnd && (spanTo === null || r.dateEnd > spanTo)) spanTo = r.dateEnd;
    }
    const from = filters.from ?? spanFrom;
    const to = filters.to ?? spanTo;
    const unit =
      view.unit !== 'auto'
        ? view.unit
        : from && to
          ? chooseBinUnit(toDayNumber(from), toDayNumber(to), view.mode === 'bars' ? 60 : 200)
          : 'day';
    // Charts count each incident once, like the headline.
    const incidentRecords = incidentsAsRecords(summary.incidentDetails);
    const series = cumulativeSeries(incidentRecords, { from, to, unit });
    const markers = cumulativeMarkers(filtered.cumulative, reportsById, gazetteer);
    const unfilteredByRegion =
      view.mode === 'compare'
        ? incidentsAsRecords(
            summarise(dataset, { ...filters, regions: [] }, gazetteer, base.clusters)
              .incidentDetails,
          )
        : [];
    // Without a region choice, compare every governorate that has incident records.
    const compareRegions =
      filters.regions.length > 0
        ? filters.regions
        : [
            ...new Set(
              unfilteredByRegion.flatMap((r) => gazetteer.governorateOf(r.placeId)?.id ?? []),
            ),
          ].sort();
    const compare =
      view.mode === 'compare'
        ? compareSeries(unfilteredByRegion, compareRegions, gazetteer, { from, to, unit })
        : null;
    const annotations = dataset.annotations.filter(
      (a) => (from === null || a.dateEnd >= from) && (to === null || a.dateStart <= to),
    );
    return { filtered, headline, summary, series, markers, compare, annotations, unit, from, to };
  }, [base, dataset, filters, view.unit, view.mode]);

  return { ...base, ...derived };
};

export type DashboardModel = ReturnType<typeof useDashboardModel>;
