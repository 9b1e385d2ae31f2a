import type { IsoDay } from '../../model/isoDay';
import type { ExtractOptions } from './extractRecords';
import { PREVIOUS_SOURCE, resolveSource } from './findAttribution';
import type { DateMention } from './findDates';
import type { EventFind } from './findEventType';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import { ancestorAt, findPlaces, type PlaceIndex, type PlaceMention } from './placeIndex';
import type { SentenceReading } from './readSentence';

/*
 * What a report says as a whole, read once before its figures become records: its country and
 * focus region, its headline's places and event, what each sentence inherits from the ones
 * before it, and its sources resolved for its country (see extractRecords).
 */

/** How far (in sentences) a figure-less sentence may lend a place, source or part to a record. */

export const NEAR = 3;
/** Figures this large with no date of their own are war-long totals, not records. */
export const BACKGROUND_MAGNITUDE = 1000;

/**
 * What the whole report says around its figures: same-named villages settled by the
 * governorates it names, its country and focus region, what its headline names, the dates and
 * places each sentence inherits, and its sources resolved for its country.
 */
export const readReport = (
  text: string,
  options: ExtractOptions,
  index: PlaceIndex,
  readings: SentenceReading[],
): { context: Context; docSources: string[] } => {
  settleAmbiguousPlaces(index, readings);
  const own = options.gazetteer.filter((p) => p.level === 0);
  const headlines = readings.filter((r) => r.sentence.isHeadline);
  const inherits = inheritance(readings);
  const titlePlaces = headlines.find((r) => r.places.length > 0)?.places ?? null;
  const context: Context = {
    inherited: inherits.dates,
    earlierPlaces: inherits.places,
    text,
    published: options.published,
    index,
    readings,
    country: focusCountry(index, readings) ?? (own.length === 1 ? (own[0] ?? null) : null),
    titlePlaces,
    focusRegion: focusRegion(index, readings, titlePlaces),
    titleEvent: headlines.find((r) => r.event.eventType !== null)?.event ?? null,
    titlePerpetrator: headlines.find((r) => r.event.perpetrator !== null)?.event ?? null,
  };
  resolveSources(readings, sourceRegion(index, readings, context.country));
  const docSources = [...new Set(readings.flatMap((r) => r.sources.map((s) => s.name)))];
  return { context, docSources };
};

/** Governorates named anywhere settle which of several same-named villages a report means. */
const settleAmbiguousPlaces = (index: PlaceIndex, readings: SentenceReading[]) => {
  const governorates = new Set<string>();
  for (const r of readings)
    for (const p of r.places) {
      const g = ancestorAt(index, p.place, 1);
      if (g) governorates.add(g.id);
    }
  if (governorates.size === 0) return;
  for (const r of readings)
    if (r.ambiguousPlace) r.places = findPlaces(index, r.tokens, governorates).mentions;
};

/** Descriptions ("the civil defence") as the source they stand for in the report's region. */
const resolveSources = (readings: SentenceReading[], region: string | null) => {
  for (const r of readings)
    r.sources = r.sources.flatMap((s, k) => {
      const name = resolveSource(s.name, region);
      // "the White Helmets, the civil defence group": one source named twice.
      const twice = r.sources.slice(0, k).some((o) => resolveSource(o.name, region) === name);
      return name === null || twice ? [] : [{ ...s, name }];
    });
  resolvePreviousSources(readings);
};

/**
 * The country a report is about: the one its place names fall in most often (the first named
 * on a tie), or none when it names no place.
 */
const focusCountry = (index: PlaceIndex, readings: SentenceReading[]): Place | null => {
  const counts = new Map<Place, number>();
  for (const r of readings)
    for (const m of r.places) {
      const country = ancestorAt(index, m.place, 0);
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  let best: Place | null = null;
  for (const [c, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = c;
  return best;
};

const GAZA = new Set([
  'PS-north-gaza',
  'PS-gaza',
  'PS-deir-al-balah',
  'PS-khan-younis',
  'PS-rafah',
]);

/**
 * Where a report's unnamed sources are ("the health ministry" is Gaza's in Gaza, Lebanon's in
 * Lebanon): the report's country, with Gaza told apart from the West Bank by its places.
 */
const sourceRegion = (
  index: PlaceIndex,
  readings: SentenceReading[],
  country: Place | null,
): string | null => {
  if (country === null) return null;
  if (country.id !== 'PS') return country.id;
  const gaza = readings.some((r) =>
    r.places.some((m) => {
      const division = ancestorAt(index, m.place, 1);
      return division !== null && (GAZA.has(division.id) || division.id === 'PS:gaza-strip');
    }),
  );
  return gaza ? 'PS-GAZA' : 'PS-WB';
};

/**
 * The first-level division a report is about: the one its title names, else the one that most
 * of its place names fall in (named at least twice and in at least 60% of them), else none.
 */
const focusRegion = (
  index: PlaceIndex,
  readings: SentenceReading[],
  titlePlaces: PlaceMention[] | null,
): Place | null => {
  const inTitle = titlePlaces
    ?.map((m) => (m.place.level === 1 ? m.place : ancestorAt(index, m.place, 1)))
    .find((p): p is Place => p !== null);
  if (inTitle) return inTitle;
  const counts = new Map<Place, number>();
  let all = 0;
  for (const r of readings)
    for (const m of r.places) {
      const division = m.place.level === 1 ? m.place : ancestorAt(index, m.place, 1);
      if (!division) continue;
      all++;
      counts.set(division, (counts.get(division) ?? 0) + 1);
    }
  for (const [division, n] of counts) if (n >= 2 && n >= 0.6 * all) return division;
  return null;
};

/** "the group added", "it said": the organisation named last before, or nobody. */
const resolvePreviousSources = (readings: SentenceReading[]) => {
  let last: string[] = [];
  for (const r of readings) {
    const named = r.sources.filter((s) => s.name !== PREVIOUS_SOURCE);
    if (named.length < r.sources.length) {
      const back = r.sources.find((s) => s.name === PREVIOUS_SOURCE);
      r.sources = back ? [...named, ...last.map((name) => ({ ...back, name }))] : named;
    }
    if (named.length > 0) last = named.map((s) => s.name);
  }
};

export interface Context {
  text: string;
  published: IsoDay;
  index: PlaceIndex;
  readings: SentenceReading[];
  country: Place | null;
  /** Looked up once: searching the whole text per record would make long inputs quadratic. */
  titlePlaces: PlaceMention[] | null;
  titleEvent: EventFind | null;
  titlePerpetrator: EventFind | null;
  /** The province or governorate the report is about (see `focusRegion`), if one stands out. */
  focusRegion: Place | null;
  /** Per sentence index: the date and the places it inherits (see `inheritance`). */
  inherited: (DateMention | undefined)[];
  earlierPlaces: (PlaceMention[] | undefined)[];
}

/**
 * The sentence right after a figure, in the same paragraph and with no figure of its own, often
 * says when and where it happened ("25 were killed, the monitor said on Monday. The strikes hit
 * the city of Idlib on Sunday.").
 */
export const elaboration = (
  ctx: Context,
  reading: SentenceReading,
): SentenceReading | undefined => {
  const next = ctx.readings[reading.sentence.index + 1];
  if (
    !next ||
    next.sentence.paragraph !== reading.sentence.paragraph ||
    next.mentions.length > 0 ||
    next.background
  )
    return undefined;
  return next;
};

/** A date stated earlier in the same paragraph ("On Monday, shelling hit Ariha. Five died."). */
export const inheritedDate = (ctx: Context, reading: SentenceReading): DateMention | undefined =>
  ctx.inherited[reading.sentence.index];

/**
 * For each sentence, what it inherits from earlier ones in its paragraph, in one pass (a search
 * back from every sentence would make a long paragraph quadratic): the nearest point date (not
 * past a span such as "since November 27") and the nearest sentence that names a place.
 */
const inheritance = (readings: SentenceReading[]) => {
  const dates: (DateMention | undefined)[] = [];
  const places: (PlaceMention[] | undefined)[] = [];
  let date: DateMention | undefined;
  let placed: PlaceMention[] | undefined;
  let paragraph = -1;
  for (const r of readings) {
    if (r.sentence.paragraph !== paragraph) {
      paragraph = r.sentence.paragraph;
      date = undefined;
      placed = undefined;
    }
    dates[r.sentence.index] = date;
    places[r.sentence.index] = placed;
    const point = r.dates.find((d) => d.role === 'point');
    if (point) date = point;
    else if (r.dates.some((d) => d.role !== 'point' && d.role !== 'statement')) date = undefined;
    if (r.places.length > 0) placed = r.places;
  }
  return { dates, places };
};
