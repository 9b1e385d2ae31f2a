import type { ExtractedRecord } from '../../src/ingest/extract/extractedRecord';
import type { GazetteerPlace as Place } from '../../src/ingest/extract/gazetteer/worldGazetteer';
import { normalisePlaceName } from '../../src/ingest/extract/placeIndex';
import type { GoldKind, GoldRecord, RealReport } from './labelledCorpus';
import { bestPairs } from './scoreExtraction';

/*
 * Scores the extractor on real reports labelled with place names (labelledCorpus.ts). Records
 * are paired as in scoreExtraction.ts (same death figure first, never an unrelated record);
 * record precision, recall and F1 count the pairs; each field's accuracy is the share of paired
 * records whose value equals the label (both unknown counts as equal), as in the issue's
 * measurement. Places are compared by name, accent- and case-blind, and a predicted gazetteer
 * place also matches under any of its alternative names.
 */
export const REAL_FIELDS = [
  'deaths',
  'children',
  'injured',
  'kind',
  'date',
  'place',
  'admin1',
  'country',
  'attribution',
] as const;
export type RealField = (typeof REAL_FIELDS)[number];

export interface RecordScore {
  matched: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface RealScore {
  records: RecordScore;
  /** Accuracy over paired records (null when none was paired), and how many it was taken over. */
  fields: Record<RealField, { correct: number; of: number; accuracy: number | null }>;
}

/** A place name as placeIndex normalises it, without a leading Arabic article ("al-", "el-"). */
export const nameKey = (name: string): string =>
  normalisePlaceName(name)
    .replace(/\b(al|el|ad|ar|as|at|an|ash|az)\s+/g, '')
    .trim();

export interface NameLookup {
  /** Normalised names of each place id (its name and alternative names). */
  namesOf: Map<string, Set<string>>;
  /** Country id (level 0) by normalised name. */
  countryByName: Map<string, string>;
}

export const nameLookup = (gazetteer: readonly Place[]): NameLookup => {
  const namesOf = new Map<string, Set<string>>();
  const countryByName = new Map<string, string>();
  for (const p of gazetteer) {
    const keys = new Set([p.name, ...p.altNames].map(nameKey));
    namesOf.set(p.id, keys);
    if (p.level === 0) for (const k of keys) countryByName.set(k, p.id);
  }
  return { namesOf, countryByName };
};

export const kindOf = (r: ExtractedRecord): GoldKind =>
  r.kind === 'incident' ? 'incident' : r.totalType === 'daily' ? 'daily' : 'running';

const sameName = (
  lookup: NameLookup,
  predictedName: string | null,
  predictedId: string | null,
  gold: string | null,
): boolean => {
  if (gold === null || predictedName === null) return gold === predictedName;
  const key = nameKey(gold);
  if (nameKey(predictedName) === key) return true;
  return predictedId !== null && (lookup.namesOf.get(predictedId)?.has(key) ?? false);
};

const admin1Id = (lookup: NameLookup, r: ExtractedRecord): string | null => {
  if (r.admin1 === null) return null;
  const key = nameKey(r.admin1);
  for (const [id, names] of lookup.namesOf) if (id.length > 2 && names.has(key)) return id;
  return null;
};

const pair = (a: number | null, b: number | null) => `${a ?? ''}..${b ?? ''}`;

export const fieldEquals = (
  lookup: NameLookup,
  p: ExtractedRecord,
  g: GoldRecord,
  field: RealField,
): boolean => {
  switch (field) {
    case 'deaths':
      return pair(p.killedMin, p.killedMax) === pair(g.deaths[0], g.deaths[1]);
    case 'children':
      return pair(p.childrenMin, p.childrenMax) === pair(...(g.children ?? [null, null]));
    case 'injured':
      return pair(p.injuredMin, p.injuredMax) === pair(...(g.injured ?? [null, null]));
    case 'kind':
      return kindOf(p) === g.kind;
    case 'date':
      return [p.dateStart, p.dateEnd, p.periodStart].join('/') === g.dates.join('/');
    case 'place':
      return sameName(lookup, p.place, p.placeId, g.place);
    case 'admin1':
      return sameName(lookup, p.admin1, admin1Id(lookup, p), g.admin1);
    case 'country':
      return (
        (p.country === null ? null : lookup.countryByName.get(nameKey(p.country))) === g.country
      );
    case 'attribution':
      return [...p.attributedTo].sort().join('|') === [...g.by].sort().join('|');
  }
};

/** Pairs predicted and gold records of one report, best first (see scoreExtraction.ts). */
export const pairRecords = (
  lookup: NameLookup,
  predicted: readonly ExtractedRecord[],
  gold: readonly GoldRecord[],
): [number, number][] => {
  const pairs: { p: number; g: number; s: number }[] = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const s =
        (p.killedMin !== null && p.killedMin === g.deaths[0] ? 3 : 0) +
        (p.killedMax !== null && p.killedMax === g.deaths[1] ? 2 : 0) +
        (kindOf(p) === g.kind ? 1 : 0) +
        (g.place !== null && sameName(lookup, p.place, p.placeId, g.place) ? 1 : 0) +
        (p.dateEnd !== null && p.dateEnd === g.dates[1] ? 1 : 0);
      if (s >= 3) pairs.push({ p: i, g: j, s });
    });
  });
  return bestPairs(pairs);
};

export const scoreRealExtraction = (
  lookup: NameLookup,
  reports: { predicted: readonly ExtractedRecord[]; report: RealReport }[],
): RealScore => {
  let matched = 0;
  let predictedCount = 0;
  let expectedCount = 0;
  const correct = Object.fromEntries(REAL_FIELDS.map((f) => [f, 0])) as Record<RealField, number>;
  for (const { predicted, report } of reports) {
    const pairs = pairRecords(lookup, predicted, report.records);
    matched += pairs.length;
    predictedCount += predicted.length;
    expectedCount += report.records.length;
    for (const [i, j] of pairs) {
      const p = predicted[i] as ExtractedRecord;
      const g = report.records[j] as GoldRecord;
      for (const f of REAL_FIELDS) if (fieldEquals(lookup, p, g, f)) correct[f]++;
    }
  }
  const precision = predictedCount === 0 ? (expectedCount === 0 ? 1 : 0) : matched / predictedCount;
  const recall = expectedCount === 0 ? (predictedCount === 0 ? 1 : 0) : matched / expectedCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fields = Object.fromEntries(
    REAL_FIELDS.map((f) => [
      f,
      { correct: correct[f], of: matched, accuracy: matched === 0 ? null : correct[f] / matched },
    ]),
  ) as RealScore['fields'];
  return {
    records: { matched, predicted: predictedCount, expected: expectedCount, precision, recall, f1 },
    fields,
  };
};
