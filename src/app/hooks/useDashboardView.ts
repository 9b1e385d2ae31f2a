import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildGazetteer } from '../../analysis/gazetteer';
import type { DashboardView, DatasetBase } from '../../analysis/view/viewTypes';
import { dashboardViewQuery, type LoadedDataset } from '../data/datasetQuery';
import type { ViewState } from '../url/viewState';

/**
 * Connects the worker's figures to the view; components only render what this returns. The
 * page keeps the dataset's base (places, reports, options) and the current view; records,
 * filters and sums stay in the worker.
 */
export const useDashboardView = (
  datasetId: string,
  loaded: LoadedDataset,
  view: ViewState,
  /** Which workspace records the worker holds ('' for none): views of other ones differ. */
  workspaceKey: string,
  enabled: boolean,
) => {
  const { filters, mode, unit, ranges } = view;
  const query = useMemo(() => ({ filters, mode, unit, ranges }), [filters, mode, unit, ranges]);
  return useQuery({
    ...dashboardViewQuery(datasetId, loaded, query, workspaceKey),
    enabled,
    // While the next view is computed, the current one stays on screen.
    placeholderData: keepPreviousData,
  });
};

/** The model the components draw: the base and one view, with lookups rebuilt on the page. */
export const useDashboardModel = (base: DatasetBase, view: DashboardView) => {
  const lookups = useMemo(
    () => ({
      gazetteer: buildGazetteer(base.places),
      reportsById: new Map(base.reports.map((r) => [r.id, r])),
    }),
    [base],
  );
  return useMemo(
    () => ({
      ...lookups,
      allIncidents: base.allIncidents,
      options: base.options,
      reconciled: base.reconciled,
      ...view,
    }),
    [lookups, base, view],
  );
};

export type DashboardModel = ReturnType<typeof useDashboardModel>;
