import { useMemo } from 'react';
import { compareSeries } from '../../analysis/compareSeries';
import { cumulativeMarkers } from '../../analysis/cumulativeMarkers';
import { cumulativeSeries } from '../../analysis/cumulativeSeries';
import { toDayNumber } from '../../analysis/dayNumber';
import { eventTypeOptions, regionOptions, sourceOptions } from '../../analysis/filterOptions';
import { filterRecords } from '../../analysis/filters';
import { buildGazetteer } from '../../analysis/gazetteer';
import { headlineFigures } from '../../analysis/headlineFigures';
import { chooseBinUnit } from '../../analysis/timeBins';
import type { Dataset } from '../../model/dataset';
import type { ViewState } from '../url/viewState';

/** Connects the pure analysis functions to the view; components only render what this returns. */
export const useDashboardModel = (dataset: Dataset, view: ViewState) => {
  const base = useMemo(() => {
    const gazetteer = buildGazetteer(dataset.places);
    const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
    return {
      gazetteer,
      reportsById,
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
    const series = cumulativeSeries(filtered.incidents, { from, to, unit });
    const markers = cumulativeMarkers(filtered.cumulative, reportsById, gazetteer);
    const unfilteredByRegion =
      view.mode === 'compare'
        ? filterRecords(dataset.incidents, { ...filters, regions: [] }, { gazetteer, reportsById })
            .incidents
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
    return { filtered, headline, series, markers, compare, annotations, unit, from, to };
  }, [base, dataset, filters, view.unit, view.mode]);

  return { ...base, ...derived };
};

export type DashboardModel = ReturnType<typeof useDashboardModel>;
