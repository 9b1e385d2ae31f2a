import type { Place } from '../model/place';
import { shownName } from '../model/shownValue';

/** The place at `level` containing `placeId` (the place itself included), or null. */
const ancestorAt = (placeId: string, level: number, byId: ReadonlyMap<string, Place>) => {
  let place = byId.get(placeId);
  for (let depth = 0; place && depth < 8; depth++) {
    if (place.level === level) return place;
    place = place.parentId ? byId.get(place.parentId) : undefined;
  }
  return null;
};

const matchesName = (place: Place, name: string): boolean => {
  const wanted = name.toLowerCase();
  return (
    place.name.toLowerCase() === wanted ||
    place.id.toLowerCase() === wanted ||
    place.altNames.some((alt) => alt.toLowerCase() === wanted)
  );
};

/** The named place columns of a record, as the schema gives them (trimmed, null when empty). */
export interface PlaceNames {
  country: string;
  admin1: string | null;
  admin2: string | null;
}

const NAMED = [
  ['country', 0, 'country'],
  ['admin1', 1, 'governorate'],
  ['admin2', 2, 'district'],
] as const;

/**
 * country, admin1 and admin2 against the gazetteer row of place_id: each name that is given must
 * be the name (or an alternative name, or the id) of the place's country, governorate or
 * district. place_id is the authoritative place; a name that contradicts it is an error, since
 * filters by name and by place would then count the record in different regions.
 */
export const placeNameProblems = (
  placeId: string,
  names: PlaceNames,
  byId: ReadonlyMap<string, Place>,
): [column: string, message: string][] => {
  const problems: [string, string][] = [];
  for (const [column, level, noun] of NAMED) {
    const name = names[column];
    if (name === null || name === '') continue;
    const shown = shownName(name);
    const container = ancestorAt(placeId, level, byId);
    if (!container) {
      problems.push([
        column,
        `is ${shown} but place_id ${shownName(placeId)} is not inside a ${noun} (expected ${column} empty, or a place_id inside ${shown})`,
      ]);
    } else if (!matchesName(container, name)) {
      problems.push([
        column,
        `is ${shown} but place_id ${shownName(placeId)} lies in ${container.name} (expected ${container.name})`,
      ]);
    }
  }
  return problems;
};
