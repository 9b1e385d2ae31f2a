import type { ExtractedRecord } from '../../src/ingest/extract/extractedRecord';
import type { ExpectedRecord } from './labelledCorpus';

export const SCORED_FIELDS = [
  'deaths',
  'children',
  'kind',
  'place',
  'date',
  'attribution',
  'eventType',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

type Comparable = Pick<
  ExpectedRecord,
  | 'kind'
  | 'dateStart'
  | 'dateEnd'
  | 'periodStart'
  | 'placeId'
  | 'killedMin'
  | 'killedMax'
  | 'childrenMin'
  | 'childrenMax'
  | 'attributedTo'
  | 'eventType'
>;

/** A field's value as one comparable string, or null when the record leaves it unknown. */
export const fieldValue = (r: Comparable, field: ScoredField): string | null => {
  const pair = (a: number | null, b: number | null) =>
    a === null && b === null ? null : `${a ?? ''}..${b ?? ''}`;
  switch (field) {
    case 'deaths':
      return pair(r.killedMin, r.killedMax);
    case 'children':
      return pair(r.childrenMin, r.childrenMax);
    case 'kind':
      return r.kind;
    case 'place':
      return r.placeId;
    case 'date':
      return r.dateStart === null && r.dateEnd === null && r.periodStart === null
        ? null
        : `${r.dateStart ?? ''}/${r.dateEnd ?? ''}/${r.periodStart ?? ''}`;
    case 'attribution':
      return r.attributedTo.length === 0 ? null : [...r.attributedTo].sort().join('|');
    case 'eventType':
      return r.eventType;
  }
};

export interface FieldScore {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScore {
  fields: Record<ScoredField, FieldScore>;
  /** Record level: a predicted record counts when it was matched to an expected one. */
  records: FieldScore;
  /** Micro-average over all fields. */
  overall: FieldScore;
}

const score = (truePositives: number, predicted: number, expected: number): FieldScore => {
  // Nothing to find and nothing found is perfect, not 0/0.
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted;
  const recall = expected === 0 ? (predicted === 0 ? 1 : 0) : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, expected, precision, recall, f1 };
};

/**
 * Pairs predicted with expected records of one report. Each pair gets a similarity: 3 for the
 * same lower bound of deaths, 2 for the same upper bound, 1 each for kind, place and end date.
 * Pairs are taken greedily, best first, and a pair needs at least 3 points (the same death
 * figure, or kind + place + date together), so an unrelated record is never paired.
 */
export const matchRecords = (
  predicted: Comparable[],
  expected: Comparable[],
): [number, number][] => {
  const pairs: { p: number; e: number; s: number }[] = [];
  predicted.forEach((p, i) => {
    expected.forEach((e, j) => {
      const s =
        (p.killedMin !== null && p.killedMin === e.killedMin ? 3 : 0) +
        (p.killedMax !== null && p.killedMax === e.killedMax ? 2 : 0) +
        (p.kind === e.kind ? 1 : 0) +
        (p.placeId !== null && p.placeId === e.placeId ? 1 : 0) +
        (p.dateEnd !== null && p.dateEnd === e.dateEnd ? 1 : 0);
      if (s >= 3) pairs.push({ p: i, e: j, s });
    });
  });
  return bestPairs(pairs.map(({ p, e, s }) => ({ p, g: e, s })));
};

/** Scored candidate pairs taken greedily, best first, each record in one pair at most. */
export const bestPairs = (pairs: { p: number; g: number; s: number }[]): [number, number][] => {
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: [number, number][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    matched.push([p, g]);
  }
  return matched;
};

/**
 * Precision, recall and F1 per field over many reports. A field value counts as predicted when
 * the extractor gave one and as expected when the label has one; it is a true positive when
 * the two records were matched and the values are equal. Values on unmatched records are
 * false positives (predicted) or misses (expected).
 */
export const scoreExtraction = (
  reports: { predicted: ExtractedRecord[] | Comparable[]; expected: Comparable[] }[],
): ExtractionScore => {
  const counts = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, p: 0, e: 0 }])) as Record<
    ScoredField,
    { tp: number; p: number; e: number }
  >;
  const rec = { tp: 0, p: 0, e: 0 };
  for (const { predicted, expected } of reports) {
    const matched = matchRecords(predicted, expected);
    rec.tp += matched.length;
    rec.p += predicted.length;
    rec.e += expected.length;
    for (const field of SCORED_FIELDS) {
      const c = counts[field];
      for (const p of predicted) if (fieldValue(p, field) !== null) c.p++;
      for (const e of expected) if (fieldValue(e, field) !== null) c.e++;
      for (const [i, j] of matched) {
        const pv = fieldValue(predicted[i] as Comparable, field);
        if (pv !== null && pv === fieldValue(expected[j] as Comparable, field)) c.tp++;
      }
    }
  }
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, score(counts[f].tp, counts[f].p, counts[f].e)]),
  ) as Record<ScoredField, FieldScore>;
  const total = SCORED_FIELDS.reduce(
    (acc, f) => ({ tp: acc.tp + counts[f].tp, p: acc.p + counts[f].p, e: acc.e + counts[f].e }),
    { tp: 0, p: 0, e: 0 },
  );
  return {
    fields,
    records: score(rec.tp, rec.p, rec.e),
    overall: score(total.tp, total.p, total.e),
  };
};
