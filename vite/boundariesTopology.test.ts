import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesTopology } from './boundariesTopology';

const text = boundariesTopology('../shared/data');

describe('boundariesTopology (the OCHA boundaries in ../shared, simplified at build time)', () => {
  const topo = JSON.parse(text ?? '{}') as Topology<{
    governorates: GeometryCollection;
    districts: GeometryCollection;
  }>;
  const layer = (name: 'governorates' | 'districts') =>
    feature(topo, topo.objects[name]) as FeatureCollection;

  it('keeps every governorate and district with its P-code and name, in a small file', () => {
    expect(layer('governorates').features.map((f) => f.id)).toEqual(
      Array.from({ length: 14 }, (_, i) => `SY${String(i + 1).padStart(2, '0')}`),
    );
    expect(layer('districts').features).toHaveLength(61);
    expect(layer('governorates').features[6]?.properties?.name).toBe('Idleb');
    // ~430 kB of GeoJSON in ../shared; the map fetches this instead.
    expect(text?.length).toBeLessThan(100_000);
  });

  it('winds rings as d3-geo expects: each area is its polygon, not the globe minus it', () => {
    // Syria is ~185,000 km², about 0.0046 steradians: every area must be a part of that.
    for (const name of ['governorates', 'districts'] as const)
      for (const f of layer(name).features) expect(geoArea(f)).toBeLessThan(0.005);
    const idleb = layer('governorates').features.find((f) => f.id === 'SY07');
    // Idlib city (36.63° E, 35.93° N) lies in Idleb governorate, Damascus does not.
    expect(idleb && geoContains(idleb, [36.63, 35.93])).toBe(true);
    expect(idleb && geoContains(idleb, [36.29, 33.51])).toBe(false);
  });

  it('is not made without the shared folder (the map then says boundaries are unavailable)', () => {
    expect(boundariesTopology('../no-such-shared/data')).toBeNull();
  });
});
