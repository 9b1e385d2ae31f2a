import { queryOptions } from '@tanstack/react-query';
import { BOUNDARIES_FILE } from '../../model/boundaries';
import { fetchMapGeometry } from './mapGeometry';

/** The build's boundaries, projected once for the whole session (null: not in this build). */
export const mapGeometryQuery = () =>
  queryOptions({
    queryKey: ['map-boundaries'],
    queryFn: () => fetchMapGeometry(new URL(BOUNDARIES_FILE, document.baseURI).href),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
