import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { dashboardViewQuery, type LoadedDataset } from '../data/datasetQuery';
import { mapFiguresQuery, mapQueryOf } from '../map/mapFiguresQuery';
import { currentSearch } from '../url/useViewState';
import { type ViewState, viewFromSearch } from '../url/viewState';

/**
 * A change of view asks the worker for its figures at once, before React renders the change
 * (the render would otherwise run first and the request only from its effects).
 */
export const useSetViewAndAsk = (
  setView: (update: (view: ViewState) => ViewState) => void,
  source: { datasetId: string; loaded: LoadedDataset; workspaceKey: string },
  enabled: boolean,
) => {
  const queryClient = useQueryClient();
  const { datasetId, loaded, workspaceKey } = source;
  return useCallback(
    (update: (view: ViewState) => ViewState) => {
      // The latest view, written to the URL or about to be (useViewState).
      const next = update(viewFromSearch(currentSearch()));
      if (enabled)
        void queryClient.prefetchQuery(
          dashboardViewQuery(
            datasetId,
            loaded,
            { filters: next.filters, mode: next.mode, unit: next.unit, ranges: next.ranges },
            workspaceKey,
          ),
        );
      if (enabled && next.map)
        void queryClient.prefetchQuery(
          mapFiguresQuery(datasetId, loaded, mapQueryOf(next.filters, next.map), workspaceKey),
        );
      setView(() => next);
    },
    [queryClient, datasetId, loaded, workspaceKey, enabled, setView],
  );
};
