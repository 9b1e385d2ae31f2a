import type { Candidate } from './candidate';
import { FINE_KINDS } from './findTextPlaces';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import { ancestorAt, ancestorsOf, type PlaceIndex, type PlaceMention } from './placeIndex';
import type { SentenceReading } from './readSentence';
import { BACKGROUND_MAGNITUDE, type Context, elaboration, NEAR } from './reportContext';
import { startingWithin } from './sortedByStart';

/*
 * Where a candidate happened: the most specific place its sentence names (or what several
 * share), else one named nearby, else the report's focus region or country.
 */

/** The places an elaborating sentence names before its first clause break. */

const elaboratedPlaces = (ctx: Context, reading: SentenceReading): PlaceMention[] => {
  const next = elaboration(ctx, reading);
  if (!next) return [];
  let cut = next.tokens.length;
  for (let k = 0; k < next.tokens.length; k++) {
    const w = next.tokens[k]?.lower ?? '';
    if (w === ',' || w === ';' || w === 'while' || w === 'as' || w === 'after') {
      cut = k;
      break;
    }
  }
  return next.places.filter((p) => p.start < cut);
};

/** The most specific place, or what several places share (with the governorates it spans). */
const placeOf = (
  index: PlaceIndex,
  mentions: PlaceMention[],
): { place: Place; coversIds: string[] } | null => {
  let places = [...new Map(mentions.map((m) => [m.place.id, m.place])).values()];
  if (places.length === 0) return null;
  // "Rafah, in the southern Gaza Strip": an area named beside a place inside it adds nothing.
  const areas = places.filter((p) => p.level === 1 && /^[A-Z]{2}:/.test(p.id));
  if (areas.length > 0 && areas.length < places.length)
    places = places.filter((p) => !areas.includes(p));
  const deepest = [...places].sort((a, b) => b.level - a.level)[0] as Place;
  const chains = places.map((p) => ancestorsOf(index, p).map((a) => a.id));
  if (places.every((p) => ancestorsOf(index, deepest).some((a) => a.id === p.id)))
    return { place: deepest, coversIds: [] };
  // Several places side by side: their lowest common ancestor.
  const shared = (chains[0] ?? []).find((id) => chains.every((chain) => chain.includes(id)));
  const common = shared ? index.byId.get(shared) : undefined;
  if (!common) return { place: deepest, coversIds: [] };
  const coversIds =
    common.level === 0
      ? [
          ...new Set(
            places.map((p) => ancestorAt(index, p, 1)?.id).filter((id): id is string => !!id),
          ),
        ]
      : [];
  return { place: common, coversIds };
};

export const setPlace = (
  ctx: Context,
  reading: SentenceReading,
  c: Candidate,
  places: PlaceMention[],
) => {
  let found = placeOf(ctx.index, places);
  // A running total whose sentence names no place counts the whole country, not the place of
  // the incident told just before it.
  if (!found && c.kind === 'incident') {
    const earlier = ctx.earlierPlaces[reading.sentence.index];
    if (earlier) found = placeOf(ctx.index, earlier);
  }
  if (c.kind === 'incident' && (!found || found.place.level === 0)) {
    const closer = placeOf(ctx.index, elaboratedPlaces(ctx, reading));
    if (closer && closer.place.level > 0) found = closer;
  }
  if (!found && c.kind === 'incident') {
    if (ctx.titlePlaces) found = placeOf(ctx.index, ctx.titlePlaces);
  }
  if (found) {
    c.place = found.place;
    c.coversIds = found.coversIds;
  } else if (c.kind === 'cumulative' && (c.killed?.magnitude ?? 0) < BACKGROUND_MAGNITUDE) {
    // A running total that names no place ("56 since November 27") counts the region the report
    // is about ("the strikes on Idlib"), not the whole country.
    c.place = ctx.focusRegion ?? ctx.country;
  } else c.place = ctx.country;
};

/**
 * "Idlib" alone is the governorate, but when the sentences around a record say "the city of
 * Idlib" (or name one town inside it that no other record claims), the record is about that place.
 */
/** How many records have each place: a place claimed by another record is not borrowed. */
export const placeClaims = (all: Candidate[]): Map<string | undefined, number> => {
  const claims = new Map<string | undefined, number>();
  for (const o of all) claims.set(o.place?.id, (claims.get(o.place?.id) ?? 0) + 1);
  return claims;
};

/**
 * Each sentence's places, once each (a mention not only as an admin word is enough): a sentence
 * listing a thousand figures at two towns is read as two places, not a thousand, so refining
 * every record stays linear in the text.
 */
export const distinctPlaces = (readings: readonly SentenceReading[]): Place[][] =>
  readings.map((r) => {
    const byId = new Map<string, Place>();
    for (const m of r.places) if (m.hint !== 'admin') byId.set(m.place.id, m.place);
    return [...byId.values()];
  });

export const refinePlace = (
  index: PlaceIndex,
  readings: SentenceReading[],
  distinct: readonly Place[][],
  c: Candidate,
  claims: Map<string | undefined, number>,
) => {
  if (!c.place || c.place.level > 2) return;
  // A country-wide running total is not narrowed to a place named near it.
  if (c.kind === 'cumulative' && c.place.level === 0) return;
  const region = c.place;
  const claimed = { has: (id: string) => (claims.get(id) ?? 0) - (id === region.id ? 1 : 0) > 0 };
  const inside = new Map<string, Place>();
  for (const i of c.sentences) {
    for (let k = i - NEAR; k <= i + NEAR; k++) {
      const r = readings[k];
      const own = readings[i];
      if (!r || !own || Math.abs(r.sentence.paragraph - own.sentence.paragraph) > 1) continue;
      for (const place of distinct[k] ?? []) {
        if (
          place.level > region.level &&
          !claimed.has(place.id) &&
          ancestorsOf(index, place).some((a) => a.id === region.id)
        )
          inside.set(place.id, place);
      }
    }
  }
  if (inside.size === 1) {
    c.place = [...inside.values()][0] ?? c.place;
    claims.set(region.id, (claims.get(region.id) ?? 1) - 1);
    claims.set(c.place.id, (claims.get(c.place.id) ?? 0) + 1);
  }
};

/**
 * "in Qarni village": a place the gazetteer does not know is kept by the text's name when the
 * gazetteer gave nothing finer than a province; and "Thandwe township's Lin Thi village": a
 * village, camp or street the gazetteer does not hold is finer than any town it holds.
 */
export const placeByText = (
  c: Candidate,
  reading: SentenceReading,
  segment: { start: number; end: number },
  onlyFigure: boolean,
) => {
  const own = startingWithin(reading.textPlaces, segment.start, segment.end);
  const fine = own.find((t) => FINE_KINDS.has(t.kind));
  if (c.place && c.place.level > 1 && !fine) return;
  const named = fine ?? own[0] ?? (onlyFigure ? reading.textPlaces[0] : undefined);
  if (named) {
    c.placeText = named.name;
    c.placeStated = true;
  }
};
