import { queryOptions } from '@tanstack/react-query';
import type { Filters } from '../../analysis/filters';
import type { MapQuery } from '../../analysis/view/mapFigures';
import type { LoadedDataset } from '../data/datasetQuery';
import type { MapSettings } from '../url/viewState';

/**
 * The map's figures, computed in the dataset's worker. A light module: the dashboard asks for
 * them with a filter change, before it renders (as for its view), without loading the map.
 * Under the view key (what invalidates views invalidates these); the regions are not in it:
 * choosing one changes no figure here.
 */
export const mapFiguresQuery = (
  datasetId: string,
  loaded: LoadedDataset,
  query: MapQuery,
  workspaceKey: string,
) =>
  queryOptions({
    queryKey: ['dataset', datasetId, 'view', workspaceKey, 'map', query],
    queryFn: ({ signal }) => loaded.handle.map(query, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
    structuralSharing: false,
  });

/**
 * Whether the open map is zoomed in to districts. The zoom is not in the URL (a wheel would
 * write history at every step), so the dashboard's early request asks for the level drawn.
 */
let zoomedToDistricts = false;
export const setZoomedToDistricts = (zoomed: boolean) => {
  zoomedToDistricts = zoomed;
};

/** The map's query for a view: its filters less the regions (those are outlined, not applied). */
export const mapQueryOf = (filters: Filters, settings: MapSettings): MapQuery => ({
  filters: { ...filters, regions: [] },
  level: zoomedToDistricts ? 'districts' : settings.level,
});
