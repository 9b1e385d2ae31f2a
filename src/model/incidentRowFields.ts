/**
 * One incidents.csv record's fields as the fast readers carry them, without an Incident object:
 * days as day numbers (model/dayNumber.ts; null for an empty cell) and list cells interned
 * (rows with the same raw cell share one frozen array, so identity can memoise per list). The
 * one row type: the scanner's row (src/ingest) extends it with where the record lies and the
 * cells cross-file checks read; the columns' builders (src/analysis/columns) take it.
 */
export interface IncidentRowFields {
  id: string;
  kind: 'incident' | 'cumulative';
  dayStart: number | null;
  dayEnd: number | null;
  placeId: string;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  eventType: string | null;
  reportIds: readonly string[];
  attributedTo: readonly string[];
  coversIds: readonly string[];
}

/** Where a record lies in its text: offsets of its first and past its last character, its line. */
export interface RecordSpan {
  start: number;
  end: number;
  /** Physical line the record starts on (header = line 1). */
  line: number;
}
