import { queryOptions } from '@tanstack/react-query';
import type { MapQuery } from '../../analysis/view/mapFigures';
import { BOUNDARIES_FILE } from '../../model/boundaries';
import type { LoadedDataset } from '../data/datasetQuery';
import { fetchMapGeometry } from './mapGeometry';

/**
 * The map's figures, computed in the dataset's worker. Under the view key (what invalidates
 * views invalidates these); the regions are not in it: choosing one changes no figure here.
 */
export const mapFiguresQuery = (
  datasetId: string,
  loaded: LoadedDataset,
  query: MapQuery,
  workspaceKey: string,
) =>
  queryOptions({
    queryKey: ['dataset', datasetId, 'view', workspaceKey, 'map', query],
    queryFn: () => loaded.handle.map(query),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
    structuralSharing: false,
  });

/** The build's boundaries, projected once for the whole session (null: not in this build). */
export const mapGeometryQuery = () =>
  queryOptions({
    queryKey: ['map-boundaries'],
    queryFn: () => fetchMapGeometry(new URL(BOUNDARIES_FILE, document.baseURI).href),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
