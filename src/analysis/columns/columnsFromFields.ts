import type { IncidentRowFields, RecordSpan } from '../../model/incidentRowFields';
import type { Report } from '../../model/report';
import type { Gazetteer } from '../gazetteer';
import { createColumnsBuilder, type IncidentColumns, NO_DAY } from './incidentColumns';

/** One record's fields as a fast reader yields them, and where the record lies in its text. */
export type RecordFields = IncidentRowFields & RecordSpan;

/** Columns plus what a worker needs to find each row's record again (in stored row order). */
export interface ColumnsWithSpans {
  columns: IncidentColumns;
  rowStart: Uint32Array;
  rowEnd: Uint32Array;
  rowLine: Uint32Array;
  /** Per row, its index in `reportSets` (most records share a handful of report lists). */
  reportSetOfRow: Uint32Array;
  reportSets: string[][];
}

/**
 * Builds columns from records' fields without Incident objects. Sources follow `sourcesOf`
 * (the record's own attribution, else its reports'), resolved once per distinct report list.
 */
export const createFieldsColumnsBuilder = (
  capacity: number,
  gazetteer: Gazetteer,
  reportsById: ReadonlyMap<string, Report>,
) => {
  const builder = createColumnsBuilder(capacity, gazetteer);
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  const lines = new Uint32Array(capacity);
  const sets = new Uint32Array(capacity);
  const setIndex = new Map<readonly string[], number>();
  const reportSets: string[][] = [];
  const reportSources = new Map<readonly string[], string[]>();
  const sourcesOfReports = (ids: readonly string[]): string[] => {
    let names = reportSources.get(ids);
    if (names === undefined) {
      const set = new Set<string>();
      for (const id of ids)
        for (const name of reportsById.get(id)?.attributedTo ?? []) set.add(name);
      names = [...set];
      reportSources.set(ids, names);
    }
    return names;
  };
  // One object reused for every row: ColumnsBuilder.add copies what it keeps.
  const row = {
    id: '',
    kind: 'incident' as 'incident' | 'cumulative',
    dayStart: NO_DAY,
    dayEnd: NO_DAY,
    placeId: '',
    killedMin: null as number | null,
    killedMax: null as number | null,
    childrenMin: null as number | null,
    childrenMax: null as number | null,
    eventType: null as string | null,
    sources: [] as readonly string[],
    coversIds: [] as readonly string[],
  };
  let n = 0;
  const add = (fields: RecordFields): void => {
    row.id = fields.id;
    row.kind = fields.kind;
    row.dayStart = fields.dayStart ?? NO_DAY;
    row.dayEnd = fields.dayEnd ?? NO_DAY;
    row.placeId = fields.placeId;
    row.killedMin = fields.killedMin;
    row.killedMax = fields.killedMax;
    row.childrenMin = fields.childrenMin;
    row.childrenMax = fields.childrenMax;
    row.eventType = fields.eventType;
    row.sources =
      fields.attributedTo.length > 0 ? fields.attributedTo : sourcesOfReports(fields.reportIds);
    row.coversIds = fields.coversIds;
    builder.add(row);
    starts[n] = fields.start;
    ends[n] = fields.end;
    lines[n] = fields.line;
    let set = setIndex.get(fields.reportIds);
    if (set === undefined) {
      set = reportSets.length;
      setIndex.set(fields.reportIds, set);
      reportSets.push([...fields.reportIds]);
    }
    sets[n] = set;
    n++;
  };
  const finish = (): ColumnsWithSpans => {
    const columns = builder.finish();
    // The builder stores rows sorted; its inputIndex says where each came from.
    const rowStart = new Uint32Array(columns.length);
    const rowEnd = new Uint32Array(columns.length);
    const rowLine = new Uint32Array(columns.length);
    const reportSetOfRow = new Uint32Array(columns.length);
    for (let r = 0; r < columns.length; r++) {
      const i = columns.inputIndex[r] ?? 0;
      rowStart[r] = starts[i] ?? 0;
      rowEnd[r] = ends[i] ?? 0;
      rowLine[r] = lines[i] ?? 0;
      reportSetOfRow[r] = sets[i] ?? 0;
    }
    return { columns, rowStart, rowEnd, rowLine, reportSetOfRow, reportSets };
  };
  return { add, finish };
};

/**
 * Columns from a text read by `scan` (src/ingest's scanIncidentRows, passed in: analysis does
 * not import the readers), which calls back once per accepted record and returns its issues.
 */
export const columnsFromText = <Row extends RecordFields, Issue>(
  text: string,
  gazetteer: Gazetteer,
  reportsById: ReadonlyMap<string, Report>,
  scan: (text: string, onRow: (row: Row) => void) => { issues: Issue[] },
): { held: ColumnsWithSpans; issues: Issue[] } => {
  // Records ≤ line breaks + 1: a capacity without a second pass over the text.
  let capacity = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) capacity++;
  return columnsFromScan(capacity, gazetteer, reportsById, (onRow) => scan(text, onRow));
};

/** columnsFromText for a text the caller scans itself (e.g. one held in pieces). */
export const columnsFromScan = <Row extends RecordFields, Issue>(
  /** At least the number of records, e.g. line breaks + 1. */
  capacity: number,
  gazetteer: Gazetteer,
  reportsById: ReadonlyMap<string, Report>,
  scan: (onRow: (row: Row) => void) => { issues: Issue[] },
): { held: ColumnsWithSpans; issues: Issue[] } => {
  const builder = createFieldsColumnsBuilder(capacity, gazetteer, reportsById);
  const { issues } = scan(builder.add);
  return { held: builder.finish(), issues };
};
