import type { Victims } from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';
import type { Candidate } from './candidate';
import type { Evidence, EvidenceField, ExtractedRecord } from './extractedRecord';
import { PREVIOUS_SOURCE, resolveSource } from './findAttribution';
import type { CasualtyMention } from './findCasualtyMentions';
import type { DateMention } from './findDates';
import type { EventFind } from './findEventType';
import { FINE_KINDS } from './findTextPlaces';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import { isoDayToNumber } from './isoDayMath';
import { lendTextPlaces } from './lendTextPlace';
import { mergeAll } from './mergeCandidates';
import {
  ancestorAt,
  ancestorsOf,
  buildPlaceIndex,
  findPlaces,
  type PlaceIndex,
  type PlaceMention,
} from './placeIndex';
import type { Quantity } from './readQuantity';
import { readSentence, type SentenceReading } from './readSentence';
import { publisherSource, settleSources } from './settleSources';
import { splitSentences } from './splitSentences';

export interface ExtractOptions {
  /** The report's publication day: relative dates are read against it, and no date passes it. */
  published: IsoDay;
  publisher?: string | undefined;
  url?: string | undefined;
  gazetteer: readonly Place[];
  /** The same gazetteer already indexed, to reuse across many reports. */
  placeIndex?: PlaceIndex | undefined;
  /** Told how many sentences of how many are read, every few hundred (for a progress bar). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const PROGRESS_EVERY = 200;

/** How far (in sentences) a figure-less sentence may lend a place, source or part to a record. */
const NEAR = 3;
/** Figures this large with no date of their own are war-long totals, not records. */
const BACKGROUND_MAGNITUDE = 1000;

/**
 * Reads candidate casualty records from a news report. Pure and synchronous: the same text and
 * options give the same records in Node, a browser or a Worker. Every record carries the
 * sentences its figures came from, so a reviewer can check each number against the text.
 */
export const extractRecords = (text: string, options: ExtractOptions): ExtractedRecord[] => {
  const index = options.placeIndex ?? buildPlaceIndex(options.gazetteer);
  const { published } = options;
  const sentences = splitSentences(text);
  const readings = sentences.map((s, k) => {
    if (options.onProgress && k % PROGRESS_EVERY === 0) options.onProgress(k, sentences.length);
    return readSentence(text, s, published, index, new Set());
  });
  options.onProgress?.(sentences.length, sentences.length);
  const ambiguous = new Set<SentenceReading>();
  // Governorates named anywhere settle which of several same-named villages a report means.
  const governorates = new Set<string>();
  for (const r of readings)
    for (const p of r.places) {
      const g = ancestorAt(index, p.place, 1);
      if (g) governorates.add(g.id);
    }
  for (const r of readings) if (r.ambiguousPlace && governorates.size > 0) ambiguous.add(r);
  for (const r of ambiguous) r.places = findPlaces(index, r.tokens, governorates).mentions;

  const own = options.gazetteer.filter((p) => p.level === 0);
  const headlines = readings.filter((r) => r.sentence.isHeadline);
  const inherits = inheritance(readings);
  const titlePlaces = headlines.find((r) => r.places.length > 0)?.places ?? null;
  const context: Context = {
    inherited: inherits.dates,
    earlierPlaces: inherits.places,
    text,
    published,
    index,
    readings,
    country: focusCountry(index, readings) ?? (own.length === 1 ? (own[0] ?? null) : null),
    titlePlaces,
    focusRegion: focusRegion(index, readings, titlePlaces),
    titleEvent: headlines.find((r) => r.event.eventType !== null)?.event ?? null,
    titlePerpetrator: headlines.find((r) => r.event.perpetrator !== null)?.event ?? null,
  };
  const region = sourceRegion(index, readings, context.country);
  for (const r of readings)
    r.sources = r.sources.flatMap((s, k) => {
      const name = resolveSource(s.name, region);
      // "the White Helmets, the civil defence group": one source named twice.
      const twice = r.sources.slice(0, k).some((o) => resolveSource(o.name, region) === name);
      return name === null || twice ? [] : [{ ...s, name }];
    });
  resolvePreviousSources(readings);
  const docSources = [...new Set(readings.flatMap((r) => r.sources.map((s) => s.name)))];

  const candidates: Candidate[] = [];
  let last: Candidate | null = null;
  for (const reading of readings) {
    if (reading.background) continue;
    const dated = reading.dates.some((d) => d.role !== 'era' && d.role !== 'statement');
    const mentions = reading.mentions.filter(
      (m) =>
        dated ||
        (m.quantity.vague === null
          ? m.quantity.magnitude < 100 * BACKGROUND_MAGNITUDE
          : m.quantity.magnitude < BACKGROUND_MAGNITUDE),
    );
    const mains = mainFigures(mentions);
    const owners = sourceOwners(reading, mains);
    const made: Candidate[] = mains.map((m, k) =>
      makeCandidate(context, reading, m, k, mains, owners),
    );
    const isMain = new Set(mains);
    const parts = mentions.filter((m) => !isMain.has(m) && m.role === 'killed');
    for (const part of parts) {
      const host =
        nearestHost(made, mains, part) ?? earlierHost(candidates, reading, part.quantity.min);
      if (host) addPart(host, part, reading);
    }
    for (const hurt of mentions.filter((m) => m.role === 'injured' && !m.subset)) {
      const host = nearestHost(made, mains, hurt) ?? (last && near(last, reading) ? last : null);
      if (
        host &&
        (host.injured === null ||
          host.injured.vague !== null ||
          host === made[0] ||
          made.includes(host))
      ) {
        host.injured = host.injured && host.injured.vague === null ? host.injured : hurt.quantity;
        addEvidence(host, reading, 'injured');
      }
    }
    for (const c of made) candidates.push(c);
    if (made.length > 0) last = made[made.length - 1] ?? last;
  }

  for (const c of candidates) {
    if (c.sources.length === 0)
      c.sources = nearbySources(readings, c) ?? (docSources.length === 1 ? [...docSources] : []);
    if (!c.eventType)
      c.eventType =
        nearbyEvent(readings, c, (e) => e.eventType !== null, context.titleEvent)?.event
          .eventType ?? null;
    if (!c.perpetrator) {
      const found = nearbyEvent(
        readings,
        c,
        (e) => e.perpetrator !== null,
        context.titlePerpetrator,
      );
      c.perpetrator = found?.event.perpetrator ?? null;
      c.perpetratorRank = found?.fromTitle ? 2 : 1;
    }
  }

  const merged = mergeAll(index, candidates);
  const claims = placeClaims(merged);
  for (const c of merged) refinePlace(index, readings, c, claims);
  lendTextPlaces(readings, merged);
  const publisher = publisherSource(options.publisher);
  return merged.map((c) => finish(index, text, c, context.country, publisher));
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

interface Context {
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
 * The figures that make records: killed figures that are not part of another. A children or
 * women figure right after another one ("two children and a woman were killed") is its part.
 */
const mainFigures = (mentions: CasualtyMention[]): CasualtyMention[] => {
  const mains: CasualtyMention[] = [];
  for (const m of mentions) {
    if (m.subset || m.role !== 'killed') continue;
    const prev = mains[mains.length - 1];
    if (prev && m.group !== 'all' && m.start - prev.end <= 2) continue;
    mains.push(m);
  }
  return mains;
};

/**
 * The record a part in a later sentence belongs to ("Among the dead were ten children"): the
 * nearest earlier record that can hold it (at least as many deaths) and, when both name a
 * source, has the same one.
 */
const earlierHost = (
  candidates: Candidate[],
  reading: SentenceReading,
  size: number | null,
): Candidate | null => {
  const own = reading.sources.map((s) => s.name);
  let fallback: Candidate | null = null;
  for (let i = candidates.length - 1; i >= 0 && i >= candidates.length - 8; i--) {
    const c = candidates[i];
    if (!c || !near(c, reading)) break;
    const room = c.killed === null || c.killed.vague !== null || (c.killed.min ?? 0) >= (size ?? 0);
    if (!room) continue;
    if (own.length === 0 || c.sources.length === 0 || c.sources.some((s) => own.includes(s)))
      return c;
    fallback ??= c;
  }
  return fallback;
};

const near = (c: Candidate, reading: SentenceReading): boolean => {
  const lastSentence = c.sentences[c.sentences.length - 1] ?? -99;
  return reading.sentence.index - lastSentence <= NEAR + 1;
};

const nearestHost = (
  made: Candidate[],
  mains: CasualtyMention[],
  part: CasualtyMention,
): Candidate | null => {
  // The last main figure that starts before the part (mains are in text order).
  let lo = 0;
  let hi = mains.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mains[mid]?.start ?? 0) < part.start) lo = mid + 1;
    else hi = mid;
  }
  const best = lo > 0 ? lo - 1 : mains.length > 0 ? 0 : -1;
  return made[best] ?? null;
};

const addEvidence = (c: Candidate, reading: SentenceReading, field: EvidenceField) => {
  const { start, end } = reading.sentence;
  const existing = c.evidence.find((e) => e.start === start);
  if (existing) {
    if (!existing.supports.includes(field)) existing.supports.push(field);
  } else c.evidence.push({ start, end, text: '', supports: [field] });
  if (!c.sentences.includes(reading.sentence.index)) c.sentences.push(reading.sentence.index);
};

const addPart = (c: Candidate, part: CasualtyMention, reading: SentenceReading) => {
  const field = part.group === 'children' ? 'children' : part.group === 'women' ? 'women' : null;
  if (field === null) return;
  const current = c[field];
  if (current !== null && (current.min !== part.quantity.min || current.max !== part.quantity.max))
    return;
  c[field] = part.quantity;
  addEvidence(c, reading, field);
};

const openEnded = (q: Quantity): Quantity => ({
  ...q,
  max: null,
  wording: q.wording === 'exact' ? 'atLeast' : q.wording,
});

const datesIn = (dates: DateMention[], from: number, to: number) =>
  dates.filter((d) => d.start >= from && d.start < to);
const placesIn = (places: PlaceMention[], from: number, to: number) =>
  places.filter((p) => p.start >= from && p.start < to);

const makeCandidate = (
  ctx: Context,
  reading: SentenceReading,
  main: CasualtyMention,
  k: number,
  mains: CasualtyMention[],
  owners: Map<CasualtyMention, string[]> | null,
): Candidate => {
  const next = mains[k + 1];
  const segStart = k === 0 ? 0 : main.start;
  const segEnd = next ? next.start : reading.tokens.length;
  const firstStart = mains[0]?.start ?? 0;
  const usable = (d: DateMention) => d.role !== 'era' && d.role !== 'statement';
  const segDates = datesIn(reading.dates, segStart, segEnd).filter(usable);
  const dates =
    segDates.length > 0
      ? segDates
      : reading.dates.filter((d) => usable(d) && (mains.length === 1 || d.start < firstStart));
  let places = placesIn(reading.places, segStart, segEnd);
  if (places.length === 0) places = placesIn(reading.places, 0, firstStart);

  const c: Candidate = {
    kind: 'incident',
    killed: main.group === 'all' ? main.quantity : openEnded(main.quantity),
    children: main.group === 'children' ? main.quantity : null,
    women: main.group === 'women' ? main.quantity : null,
    injured: null,
    dateStart: null,
    dateEnd: ctx.published,
    periodStart: null,
    precision: 'approximate',
    totalType: null,
    dateStated: false,
    place: null,
    coversIds: [],
    placeStated: places.length > 0,
    placeText: null,
    sources: owners ? (owners.get(main) ?? []) : reading.sources.map((s) => s.name),
    eventType: reading.event.eventType,
    perpetrator: reading.event.perpetrator,
    perpetratorRank: reading.sentence.isHeadline ? 2 : 0,
    victims: main.victims as Victims,
    evidence: [],
    sentences: [],
    headline: reading.sentence.isHeadline,
  };
  addEvidence(c, reading, 'killed');
  if (main.group !== 'all') addEvidence(c, reading, main.group);
  if (main.parts) {
    c.children = main.parts.children ?? c.children;
    c.women = main.parts.women ?? c.women;
    if (main.parts.children) addEvidence(c, reading, 'children');
    if (main.parts.women) addEvidence(c, reading, 'women');
  }
  setDates(ctx, reading, c, dates);
  setPlace(ctx, reading, c, places);
  // "Israeli strikes across the territory killed 30 on Sunday": one day's total over several
  // attacks in a whole country or territory (strikes across one province stay one event).
  const wide = !c.place || c.place.level === 0 || /^[A-Z]{2}:/.test(c.place.id);
  if (
    c.kind === 'incident' &&
    c.dateStated &&
    c.dateStart === c.dateEnd &&
    wide &&
    acrossAttacks(reading)
  ) {
    c.kind = 'cumulative';
    c.totalType = 'daily';
    c.periodStart = c.dateStart;
  }
  // "in Qarni village": a place the gazetteer does not know is kept by the text's name when the
  // gazetteer gave nothing finer than a province.
  const own = reading.textPlaces.filter((t) => t.start >= segStart && t.start < segEnd);
  // "Thandwe township's Lin Thi village": a village, camp or street the gazetteer does not hold
  // is finer than any town it holds.
  const fine = own.find((t) => FINE_KINDS.has(t.kind));
  if (!c.place || c.place.level <= 1 || fine) {
    const named = fine ?? own[0] ?? (mains.length === 1 ? reading.textPlaces[0] : undefined);
    if (named) {
      c.placeText = named.name;
      c.placeStated = true;
    }
  }
  return c;
};

/**
 * "X killed 16, the civil defence said, while the Observatory put the toll at 13": with several
 * figures and several sources in one sentence, each source goes with the figure nearest to it.
 * Worked out once per sentence, so that a sentence of many figures stays linear.
 */
const sourceOwners = (
  reading: SentenceReading,
  mains: CasualtyMention[],
): Map<CasualtyMention, string[]> | null => {
  if (mains.length < 2 || reading.sources.length < 2) return null;
  const distance = (s: { start: number; end: number }, m: CasualtyMention) =>
    s.end <= m.start ? m.start - s.end : Math.max(0, s.start - m.end);
  const owners = new Map<CasualtyMention, string[]>();
  for (const s of reading.sources) {
    // The nearest figure is a neighbour of the source's position among the (ordered) figures.
    let lo = 0;
    let hi = mains.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mains[mid]?.start ?? 0) < s.start) lo = mid + 1;
      else hi = mid;
    }
    const near = mains.slice(Math.max(0, lo - 2), lo + 2);
    let best = near[0] as CasualtyMention;
    for (const m of near) if (distance(s, m) < distance(s, best)) best = m;
    const list = owners.get(best) ?? [];
    list.push(s.name);
    owners.set(best, list);
  }
  return owners;
};

const setDates = (ctx: Context, reading: SentenceReading, c: Candidate, dates: DateMention[]) => {
  const since = dates.find((d) => d.role === 'since');
  const period = dates.find((d) => d.role === 'period');
  const point = dates.find((d) => d.role === 'point');
  const span = since ?? period;
  if (span) {
    c.kind = 'cumulative';
    c.totalType = span.daily ? 'daily' : 'running';
    // The codebook (data/README.md §9.5): a daily total's period starts on its (first) day too.
    c.periodStart = span.dateStart;
    c.dateStart = span.dateStart;
    c.dateEnd = point && !span.daily ? (point.dateEnd ?? span.dateEnd) : span.dateEnd;
    c.precision = span.precision;
    c.dateStated = true;
    return;
  }
  // "so far this week", "in total this month": a running total over the stated span.
  if (
    reading.totalWords &&
    point?.dateStart &&
    point.dateEnd &&
    point.precision === 'approximate' &&
    point.dateStart !== point.dateEnd &&
    isoDayToNumber(point.dateEnd) - isoDayToNumber(point.dateStart) >= 1 &&
    !isOvernight(point, ctx.published)
  ) {
    c.kind = 'cumulative';
    c.totalType = 'running';
    c.periodStart = point.dateStart;
    c.dateStart = point.dateStart;
    c.dateEnd = point.dateEnd;
    c.precision = 'exact';
    c.dateStated = true;
    return;
  }
  if (reading.totalWords && !point) {
    c.kind = 'cumulative';
    c.totalType = 'running';
    c.dateEnd = ctx.published;
    return;
  }
  // A figure for a whole month ("in December") is a period total, not one event.
  if (
    point?.dateStart &&
    point.dateEnd &&
    point.precision === 'approximate' &&
    isoDayToNumber(point.dateEnd) - isoDayToNumber(point.dateStart) > 7
  ) {
    c.kind = 'cumulative';
    c.totalType = 'running';
    c.periodStart = point.dateStart;
    c.dateStart = point.dateStart;
    c.dateEnd = point.dateEnd;
    c.precision = 'exact';
    c.dateStated = true;
    return;
  }
  const stated = point ?? inheritedDate(ctx, reading) ?? elaboratedDate(ctx, reading);
  if (stated) {
    c.dateStart = stated.dateStart;
    c.dateEnd = stated.dateEnd;
    c.precision = stated.precision;
    c.dateStated = point !== undefined;
    return;
  }
  // Only the day the source spoke: the event happened on or before it.
  const spoke = reading.dates.find((d) => d.role === 'statement');
  if (spoke?.dateEnd) c.dateEnd = spoke.dateEnd;
};

const PLURAL_ATTACKS = new Set(['strikes', 'attacks', 'airstrikes', 'raids', 'bombardments']);
const ACROSS = new Set(['across', 'separate', 'several', 'various', 'multiple']);

/** How many words may stand between "strikes" and "killed" ("strikes in Gaza on Sunday killed"). */
const SUBJECT_SPAN = 8;
const KILL_VERBS = new Set(['killed', 'kill', 'killing']);

/** "Israeli strikes in Gaza on Sunday killed 30": attacks in the plural are the subject. */
const attacksKilled = (words: string[]): boolean =>
  words.some(
    (w, k) =>
      PLURAL_ATTACKS.has(w) &&
      words.slice(k + 1, k + 1 + SUBJECT_SPAN).some((v) => KILL_VERBS.has(v)) &&
      !words.slice(k + 1, k + 1 + SUBJECT_SPAN).some((v) => v === '.' || v === ','),
  );

/** "strikes across the territory", "in separate attacks": a figure summed over attacks. */
const acrossAttacks = (reading: SentenceReading): boolean => {
  const words = reading.tokens.map((t) => t.lower);
  return (
    (words.some((w) => PLURAL_ATTACKS.has(w)) &&
      words.some(
        (w, k) => ACROSS.has(w) && PLURAL_ATTACKS.has(words[k + 1] ?? words[k + 2] ?? ''),
      )) ||
    (words.includes('across') && words.some((w) => PLURAL_ATTACKS.has(w))) ||
    attacksKilled(words)
  );
};

const isOvernight = (d: DateMention, published: IsoDay) =>
  d.dateEnd === published &&
  isoDayToNumber(published) - isoDayToNumber(d.dateStart ?? published) === 1;

/**
 * The sentence right after a figure, in the same paragraph and with no figure of its own, often
 * says when and where it happened ("25 were killed, the monitor said on Monday. The strikes hit
 * the city of Idlib on Sunday.").
 */
const elaboration = (ctx: Context, reading: SentenceReading): SentenceReading | undefined => {
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

const elaboratedDate = (ctx: Context, reading: SentenceReading): DateMention | undefined => {
  const next = elaboration(ctx, reading);
  if (!next || next.dates.some((d) => d.role === 'since' || d.role === 'period')) return undefined;
  return next.dates.find((d) => d.role === 'point');
};

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

/** A date stated earlier in the same paragraph ("On Monday, shelling hit Ariha. Five died."). */
const inheritedDate = (ctx: Context, reading: SentenceReading): DateMention | undefined =>
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

const setPlace = (ctx: Context, reading: SentenceReading, c: Candidate, places: PlaceMention[]) => {
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

/** A source named in a figure-less sentence next to the record's own. */
const nearbySources = (readings: SentenceReading[], c: Candidate): string[] | null => {
  for (const offset of [1, -1, 2, -2]) {
    for (const i of c.sentences) {
      const r = readings[i + offset];
      const own = readings[i];
      if (!r || !own || r.sentence.paragraph !== own.sentence.paragraph || r.mentions.length > 0)
        continue;
      if (r.sources.length > 0) return r.sources.map((s) => s.name);
    }
  }
  return null;
};

/** The event wording of a neighbouring sentence in the same paragraph, else of the title. */
const nearbyEvent = (
  readings: SentenceReading[],
  c: Candidate,
  wanted: (e: EventFind) => boolean,
  title: EventFind | null,
) => {
  for (const offset of [-1, 1, -2, 2]) {
    for (const i of c.sentences) {
      const r = readings[i + offset];
      const own = readings[i];
      if (r && own && r.sentence.paragraph === own.sentence.paragraph && wanted(r.event))
        return { event: r.event, fromTitle: false };
    }
  }
  return title ? { event: title, fromTitle: true } : null;
};

/**
 * "Idlib" alone is the governorate, but when the sentences around a record say "the city of
 * Idlib" (or name one town inside it that no other record claims), the record is about that place.
 */
/** How many records have each place: a place claimed by another record is not borrowed. */
const placeClaims = (all: Candidate[]): Map<string | undefined, number> => {
  const claims = new Map<string | undefined, number>();
  for (const o of all) claims.set(o.place?.id, (claims.get(o.place?.id) ?? 0) + 1);
  return claims;
};

const refinePlace = (
  index: PlaceIndex,
  readings: SentenceReading[],
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
      for (const m of r.places) {
        if (
          m.place.level > region.level &&
          m.hint !== 'admin' &&
          !claimed.has(m.place.id) &&
          ancestorsOf(index, m.place).some((a) => a.id === region.id)
        )
          inside.set(m.place.id, m.place);
      }
    }
  }
  if (inside.size === 1) {
    c.place = [...inside.values()][0] ?? c.place;
    claims.set(region.id, (claims.get(region.id) ?? 1) - 1);
    claims.set(c.place.id, (claims.get(c.place.id) ?? 0) + 1);
  }
};

const figure = (q: Quantity | null) => ({
  min: q === null || q.vague !== null ? null : q.min,
  max: q === null || q.vague !== null ? null : q.max,
});

const finish = (
  index: PlaceIndex,
  text: string,
  c: Candidate,
  country: Place | null,
  publisher: string | null,
): ExtractedRecord => {
  const killed = figure(c.killed);
  let children = figure(c.children);
  let women = figure(c.women);
  const injured = figure(c.injured);
  // A part never exceeds its whole; when the whole is only a vague word, the part is its floor.
  const withinWhole = (part: { min: number | null; max: number | null }) => {
    if (part.min === null) return part;
    const ceiling = killed.max ?? killed.min;
    if (ceiling !== null && part.min > ceiling) return { min: null, max: null };
    if (killed.max !== null && part.max !== null && part.max > killed.max)
      return { min: part.min, max: killed.max };
    return part;
  };
  children = withinWhole(children);
  women = withinWhole(women);
  if (killed.min === null && killed.max === null) {
    const floor = Math.max(children.min ?? -1, women.min ?? -1);
    if (floor >= 0) killed.min = floor;
  }
  const vague: ExtractedRecord['vague'] = {};
  if (c.killed?.vague) vague.killed = c.killed.vague;
  if (c.injured?.vague) vague.injured = c.injured.vague;
  if (c.children?.vague) vague.children = c.children.vague;
  if (c.women?.vague) vague.women = c.women.vague;
  const place = c.place;
  const chain = place ? ancestorsOf(index, place) : [];
  const countryPlace = chain.find((p) => p.level === 0) ?? country;
  const shortName = (p: Place) =>
    [p.name, ...p.altNames].sort((a, b) => a.length - b.length)[0] ?? p.name;
  const evidence: Evidence[] = [...c.evidence]
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
  const exactFigure = c.killed !== null && c.killed.vague === null && !c.killed.approximate;
  const confidence =
    0.4 +
    (c.sources.length > 0 ? 0.2 : 0) +
    (c.placeStated ? 0.15 : 0) +
    (c.dateStated ? 0.15 : 0) +
    (exactFigure ? 0.1 : 0);
  return {
    kind: c.kind,
    dateStart: c.dateStart,
    dateEnd: c.dateEnd,
    periodStart: c.kind === 'cumulative' ? c.periodStart : null,
    datePrecision: c.precision,
    totalType: c.kind === 'cumulative' ? (c.totalType ?? 'running') : null,
    // A figure placed only in a country names no place (the country has its own column).
    place: c.placeText ?? (place && place.level > 0 ? place.name : null),
    placeId: c.placeText ? null : (place?.id ?? null),
    // A territory-wide area ("Gaza Strip", id "PS:…") is not a division.
    admin1: chain.find((p) => p.level === 1 && !/^[A-Z]{2}:/.test(p.id))?.name ?? null,
    admin2: chain.find((p) => p.level === 2)?.name ?? null,
    country: countryPlace ? shortName(countryPlace) : null,
    coversIds: c.coversIds,
    killedMin: killed.min,
    killedMax: killed.max,
    childrenMin: children.min,
    childrenMax: children.max,
    womenMin: women.min,
    womenMax: women.max,
    injuredMin: injured.min,
    injuredMax: injured.max,
    vague,
    approximate: c.killed?.approximate === true && c.killed.vague === null,
    attributedTo: settleSources(c.sources, publisher),
    eventType: c.eventType,
    perpetrator: c.perpetrator,
    victims: c.victims,
    evidence,
    confidence: Math.round(confidence * 100) / 100,
  };
};
