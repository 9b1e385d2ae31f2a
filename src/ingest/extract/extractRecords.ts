import type { IsoDay } from '../../model/isoDay';
import { distinctPlaces, placeClaims, refinePlace } from './candidatePlace';
import type { ExtractedRecord } from './extractedRecord';
import { candidatesFrom } from './figureCandidates';
import { finish } from './finishRecord';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import { lendTextPlaces } from './lendTextPlace';
import { mergeAll } from './mergeCandidates';
import { fillFromNeighbours } from './neighbourFill';
import { buildPlaceIndex, type PlaceIndex } from './placeIndex';
import { readSentence, type SentenceReading } from './readSentence';
import { readReport } from './reportContext';
import { publisherSource } from './settleSources';
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

/**
 * Reads candidate casualty records from a news report. Pure and synchronous: the same text and
 * options give the same records in Node, a browser or a Worker. Every record carries the
 * sentences its figures came from, so a reviewer can check each number against the text.
 */
export const extractRecords = (text: string, options: ExtractOptions): ExtractedRecord[] => {
  const index = options.placeIndex ?? buildPlaceIndex(options.gazetteer);
  const readings = readAll(text, options, index);
  const { context, docSources } = readReport(text, options, index, readings);
  const candidates = candidatesFrom(context);
  fillFromNeighbours(context, candidates, docSources);
  const merged = mergeAll(index, candidates);
  const claims = placeClaims(merged);
  const distinct = distinctPlaces(readings);
  for (const c of merged) refinePlace(index, readings, distinct, c, claims);
  lendTextPlaces(readings, merged);
  const publisher = publisherSource(options.publisher);
  return merged.map((c) => finish(index, text, c, context.country, publisher));
};

/** Reads every sentence, telling `onProgress` every few hundred. */
const readAll = (text: string, options: ExtractOptions, index: PlaceIndex): SentenceReading[] => {
  const sentences = splitSentences(text);
  const readings = sentences.map((s, k) => {
    if (options.onProgress && k % PROGRESS_EVERY === 0) options.onProgress(k, sentences.length);
    return readSentence(text, s, options.published, index, new Set());
  });
  options.onProgress?.(sentences.length, sentences.length);
  return readings;
};
