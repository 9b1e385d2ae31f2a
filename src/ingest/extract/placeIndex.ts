import { type GazetteerPlace as Place, withWorld } from './gazetteer/worldGazetteer';
import type { Token } from './tokenize';

/** A gazetteer prepared for lookups: names → places, with the hierarchy walkable upwards. */
export interface PlaceIndex {
  byId: Map<string, Place>;
  exact: Map<string, Place[]>;
  /** Consonant skeletons ("Deir Ezzor", "Dayr az Zawr" → "drzr"), for transliteration variants. */
  skeleton: Map<string, Place[]>;
  /** First words of the exact names, and every prefix of every skeleton: a word that starts
   * none is passed over without building its n-grams (most capitalised words are not places). */
  exactFirst: Set<string>;
  skeletonPrefixes: Set<string>;
  longest: number;
}

export interface PlaceMention {
  start: number;
  end: number;
  place: Place;
  /** The text said "province", "countryside" … (`admin`) or "city of", "town" … (`city`). */
  hint: 'admin' | 'city' | null;
}

const ARTICLES = new Set([
  'al',
  'el',
  'ar',
  'as',
  'ad',
  'az',
  'ash',
  'at',
  'an',
  'ed',
  'er',
  'es',
  'ez',
  'et',
  'en',
  'ul',
  'ur',
  'uz',
  'ush',
]);

const ASCII_WORD = /^[a-z0-9]+$/;
const SKELETON_DROPPED = new Set(['h', 'a', 'e', 'i', 'o', 'u', 'y', 'w']);

/** Lower case, accents and apostrophes removed, hyphens and other marks as spaces. */
export const normalisePlaceName = (name: string): string =>
  // Most words are plain lower-case ASCII, which every step below leaves as it is.
  ASCII_WORD.test(name)
    ? name
    : name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’ʼʿʾ`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

/**
 * The consonant skeleton of a normalised name: articles dropped ("ez-Zor", "al-Zour"), h and
 * vowels (a e i o u y w) dropped, q/c read as k, doubled letters merged. Transliterations of
 * one Arabic name mostly agree on it; a skeleton shorter than three letters is not used.
 */
export const placeSkeleton = (normalised: string): string => {
  const words = normalised.split(' ').filter((w) => w !== '');
  const dropArticles = words.length > 1;
  // One pass over the letters (this runs for every capitalised word of a report).
  let out = '';
  let last = '';
  for (const word of words) {
    if (dropArticles && ARTICLES.has(word)) continue;
    for (const ch of word) {
      const c = ch === 'q' || ch === 'c' ? 'k' : ch;
      if (SKELETON_DROPPED.has(c) || c === last) continue;
      out += c;
      last = c;
    }
  }
  return out;
};

const add = (map: Map<string, Place[]>, key: string, place: Place) => {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
};

/**
 * Indexes a gazetteer for reading place names, together with the countries of data/worldPlaces.json
 * that it does not cover (so that reports from other wars find their places too).
 */
export const buildPlaceIndex = (gazetteer: readonly Place[]): PlaceIndex => {
  const places = withWorld(gazetteer);
  // Consonant skeletons are for the transliterations of the given gazetteer's Arabic names; on
  // the world's English names they would read "Barja" as "Bureij" and "as many" as "Mon".
  const given = new Set(gazetteer.map((p) => p.id));
  const byId = new Map<string, Place>();
  const exact = new Map<string, Place[]>();
  const skeleton = new Map<string, Place[]>();
  let longest = 1;
  for (const place of places) {
    byId.set(place.id, place);
    const names = [place.name, ...place.altNames, ...(place.nameAr ? [place.nameAr] : [])];
    for (const name of names) {
      const key = normalisePlaceName(name);
      // "Markaz Idlib district" style labels are not names anyone writes in a report.
      if (key === '' || /\b(district|governorate|markaz)\b/.test(key)) continue;
      add(exact, key, place);
      const words = key.split(' ');
      longest = Math.max(longest, words.length);
      if (words.length > 1 && ARTICLES.has(words[0] ?? ''))
        add(exact, words.slice(1).join(' '), place);
      const skel = placeSkeleton(key);
      if (skel.length >= 2 && given.has(place.id)) add(skeleton, skel, place);
    }
  }
  const exactFirst = new Set([...exact.keys()].map((k) => k.split(' ')[0] ?? ''));
  const skeletonPrefixes = new Set<string>();
  for (const skel of skeleton.keys())
    for (let n = 1; n <= skel.length; n++) skeletonPrefixes.add(skel.slice(0, n));
  return { byId, exact, skeleton, exactFirst, skeletonPrefixes, longest };
};

export const ancestorsOf = (index: PlaceIndex, place: Place): Place[] => {
  const chain: Place[] = [place];
  let current: Place | undefined = place;
  for (let depth = 0; current?.parentId && depth < 8; depth++) {
    current = index.byId.get(current.parentId);
    if (current) chain.push(current);
  }
  return chain;
};

export const ancestorAt = (index: PlaceIndex, place: Place, level: number): Place | null =>
  ancestorsOf(index, place).find((p) => p.level === level) ?? null;

/** Whether `inner` is `outer` or lies inside it. */
export const isWithin = (index: PlaceIndex, inner: Place, outer: Place): boolean =>
  ancestorsOf(index, inner).some((p) => p.id === outer.id);

// Capitalised words that are not place names however a village happens to be spelt.
const NOT_PLACES = new Set([
  'syrian',
  'russian',
  'turkish',
  'israeli',
  'iranian',
  'american',
  'kurdish',
  'arab',
  'iraqi',
  'qatar',
  'jordan',
  'lebanon',
  'turkey',
  'iraq',
  'iran',
  'israel',
  'russia',
  'egypt',
  'britain',
  'france',
  'germany',
  'kelly',
  'sahara',
  'the',
  'white',
  'helmets',
  'civil',
  'defence',
  'observatory',
  'network',
  'ministry',
  'health',
  'army',
  'forces',
  'state',
  'islamic',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'president',
  'rescue',
  'human',
  'rights',
  'united',
  'nations',
  'council',
  'hole',
  'sur',
  'rawda',
  'karama',
]);
const ADMIN_AFTER = new Set([
  'province',
  'governorate',
  'countryside',
  'region',
  'area',
  'district',
  'township',
  'county',
  'locality',
]);
const ADMIN_BEFORE = new Set(['rural', 'province', 'governorate', 'countryside']);
const CITY_AFTER = new Set(['city', 'town', 'village', 'camp', 'neighbourhood', 'neighborhood']);
const CITY_BEFORE = new Set([
  'city',
  'town',
  'village',
  'camp',
  'neighbourhood',
  'neighborhood',
  'suburb',
]);
/** "the outskirts of Homs", "the centre of Hama": parts of a city, so the name is the city. */
const CITY_PARTS = new Set([
  'outskirts',
  'suburbs',
  'centre',
  'center',
  'streets',
  'heart',
  'downtown',
  'edge',
]);
const PLACE_CONTEXT = new Set([
  'in',
  'at',
  'near',
  'on',
  'from',
  'of',
  'outside',
  'around',
  'into',
  'targeting',
  'targeted',
  'struck',
  'hit',
  'shelled',
  'bombed',
  'across',
  'between',
  'and',
  'to',
  'toward',
  'towards',
]);

const isCapitalised = (t: Token): boolean => {
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase() || /\p{Script=Arabic}/u.test(c);
};

/** Picks one place among same-named candidates, or null when the name stays ambiguous. */
const choose = (
  index: PlaceIndex,
  candidates: Place[],
  hint: PlaceMention['hint'],
  governorates: ReadonlySet<string>,
): Place | null => {
  if (candidates.length === 1) return candidates[0] ?? null;
  const governorateOf = (p: Place) => ancestorAt(index, p, 1)?.id ?? p.id;
  const byLevel = (level: number) => candidates.filter((p) => p.level === level);
  if (hint === 'admin') {
    const top = [...candidates].sort((a, b) => a.level - b.level)[0];
    return top ?? null;
  }
  // "Gaza" alone is the Gaza Strip in the press, not the governorate of the same name: a whole
  // territory (an area of the world gazetteer, id "PS:…") comes before a division.
  const admin1 = byLevel(1).find((p) => /^[A-Z]{2}:/.test(p.id)) ?? byLevel(1)[0];
  if (hint === 'city' || !admin1) {
    // "the city of Idlib": the community that shares its governorate's name.
    const towns = byLevel(4);
    if (admin1) {
      const capital = towns.find((t) => governorateOf(t) === admin1.id);
      if (capital) return capital;
    }
    const pool = towns.length > 0 ? towns : [...candidates].sort((a, b) => b.level - a.level);
    const deepest = pool[0]?.level;
    const sameLevel = pool.filter((p) => p.level === deepest);
    if (sameLevel.length === 1) return sameLevel[0] ?? null;
    const inMentioned = sameLevel.filter((p) => governorates.has(governorateOf(p)));
    if (inMentioned.length === 1) return inMentioned[0] ?? null;
    return null;
  }
  return admin1;
};

/**
 * Finds place names in tokens: at each capitalised word, the longest run of up to
 * `index.longest` words whose normalised form is a gazetteer name (then its skeleton).
 * Map lookups per position keep this linear in the text; no regular expression per place.
 */
export const findPlaces = (
  index: PlaceIndex,
  tokens: Token[],
  governorates: ReadonlySet<string> = new Set(),
): { mentions: PlaceMention[]; ambiguous: boolean } => {
  const found: PlaceMention[] = [];
  let ambiguous = false;
  // Each token is normalised once; n-gram keys are joined from these.
  const normal: (string | undefined)[] = [];
  const norm = (k: number) => {
    let v = normal[k];
    if (v === undefined) {
      v = normalisePlaceName(tokens[k]?.lower ?? '');
      normal[k] = v;
    }
    return v;
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first?.type !== 'word') {
      i++;
      continue;
    }
    const leadsWithArticle = ARTICLES.has(first.lower) && tokens[i + 1] !== undefined;
    if (!isCapitalised(first) && !leadsWithArticle) {
      i++;
      continue;
    }
    const lead = norm(i);
    const second = tokens[i + 1]?.type === 'word' ? norm(i + 1) : '';
    const meaningful = leadsWithArticle && second !== '' ? second : lead;
    const leadSkeleton = meaningful.length > 0 ? placeSkeleton(meaningful) : '';
    const mayBeExact = index.exactFirst.has(lead);
    const mayBeFuzzy = leadSkeleton !== '' && index.skeletonPrefixes.has(leadSkeleton);
    if (!mayBeExact && !mayBeFuzzy) {
      i++;
      continue;
    }
    let match: { end: number; candidates: Place[]; fuzzy: boolean; key: string } | null = null;
    const words: string[] = [];
    const ends: number[] = [];
    let j = i;
    while (j < tokens.length && words.length < index.longest) {
      const t = tokens[j];
      if (!t) break;
      if (t.text === '-' && words.length > 0) {
        j++;
        continue;
      }
      if (t.type !== 'word') break;
      words.push(norm(j));
      ends.push(j + 1);
      j++;
    }
    for (let n = words.length; n >= 1 && !match && mayBeExact; n--) {
      const key = words.slice(0, n).join(' ');
      const list = index.exact.get(key);
      if (list) match = { end: ends[n - 1] ?? i + 1, candidates: list, fuzzy: false, key };
    }
    if (!match && mayBeFuzzy) {
      for (let n = words.length; n >= 1 && !match; n--) {
        const key = words.slice(0, n).join(' ');
        if (key.length < 4 || NOT_PLACES.has(key)) continue;
        const list = index.skeleton.get(placeSkeleton(key));
        if (list) match = { end: ends[n - 1] ?? i + 1, candidates: list, fuzzy: true, key };
      }
    }
    if (!match) {
      i++;
      continue;
    }
    const key = match.key;
    const before = tokens[i - 1]?.lower ?? '';
    const before2 = tokens[i - 2]?.lower ?? '';
    const after = tokens[match.end]?.lower ?? '';
    let hint: PlaceMention['hint'] = null;
    if (
      ADMIN_AFTER.has(after) ||
      ADMIN_BEFORE.has(before) ||
      (before === 'of' && ADMIN_BEFORE.has(before2))
    )
      hint = 'admin';
    if (
      CITY_AFTER.has(after) ||
      CITY_BEFORE.has(before) ||
      (before === 'of' && (CITY_BEFORE.has(before2) || CITY_PARTS.has(before2)))
    )
      hint = 'city';
    const townsOnly = match.candidates.every((p) => p.level === 4);
    const hasContext =
      PLACE_CONTEXT.has(before) || hint !== null || tokens[match.end]?.lower === "'s";
    const single = match.end - i === 1;
    if (
      (single && NOT_PLACES.has(key.split(' ')[0] ?? '')) ||
      ((townsOnly || match.fuzzy) && !hasContext)
    ) {
      i = match.end;
      continue;
    }
    // "Idlib" may be listed only as the governorate's alternative name, while the city is
    // "Idleb": an administrative area brings along every place that shares one of its names.
    let candidates = match.candidates;
    for (const admin of match.candidates.filter((p) => p.level < 4)) {
      for (const name of [admin.name, ...admin.altNames]) {
        for (const p of index.exact.get(normalisePlaceName(name)) ?? [])
          if (!candidates.includes(p)) candidates = [...candidates, p];
      }
    }
    const place = choose(index, candidates, hint, governorates);
    if (place) found.push({ start: i, end: match.end, place, hint });
    else ambiguous = true;
    i = match.end;
  }
  return { mentions: found, ambiguous };
};
