import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapLevel } from '../../analysis/view/mapFigures';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;

export interface MapArea {
  id: string;
  name: string;
  /** SVG path in the map's own coordinates (MAP_WIDTH × MAP_HEIGHT). */
  d: string;
  /** Where a label or a focus ring's centre goes. */
  centroid: [number, number];
}

export interface MapGeometry {
  areas: Record<MapLevel, MapArea[]>;
  /** The governorates' borders, drawn over the districts. */
  governorateBorders: string;
  project: (lon: number, lat: number) => [number, number] | null;
}

type AdminTopology = Topology<{ governorates: GeometryCollection; districts: GeometryCollection }>;

/** Projects the build's TopoJSON once: a filter change only recolours these paths. */
export const mapGeometry = (topology: AdminTopology): MapGeometry => {
  const layer = (name: MapLevel) =>
    feature(topology, topology.objects[name]) as unknown as FeatureCollection;
  const governorates = layer('governorates');
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    governorates,
  );
  const path = geoPath(projection);
  const areasOf = (collection: FeatureCollection): MapArea[] =>
    collection.features.map((f: Feature) => ({
      id: String(f.id),
      name: String(f.properties?.name ?? f.id),
      d: path(f) ?? '',
      centroid: path.centroid(f),
    }));
  return {
    areas: { governorates: areasOf(governorates), districts: areasOf(layer('districts')) },
    governorateBorders:
      path(mesh(topology, topology.objects.governorates, (a, b) => a !== b)) ?? '',
    project: (lon, lat) => projection([lon, lat]),
  };
};

/**
 * The build's boundaries, or null when the site was built without them (no ../shared): a
 * static host then answers with its page or a 404, never with the topology.
 */
export const fetchMapGeometry = async (url: string): Promise<MapGeometry | null> => {
  const response = await fetch(url);
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
  const topology = (await response.json()) as AdminTopology;
  return topology.type === 'Topology' ? mapGeometry(topology) : null;
};
