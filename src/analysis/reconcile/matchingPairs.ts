import type { Incident } from '../../model/incident';
import type { Gazetteer } from '../gazetteer';
import {
  capReachedMessage,
  denseBlocks,
  MAX_COMPARED_PAIRS,
  type NotCompared,
} from './comparisonBounds';
import { matchEventTypes, normaliseEventType } from './eventTypeMatch';
import { placeLabel } from './matchRecordPair';
import { compare } from './overlappingPairs';

export interface ClusterOptions {
  /**
   * Told of the records that were not compared (comparisonBounds.ts): a place and day with too
   * many records, or the cap on compared pairs reached. They stay incidents of their own.
   */
  onNotCompared?: (notCompared: NotCompared) => void;
  /** The cap on compared pairs (MAX_COMPARED_PAIRS); tests lower it. */
  maxComparedPairs?: number;
}

export interface Candidate {
  a: Incident;
  b: Incident;
  /**
   * Closer matches are joined first: the same place (4) before a place inside it, the same
   * dates (2), the same event type (1).
   */
  closeness: number;
  /** The smaller and the larger id of the pair, as indexes among the distinct ids in id order. */
  lo: number;
  hi: number;
  /** Ranks of a and b in the order overlappingPairs sweeps. */
  ra: number;
  rb: number;
}

/** normaliseEventType, once per distinct spelling. */
export const normalisedTypes = (): ((type: string | null) => string) => {
  const cache = new Map<string | null, string>();
  return (type) => {
    let normalised = cache.get(type);
    if (normalised === undefined) {
      normalised = normaliseEventType(type);
      cache.set(type, normalised);
    }
    return normalised;
  };
};

/**
 * Exactly the pairs of `overlappingPairs` that `matchRecordPair` accepts, each oriented as
 * overlappingPairs lists it, without visiting the rest. Two places match only if one is on the
 * other's lineage, so records are bucketed by connected groups of related places (in practice a
 * governorate and everything in it; country-level places never match and join no group) and
 * each bucket is swept by start date on its own. The conditions are those of matchRecordPair,
 * tested without wording a reason for each pair that fails.
 */
export const matchingPairs = (
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  options: ClusterOptions,
): Candidate[] => {
  // The order of overlappingPairs: by start date, then by the input's (id) order.
  const dated = incidents
    .filter((r) => r.dateStart !== null && r.dateEnd !== null)
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) => compare(a.record.dateStart ?? '', b.record.dateStart ?? '') || a.index - b.index,
    )
    .map(({ record }) => record);

  // Union-find over the places in use and their non-country ancestors.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root))
      root = up;
    for (let at = id; at !== root; ) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const union = (x: string, y: string) => {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  };
  const isCountry = (placeId: string) => gazetteer.byId.get(placeId)?.level === 0;
  /** The ids on each place's lineage: matchPlaces' `within`. */
  const lineageIds = new Map<string, ReadonlySet<string>>();
  for (const record of dated) {
    const placeId = record.placeId;
    if (lineageIds.has(placeId)) continue;
    const lineage = gazetteer.lineage(placeId);
    lineageIds.set(placeId, new Set(lineage.map((p) => p.id)));
    if (isCountry(placeId)) continue;
    if (!parent.has(placeId)) parent.set(placeId, placeId);
    for (const p of lineage) {
      if (p.level === 0) continue;
      if (!parent.has(p.id)) parent.set(p.id, p.id);
      union(placeId, p.id);
    }
  }

  // Blocking by place group and day: a day with too many records in one group is not compared.
  const groupOf = (record: Incident) => (isCountry(record.placeId) ? null : find(record.placeId));
  const { dense, notCompared } = denseBlocks(dated, groupOf, (root) => {
    const governorate = gazetteer.governorateOf(root);
    return governorate
      ? `${placeLabel(governorate.id, gazetteer)} and the places in it`
      : placeLabel(root, gazetteer);
  });
  for (const n of notCompared) options.onNotCompared?.(n);

  const buckets = new Map<string, number[]>();
  dated.forEach((record, rank) => {
    if (isCountry(record.placeId) || dense.has(record)) return;
    const root = find(record.placeId);
    const bucket = buckets.get(root);
    if (bucket) bucket.push(rank);
    else buckets.set(root, [rank]);
  });

  // Event types: compatibility per pair of distinct spellings, computed once.
  const typeIndex = new Map<string | null, number>();
  const typeOf = dated.map((r) => {
    let index = typeIndex.get(r.eventType);
    if (index === undefined) {
      index = typeIndex.size;
      typeIndex.set(r.eventType, index);
    }
    return index;
  });
  const types = [...typeIndex.keys()];
  const fits = types.map((x) => types.map((y) => matchEventTypes(x, y).compatible));

  const related = (a: Incident, b: Incident): boolean =>
    a.placeId === b.placeId ||
    !!lineageIds.get(a.placeId)?.has(b.placeId) ||
    !!lineageIds.get(b.placeId)?.has(a.placeId);

  const pairs: Candidate[] = [];
  const cap = options.maxComparedPairs ?? MAX_COMPARED_PAIRS;
  let compared = 0;
  const blocks = [...buckets.values()];
  for (let bucket = 0; bucket < blocks.length; bucket++) {
    const ranks = blocks[bucket] as number[];
    for (let i = 0; i < ranks.length; i++) {
      const ra = ranks[i] as number;
      const a = dated[ra] as Incident;
      const end = a.dateEnd ?? '';
      const fitsA = fits[typeOf[ra] as number] as boolean[];
      for (let j = i + 1; j < ranks.length; j++) {
        const rb = ranks[j] as number;
        const b = dated[rb] as Incident;
        // Sorted by start: once b starts after a ends, no later record overlaps a either.
        if ((b.dateStart ?? '') > end) break;
        if (++compared > cap) {
          let left = ranks.length - i - 1;
          for (const later of blocks.slice(bucket + 1)) left += later.length;
          options.onNotCompared?.({
            recordIds: [a.id],
            message: capReachedMessage('Clustering', a, left, cap),
          });
          return pairs;
        }
        if (a.killedBest !== null && b.killedBest !== null) continue;
        if (a.reportIds.some((id) => b.reportIds.includes(id))) continue;
        // matchDates: both spans given and sharing a day.
        if (!a.dateStart || !a.dateEnd || !b.dateStart || !b.dateEnd) continue;
        if (a.dateStart > b.dateEnd || b.dateStart > a.dateEnd) continue;
        if (!related(a, b) || !fitsA[typeOf[rb] as number]) continue;
        pairs.push({
          a,
          b,
          closeness: 0,
          lo: 0,
          hi: 0,
          ra,
          rb,
        });
      }
    }
  }
  return pairs;
};
