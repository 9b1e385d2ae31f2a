import { useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { tableRecordsQuery } from '../data/datasetQuery';
import type { DashboardModel } from '../hooks/useDashboardView';
import { flushViewUrl } from '../url/useViewState';
import type { ViewState } from '../url/viewState';
import type { TableSource } from './tableSource';
import { viewParts } from './viewParts';

/**
 * The long lists under the chart (table, stated totals) follow the headline and chart in a
 * transition once their frame is painted, so a filter change paints the new chart first. On the
 * first render they start empty (`later` null). A large view carries the table's first page; its
 * full list is asked for with the lists, and for exports.
 */
export const useDeferredLists = (
  model: DashboardModel,
  period: ViewState['period'],
  source: TableSource,
  /** With the map open, the map writes the URL after its own paint. */
  mapOpen: boolean,
) => {
  const [later, setLater] = useState<DashboardModel | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per new figures
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (live) startTransition(() => setLater(model));
        // The new figures are painted: now the history entry.
        if (live && !mapOpen) flushViewUrl();
      }, 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [model]);
  const fullTable = useQuery({
    ...tableRecordsQuery(
      source.datasetId,
      source.loaded,
      later?.summary.filters ?? model.summary.filters,
      source.workspaceKey,
    ),
    enabled: later !== null && later.tableListed > later.filtered.incidents.length,
  });
  const queryClient = useQueryClient();
  const exportRecords = useCallback(async () => {
    const listed =
      model.tableListed > model.filtered.incidents.length
        ? await queryClient.fetchQuery(
            tableRecordsQuery(
              source.datasetId,
              source.loaded,
              model.summary.filters,
              source.workspaceKey,
            ),
          )
        : model.filtered.incidents;
    return viewParts(model, period, listed).tableRecords;
  }, [model, period, queryClient, source]);
  const laterTable =
    later && later.tableListed > later.filtered.incidents.length ? fullTable.data : undefined;
  const lists = useMemo(
    () => later && viewParts(later, period, laterTable),
    [later, period, laterTable],
  );
  return { later, lists, listsStale: later !== model, exportRecords };
};
