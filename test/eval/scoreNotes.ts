import type { ExtractedRecord } from '../../src/ingest/extract/extractedRecord';

/**
 * The death count the extractor gives one event note, to compare with the coders' fatalities:
 * the lower bounds of its incident records added up (a note describes one event; its separate
 * figures, "two soldiers … three assailants", are parts of that event's toll), 0 when it found
 * none. Running and daily totals are context, not the event.
 */
export const noteDeaths = (records: readonly ExtractedRecord[]): number =>
  records
    .filter((r) => r.kind === 'incident')
    .reduce((sum, r) => sum + (r.killedMin ?? r.killedMax ?? 0), 0);

export interface NotesScore {
  notes: number;
  exact: number;
  /** Share of notes whose count equals the coders' exactly. */
  exactShare: number;
}

export const scoreNotes = (pairs: readonly { predicted: number; coded: number }[]): NotesScore => {
  const exact = pairs.filter((p) => p.predicted === p.coded).length;
  return { notes: pairs.length, exact, exactShare: pairs.length === 0 ? 0 : exact / pairs.length };
};
