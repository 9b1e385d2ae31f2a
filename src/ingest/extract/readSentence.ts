import type { IsoDay } from '../../model/isoDay';
import { type Attribution, findAttribution } from './findAttribution';
import { type CasualtyMention, findCasualtyMentions } from './findCasualtyMentions';
import { type DateMention, findDates } from './findDates';
import { type EventFind, findEventType } from './findEventType';
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
}

const TOTAL_WORDS = new Set(['total', 'overall', 'tally', 'cumulative', 'altogether']);
const ERA_NOUNS = new Set(['war', 'conflict', 'uprising', 'revolution', 'crisis']);
const ERA_VERBS = new Set(['has', 'have', 'had', 'began', 'started', 'killed', 'claimed', 'left']);

export const readSentence = (
  text: string,
  sentence: Sentence,
  published: IsoDay,
  index: PlaceIndex,
  governorates: ReadonlySet<string>,
): SentenceReading => {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const dates = findDates(tokens, published);
  const masked = new Set<number>();
  for (const d of dates) for (let k = d.start; k < d.end; k++) masked.add(k);
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
    if (
      ['bringing', 'brings', 'raising', 'raises', 'brought', 'raised'].includes(w) &&
      ['the', 'its', 'toll', 'total'].includes(lower(k + 1))
    )
      totalWords = true;
    if (ERA_NOUNS.has(w) && (ERA_VERBS.has(lower(k + 1)) || ERA_VERBS.has(lower(k + 2))))
      eraSubject = true;
    if (w === 'decade' || w === 'decades') eraSubject = true;
  }
  const dated = dates.some((d) => d.role !== 'era');
  const background = (dates.some((d) => d.role === 'era') && !dated) || (eraSubject && !dated);
  const mentions = findCasualtyMentions(tokens, masked);
  const places = findPlaces(index, tokens, governorates);
  return {
    sentence,
    tokens,
    dates,
    places: places.mentions,
    ambiguousPlace: places.ambiguous,
    mentions,
    sources: findAttribution(tokens),
    event: findEventType(tokens),
    totalWords,
    background,
  };
};
