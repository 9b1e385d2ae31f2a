import type { Place } from '../../model/place';
import { memoize } from './memoize';

/** A place name as the source gives it, with the source column it came from (for issues). */
export interface SourceName {
  column: string;
  name: string;
}

export interface UnmatchedSourceName extends SourceName {
  /** Why it did not match, e.g. `no district is named "Atarib"`. */
  reason: string;
}

export interface PlaceMatch {
  country: Place | null;
  governorate: Place | null;
  district: Place | null;
  /** A sub-district or community (levels 3–4), only when asked for and found. */
  locality: Place | null;
  /** The most precise of the above. */
  best: Place | null;
  /** Non-empty names that matched nothing (empty names are not "unmatched", just absent). */
  unmatched: UnmatchedSourceName[];
}

export interface AdminNames {
  country: SourceName;
  admin1: SourceName;
  admin2: SourceName;
  /** A town or village name; an unmatched one is not reported (it stays as free text). */
  locality?: SourceName;
}

const LEVEL_NOUN: Record<number, string> = {
  0: 'country',
  1: 'governorate',
  2: 'district',
  3: 'sub-district',
  4: 'community',
};

/**
 * Comparison key for a name. Sources spell the same unit "Deir-ez-Zor", "Deir ez Zor" and
 * "Idlib Governorate": case, hyphens, apostrophes, diacritics and the unit-type suffix carry no
 * meaning for matching. Anything that still collides is reported as ambiguous, never guessed.
 */
export const placeNameKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .trim()
    .replace(/ (governorate|district|sub ?district|province)$/, '')
    .trim();

/**
 * Matches source admin names to a gazetteer, most precise level first that is consistent with
 * the coarser ones: a district must lie in the matched governorate. Pure; build once per file.
 */
export const createPlaceMatcher = (gazetteer: readonly Place[]) => {
  const byId = new Map(gazetteer.map((p) => [p.id, p]));
  const byLevelAndKey = new Map<string, Place[]>();
  for (const place of gazetteer) {
    const keys = new Set([place.name, place.id, ...place.altNames].map(placeNameKey));
    for (const key of keys) {
      if (key === '') continue;
      const slot = `${place.level}:${key}`;
      byLevelAndKey.set(slot, [...(byLevelAndKey.get(slot) ?? []), place]);
    }
  }

  const isInside = (place: Place, ancestor: Place): boolean => {
    let current: Place | undefined = place;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current.id === ancestor.id) return true;
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return false;
  };

  const governorateOf = (place: Place): Place | null => {
    let current: Place | undefined = place;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current.level === 1) return current;
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return null;
  };

  /** Places at one of `levels` with this name inside `scope`, or why there is none. */
  const find = (
    source: SourceName,
    levels: readonly number[],
    scope: Place | null,
  ): { place: Place | null; reason: string | null } => {
    const key = placeNameKey(source.name);
    const noun = levels.map((l) => LEVEL_NOUN[l]).join(' or ');
    const named = levels.flatMap((level) => byLevelAndKey.get(`${level}:${key}`) ?? []);
    const inScope = scope ? named.filter((p) => isInside(p, scope)) : named;
    if (inScope.length === 1) return { place: inScope[0] ?? null, reason: null };
    if (inScope.length > 1) {
      return {
        place: null,
        reason: `is ambiguous: ${inScope.length} places at ${noun} level share the name (${inScope.map((p) => p.id).join(', ')})`,
      };
    }
    if (named.length > 0 && scope) {
      return {
        place: null,
        reason: `names ${named.map((p) => `${p.id} ${p.name}`).join(', ')}, which is not inside ${scope.id} ${scope.name}`,
      };
    }
    return { place: null, reason: `matches no ${noun} in the gazetteer (by name or alt_names)` };
  };

  const match = (names: AdminNames): PlaceMatch => {
    const unmatched: UnmatchedSourceName[] = [];
    const attempt = (source: SourceName | undefined, levels: number[], scope: Place | null) => {
      if (!source || source.name.trim() === '') return null;
      const { place, reason } = find(source, levels, scope);
      if (reason) unmatched.push({ ...source, reason });
      return place;
    };

    const countries = gazetteer.filter((p) => p.level === 0);
    // A gazetteer of one country places a row that names no country in that country.
    const country =
      names.country.name.trim() === '' && countries.length === 1
        ? (countries[0] ?? null)
        : attempt(names.country, [0], null);
    if (!country) {
      return {
        country: null,
        governorate: null,
        district: null,
        locality: null,
        best: null,
        unmatched,
      };
    }
    let governorate = attempt(names.admin1, [1], country);
    const district = attempt(names.admin2, [2], governorate ?? country);
    // A district found without a governorate still tells us the governorate.
    if (!governorate && district) governorate = governorateOf(district);
    const coarse = district ?? governorate ?? country;
    let locality: Place | null = null;
    if (names.locality && names.locality.name.trim() !== '') {
      const found = find(names.locality, [3, 4], coarse);
      locality = found.place;
    }
    return {
      country,
      governorate,
      district,
      locality,
      best: locality ?? coarse,
      unmatched,
    };
  };

  // An export names a few hundred admin units across a million rows: match each (country,
  // admin1, admin2) once, and only look up the locality per row. The result is shared between
  // rows, so callers must not change it.
  let current: AdminNames = { country: EMPTY_NAME, admin1: EMPTY_NAME, admin2: EMPTY_NAME };
  const adminsOf = memoize(() => match({ ...current, locality: undefined }));
  const keyOf = memoize(placeNameKey);
  /** find()'s verdict for a locality (no reason needed: an unmatched one is not reported). */
  const localityIn = (name: string, scope: Place): Place | null => {
    const key = keyOf(name);
    let found: Place | null = null;
    for (const level of [3, 4]) {
      for (const place of byLevelAndKey.get(`${level}:${key}`) ?? []) {
        if (!isInside(place, scope)) continue;
        if (found) return null;
        found = place;
      }
    }
    return found;
  };
  return (names: AdminNames): PlaceMatch => {
    current = names;
    const { country, admin1, admin2, locality } = names;
    const admins = adminsOf(
      [country.column, country.name, admin1.column, admin1.name, admin2.column, admin2.name].join(
        '\u0000',
      ),
    );
    if (!admins.best || !locality || locality.name.trim() === '') return admins;
    const place = localityIn(locality.name, admins.best);
    return place ? { ...admins, locality: place, best: place } : admins;
  };
};

const EMPTY_NAME: SourceName = { column: '', name: '' };
export type PlaceMatcher = ReturnType<typeof createPlaceMatcher>;
