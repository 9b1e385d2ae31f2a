import type { Place } from '../../../model/place';
import worldPlaces from '../data/worldPlaces.json';

/** One country of data/worldPlaces.json (its `format` says how the lines are written). */
interface WorldCountry {
  code: string;
  names: string;
  divisions: string[];
  towns: string[];
}
const WORLD_COUNTRIES: WorldCountry[] = worldPlaces.countries;

/** What the extractor needs of a place: its names and where it sits, not its coordinates. */
export type GazetteerPlace = Pick<Place, 'id' | 'level' | 'parentId' | 'name' | 'altNames'> & {
  nameAr?: string | null;
};

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

let cached: GazetteerPlace[] | null = null;

/**
 * The world places of data/worldPlaces.json as gazetteer rows: countries (level 0, ISO code as id),
 * their divisions (level 1) and towns (level 4, or level 1 areas such as "Gaza Strip" when a
 * town line names no division).
 */
export const worldGazetteer = (): GazetteerPlace[] => {
  if (cached) return cached;
  const out: GazetteerPlace[] = [];
  for (const c of WORLD_COUNTRIES) {
    const [name = c.code, ...alt] = c.names.split('|');
    out.push({ id: c.code, level: 0, parentId: null, name, altNames: alt });
    const divisionId = new Map<string, string>();
    for (const line of c.divisions) {
      const [dName = '', ...dAlt] = line.split('|');
      const id = `${c.code}-${slug(dName)}`;
      divisionId.set(dName, id);
      out.push({ id, level: 1, parentId: c.code, name: dName, altNames: dAlt });
    }
    for (const line of c.towns) {
      const [names = '', division = ''] = line.split('>');
      const [tName = '', ...tAlt] = names.split('|');
      const parent = division === '' ? c.code : divisionId.get(division);
      if (!parent)
        throw new Error(`worldPlaces.json: ${c.code} town ${tName}: no division ${division}`);
      out.push({
        id: `${parent}:${slug(tName)}`,
        level: division === '' ? 1 : 4,
        parentId: parent,
        name: tName.replace(/ (city|camp)$/, ''),
        altNames: [...tAlt, ...(tName.endsWith(' city') ? [tName] : [])],
      });
    }
  }
  cached = out;
  return out;
};

/** The given gazetteer with the world's countries it lacks (a country it has keeps its rows). */
export const withWorld = <P extends GazetteerPlace>(
  places: readonly P[],
): (P | GazetteerPlace)[] => {
  const have = new Set(places.filter((p) => p.level === 0).map((p) => p.id));
  const ids = new Set(places.map((p) => p.id));
  const countryOf = (p: GazetteerPlace) => p.id.slice(0, 2);
  return [...places, ...worldGazetteer().filter((p) => !have.has(countryOf(p)) && !ids.has(p.id))];
};
