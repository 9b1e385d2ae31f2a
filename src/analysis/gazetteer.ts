import type { Place } from '../model/place';

export interface Gazetteer {
  byId: ReadonlyMap<string, Place>;
  /** The place and every place containing it, from the place itself up to the country. */
  lineage: (placeId: string) => Place[];
  /** A name, an alternative spelling or a P-code (`Idlib`, `Idleb`, `SY07`), or null. */
  resolve: (nameOrId: string, level?: Place['level']) => Place | null;
  /** The governorate containing a place, or null for country-level places. */
  governorateOf: (placeId: string) => Place | null;
  /** Whether `placeId` is `regionId` or lies inside it. */
  isWithin: (placeId: string, regionId: string) => boolean;
  childrenOf: (placeId: string) => Place[];
}

/** Case, accents, hyphens and a trailing "governorate"/"province" do not make a new name. */
export const normalisePlaceName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[''`ʿʾ]/g, '')
    .replace(/[-_.]/g, ' ')
    .replace(/\s+(governorate|province|district|city)$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

export const buildGazetteer = (places: readonly Place[]): Gazetteer => {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byName = new Map<string, Place[]>();
  const children = new Map<string, Place[]>();
  for (const place of places) {
    for (const name of [place.name, place.id, ...place.altNames, place.nameAr ?? '']) {
      if (!name) continue;
      const key = normalisePlaceName(name);
      const list = byName.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byName.set(key, list);
    }
    if (place.parentId) {
      const siblings = children.get(place.parentId) ?? [];
      siblings.push(place);
      children.set(place.parentId, siblings);
    }
  }
  const lineageCache = new Map<string, Place[]>();
  const lineage = (placeId: string): Place[] => {
    const cached = lineageCache.get(placeId);
    if (cached) return cached;
    const chain: Place[] = [];
    let place = byId.get(placeId);
    // The depth guard protects against a cycle in a hand-edited places.csv.
    while (place && chain.length < 10) {
      chain.push(place);
      place = place.parentId ? byId.get(place.parentId) : undefined;
    }
    lineageCache.set(placeId, chain);
    return chain;
  };
  return {
    byId,
    lineage,
    resolve: (nameOrId, level) => {
      const exact = byId.get(nameOrId) ?? byId.get(nameOrId.toUpperCase());
      if (exact && (level === undefined || exact.level === level)) return exact;
      const candidates = byName.get(normalisePlaceName(nameOrId)) ?? [];
      const fitting = candidates.filter((p) => level === undefined || p.level === level);
      // "Idlib" names a governorate, a district and a city: the largest unit is meant.
      return [...fitting].sort((a, b) => a.level - b.level)[0] ?? null;
    },
    governorateOf: (placeId) => lineage(placeId).find((p) => p.level === 1) ?? null,
    isWithin: (placeId, regionId) => lineage(placeId).some((p) => p.id === regionId),
    childrenOf: (placeId) => children.get(placeId) ?? [],
  };
};
