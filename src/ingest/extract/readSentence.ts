import type { IsoDay } from '../../model/isoDay';
import { type Attribution, findAttribution } from './findAttribution';
import { type CasualtyMention, findCasualtyMentions } from './findCasualtyMentions';
import { type DateMention, findDates } from './findDates';
import { type EventFind, findEventType } from './findEventType';
import { findTextPlaces, type TextPlace } from './findTextPlaces';
import { findPlaces, type PlaceIndex, type PlaceMention } from './placeIndex';
import type { Sentence } from './splitSentences';
import { type Token, tokenize } from './tokenize';

/** Everything read from one sentence; records are assembled from these. */
export interface SentenceReading {
  sentence: Sentence;
  tokens: Token[];
  dates: DateMention[];
  places: PlaceMention[];
  mentions: CasualtyMention[];
  sources: Attribution[];
  event: EventFind;
  /** "total", "so far", "overall": the figure is a running total even without "since". */
  totalWords: boolean;
  /** "the war has killed …", "since 2011": background, not a record. */
  background: boolean;
  /** A place name matched several places and none could be chosen yet. */
  ambiguousPlace: boolean;
  /** Places named as such ("Qarni village") that no gazetteer name covers. */
  textPlaces: TextPlace[];
}

const TOTAL_WORDS = new Set(['total', 'overall', 'tally', 'cumulative', 'altogether']);
/** Verbs of speaking: a day right after them ("said on Monday") is when the source spoke. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'reported',
  'added',
  'announced',
  'stated',
  'confirmed',
  'noted',
  'warned',
  'wrote',
  'tweeted',
  'posted',
  'published',
  'released',
  'declared',
  'claimed',
  'saying',
  'adding',
]);
const DASHES = new Set(['-', '—', '–']);
/** How many capitalised words a name told something may have ("Radio Free Asia"). */
const MAX_NAME_WORDS = 4;
const AUDIENCES = new Set(['reporters', 'journalists', 'media', 'press', 'us', 'television']);
/** "in the war", "of the conflict", "since 2011": what the figure counts is the whole war. */
const ERA_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'of', 'since', 'over']);

/**
 * A wire dateline at the start of a sentence: "BEIRUT (Reuters) -", "AMMAN, Dec 9 (AFP) —".
 * Returns the index of the first token after it, or 0. Places, dates and agencies in it say
 * where and when the report was filed, not where and when anything happened.
 */
export const datelineEnd = (tokens: Token[]): number => {
  for (let k = 1; k < tokens.length && k < 12; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === ')' && DASHES.has(tokens[k + 1]?.text ?? '')) {
      for (let j = k - 1; j > 0 && j >= k - 4; j--) if (tokens[j]?.text === '(') return k + 2;
      return 0;
    }
    if (t.text === '.' || t.text === ';') return 0;
  }
  return 0;
};

/**
 * The day a source spoke: right after a verb of speaking ("said on Monday", "told AFP on
 * Monday") or at the end of an "according to …" phrase ("according to the White Helmets, a
 * rescue group, on Monday"), with no figure in between.
 */
const isStatementDate = (tokens: Token[], start: number, figures: ReadonlySet<number>): boolean => {
  let k = start - 1;
  while (['on', 'late', 'early', 'last'].includes(tokens[k]?.lower ?? '')) k--;
  if (SPEECH_VERBS.has(tokens[k]?.lower ?? '')) return true;
  // "told AFP on Monday", "told Radio Free Asia Wednesday", "told reporters on Monday" (but not
  // "reported shelling on Monday")
  const heard = tokens[k];
  if (
    heard?.type === 'word' &&
    AUDIENCES.has(heard.lower) &&
    SPEECH_VERBS.has(tokens[k - 1]?.lower ?? '')
  )
    return true;
  for (let j = k; j > k - MAX_NAME_WORDS && tokens[j]?.type === 'word'; j--) {
    if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '')) break;
    if (SPEECH_VERBS.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  if (tokens[k]?.text !== ',') return false;
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    if (figures.has(j)) return false;
    const w = tokens[j]?.lower ?? '';
    if (w === 'according' && tokens[j + 1]?.lower === 'to') return true;
    if (w === ';' || w === '.') return false;
  }
  return false;
};
const RAISING = new Set(['bringing', 'brings', 'raising', 'raises', 'brought', 'raised']);
const RAISED_WHAT = new Set(['the', 'its', 'toll', 'total']);
const ERA_NOUNS = new Set(['war', 'conflict', 'uprising', 'revolution', 'crisis']);
const ERA_VERBS = new Set(['has', 'have', 'had', 'began', 'started', 'killed', 'claimed', 'left']);

/** Within a few words after a figure: "killed in the war", "dead since 2011". */
const eraAfter = (tokens: Token[], from: number): boolean => {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!ERA_PREPOSITIONS.has(w)) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    if (['civil', 'syrian', 'whole', 'entire'].includes(tokens[j]?.lower ?? '')) j++;
    if (ERA_NOUNS.has(tokens[j]?.lower ?? '')) return true;
    const t = tokens[j];
    if (w === 'since' && t?.type === 'number' && /^\d{4}$/.test(t.text)) return true;
  }
  return false;
};

export const readSentence = (
  text: string,
  sentence: Sentence,
  published: IsoDay,
  index: PlaceIndex,
  governorates: ReadonlySet<string>,
): SentenceReading => {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const dateline = datelineEnd(tokens);
  const dates = findDates(tokens, published);
  const masked = new Set<number>();
  for (const d of dates) for (let k = d.start; k < d.end; k++) masked.add(k);
  for (let k = 0; k < dateline; k++) masked.add(k);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  let totalWords = false;
  let eraSubject = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = lower(k);
    if (TOTAL_WORDS.has(w)) totalWords = true;
    if (
      (w === 'so' && lower(k + 1) === 'far') ||
      (w === 'to' && lower(k + 1) === 'date') ||
      (w === 'in' && lower(k + 1) === 'all' && lower(k + 2) !== 'the')
    )
      totalWords = true;
    if (RAISING.has(w) && RAISED_WHAT.has(lower(k + 1))) totalWords = true;
    if (ERA_NOUNS.has(w) && (ERA_VERBS.has(lower(k + 1)) || ERA_VERBS.has(lower(k + 2))))
      eraSubject = true;
    if (w === 'decade' || w === 'decades') eraSubject = true;
  }
  let mentions = findCasualtyMentions(tokens, masked);
  const figures = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) figures.add(k);
  for (const d of dates)
    if (d.role === 'point' && (d.start < dateline || isStatementDate(tokens, d.start, figures)))
      d.role = 'statement';
  // "the more than 600,000 people killed in the war": a war-long figure, even in a dated sentence.
  mentions = mentions.filter((m) => !(m.quantity.magnitude >= 1000 && eraAfter(tokens, m.end)));
  const dated = dates.some((d) => d.role !== 'era' && d.role !== 'statement');
  const background = (dates.some((d) => d.role === 'era') && !dated) || (eraSubject && !dated);
  const places = findPlaces(index, tokens, governorates);
  const placeMentions =
    dateline > 0 ? places.mentions.filter((p) => p.start >= dateline) : places.mentions;
  const sources = findAttribution(tokens);
  return {
    sentence,
    tokens,
    dates,
    places: placeMentions,
    ambiguousPlace: places.ambiguous,
    textPlaces: textPlacesOutside(tokens, places.mentions),
    mentions,
    sources: dateline > 0 ? sources.filter((s) => s.start >= dateline) : sources,
    event: findEventType(tokens),
    totalWords,
    background,
  };
};

/**
 * The places named by kind that no gazetteer name covers, sorted by where they start. Covered
 * tokens are marked once: comparing every pair would make a sentence of many places quadratic.
 */
const textPlacesOutside = (tokens: Token[], mentions: PlaceMention[]): TextPlace[] => {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return findTextPlaces(tokens)
    .filter((t) => !covered.subarray(t.start, t.end).includes(1))
    .sort((a, b) => a.start - b.start);
};
