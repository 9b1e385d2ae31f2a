import type { Victims } from '../../model/incident';
import type { Candidate } from './candidate';
import { markDayTotal, setDates } from './candidateDates';
import { placeByText, setPlace } from './candidatePlace';
import type { EvidenceField } from './extractedRecord';
import type { CasualtyMention } from './findCasualtyMentions';
import type { DateMention } from './findDates';
import type { PlaceMention } from './placeIndex';
import type { Quantity } from './readQuantity';
import type { SentenceReading } from './readSentence';
import { BACKGROUND_MAGNITUDE, type Context, NEAR } from './reportContext';
import { firstAtOrAfter } from './sortedByStart';

/*
 * Figures into candidate records, sentence by sentence: one candidate per main killed figure,
 * with its parts (children, women) and injured attached, its dates (candidateDates) and place
 * (candidatePlace).
 */

/** One candidate per main figure, sentence by sentence, with its parts and injured attached. */

export const candidatesFrom = (context: Context): Candidate[] => {
  const candidates: Candidate[] = [];
  let last: Candidate | null = null;
  for (const reading of context.readings) {
    if (reading.background) continue;
    const mentions = recordFigures(reading);
    const mains = mainFigures(mentions);
    const owners = sourceOwners(reading, mains);
    const made: Candidate[] = mains.map((m, k) =>
      makeCandidate(context, reading, m, k, mains, owners),
    );
    attachParts(candidates, made, mains, mentions, reading);
    attachInjured(made, mains, mentions, reading, last);
    for (const c of made) candidates.push(c);
    if (made.length > 0) last = made[made.length - 1] ?? last;
  }
  return candidates;
};

/** A sentence's figures, without the war-long totals that an undated sentence states. */
const recordFigures = (reading: SentenceReading): CasualtyMention[] => {
  const dated = reading.dates.some((d) => d.role !== 'era' && d.role !== 'statement');
  return reading.mentions.filter(
    (m) =>
      dated ||
      (m.quantity.vague === null
        ? m.quantity.magnitude < 100 * BACKGROUND_MAGNITUDE
        : m.quantity.magnitude < BACKGROUND_MAGNITUDE),
  );
};

/** Killed figures that are parts ("including ten children") go to their record. */
const attachParts = (
  candidates: Candidate[],
  made: Candidate[],
  mains: CasualtyMention[],
  mentions: CasualtyMention[],
  reading: SentenceReading,
) => {
  const isMain = new Set(mains);
  for (const part of mentions.filter((m) => !isMain.has(m) && m.role === 'killed')) {
    const host =
      nearestHost(made, mains, part) ?? earlierHost(candidates, reading, part.quantity.min);
    if (host) addPart(host, part, reading);
  }
};

/** Injured figures go to the nearest record of the sentence, or to the one just before it. */
const attachInjured = (
  made: Candidate[],
  mains: CasualtyMention[],
  mentions: CasualtyMention[],
  reading: SentenceReading,
  last: Candidate | null,
) => {
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
};

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

export const near = (c: Candidate, reading: SentenceReading): boolean => {
  const lastSentence = c.sentences[c.sentences.length - 1] ?? -99;
  return reading.sentence.index - lastSentence <= NEAR + 1;
};

const nearestHost = (
  made: Candidate[],
  mains: CasualtyMention[],
  part: CasualtyMention,
): Candidate | null => {
  // The last main figure that starts before the part (mains are in text order).
  const lo = firstAtOrAfter(mains, part.start);
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

/** The part of a sentence a figure owns: from it (the first, from the start) to the next. */
interface Segment {
  start: number;
  end: number;
  dates: DateMention[];
  places: PlaceMention[];
}

const segmentOf = (
  reading: SentenceReading,
  main: CasualtyMention,
  k: number,
  mains: CasualtyMention[],
): Segment => {
  const next = mains[k + 1];
  const start = k === 0 ? 0 : main.start;
  const end = next ? next.start : reading.tokens.length;
  const firstStart = mains[0]?.start ?? 0;
  const usable = (d: DateMention) => d.role !== 'era' && d.role !== 'statement';
  const own = datesIn(reading.dates, start, end).filter(usable);
  const dates =
    own.length > 0
      ? own
      : reading.dates.filter((d) => usable(d) && (mains.length === 1 || d.start < firstStart));
  let places = placesIn(reading.places, start, end);
  if (places.length === 0) places = placesIn(reading.places, 0, firstStart);
  return { start, end, dates, places };
};

const makeCandidate = (
  ctx: Context,
  reading: SentenceReading,
  main: CasualtyMention,
  k: number,
  mains: CasualtyMention[],
  owners: Map<CasualtyMention, string[]> | null,
): Candidate => {
  const segment = segmentOf(reading, main, k, mains);
  const c = newCandidate(ctx, reading, main, owners, segment.places.length > 0);
  addFigureEvidence(c, reading, main);
  setDates(ctx, reading, c, segment.dates);
  setPlace(ctx, reading, c, segment.places);
  markDayTotal(c, reading);
  placeByText(c, reading, segment, mains.length === 1);
  return c;
};

const newCandidate = (
  ctx: Context,
  reading: SentenceReading,
  main: CasualtyMention,
  owners: Map<CasualtyMention, string[]> | null,
  placeStated: boolean,
): Candidate => ({
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
  placeStated,
  placeText: null,
  sources: owners ? (owners.get(main) ?? []) : reading.sources.map((s) => s.name),
  eventType: reading.event.eventType,
  perpetrator: reading.event.perpetrator,
  perpetratorRank: reading.sentence.isHeadline ? 2 : 0,
  victims: main.victims as Victims,
  evidence: [],
  sentences: [],
  headline: reading.sentence.isHeadline,
});

const addFigureEvidence = (c: Candidate, reading: SentenceReading, main: CasualtyMention) => {
  addEvidence(c, reading, 'killed');
  if (main.group !== 'all') addEvidence(c, reading, main.group);
  if (main.parts) {
    c.children = main.parts.children ?? c.children;
    c.women = main.parts.women ?? c.women;
    if (main.parts.children) addEvidence(c, reading, 'children');
    if (main.parts.women) addEvidence(c, reading, 'women');
  }
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
    const lo = firstAtOrAfter(mains, s.start);
    const near = mains.slice(Math.max(0, lo - 2), lo + 2);
    let best = near[0] as CasualtyMention;
    for (const m of near) if (distance(s, m) < distance(s, best)) best = m;
    const list = owners.get(best) ?? [];
    list.push(s.name);
    owners.set(best, list);
  }
  return owners;
};
