/**
 * PRE-OPTIMISATION REFERENCE, kept for equivalence tests only: a verbatim copy of matchRecordPair.ts as it was
 * before the indexed rewrite (O(n²) candidate pairs). Not used by the app; do not optimise.
 */
import type { Incident } from '../../../model/incident';
import type { Place } from '../../../model/place';
import type { Gazetteer } from '../../gazetteer';
import { matchEventTypes } from '../eventTypeMatch';

/** Why two incident records may be one event (`rules`), or the first rule they fail. */
export type PairMatch = { matched: true; rules: string[] } | { matched: false; reason: string };

const LEVEL_WORDS = ['country', 'governorate', 'district', 'sub-district', 'community'] as const;

/** `Idleb (C3871, community)`: names repeat across levels (Idleb is a city and a governorate). */
export const placeLabel = (placeId: string, gazetteer: Gazetteer): string => {
  const place = gazetteer.byId.get(placeId);
  return place ? `${place.name} (${place.id}, ${LEVEL_WORDS[place.level]})` : placeId;
};

const describeDates = (record: Incident): string => {
  const start = record.dateStart ?? '?';
  const end = record.dateEnd ?? '?';
  const span = start === end ? start : `${start}…${end}`;
  return record.datePrecision === 'approximate' ? `some day in ${span}` : span;
};

/**
 * Dates: an exact record happened on every day of its span, an approximate one on some day
 * within it. Either way the two can be one event only if their spans share a day, so exact
 * records on different days never match, and an approximate range matches any record whose
 * span it overlaps.
 */
export const matchDates = (a: Incident, b: Incident): PairMatch => {
  if (!a.dateStart || !a.dateEnd || !b.dateStart || !b.dateEnd)
    return { matched: false, reason: 'a date is missing' };
  if (a.dateStart > b.dateEnd || b.dateStart > a.dateEnd)
    return {
      matched: false,
      reason: `dates ${describeDates(a)} and ${describeDates(b)} do not overlap`,
    };
  const oneDay = a.dateStart === a.dateEnd && b.dateStart === b.dateEnd;
  if (oneDay && a.datePrecision === 'exact' && b.datePrecision === 'exact')
    return { matched: true, rules: [`same day ${a.dateStart}`] };
  return {
    matched: true,
    rules: [`dates overlap: ${describeDates(a)} and ${describeDates(b)}`],
  };
};

/**
 * Places: the same place, or one inside the other (a city and its district or governorate),
 * because a report that says only "Idlib province" may well mean the strike another places in
 * Idlib city. Two places side by side (neighbouring districts, two towns of one governorate)
 * are different places. The whole country is too vague to tie a record to any one event.
 */
export const matchPlaces = (a: Incident, b: Incident, gazetteer: Gazetteer): PairMatch => {
  const isCountry = (id: string) => gazetteer.byId.get(id)?.level === 0;
  if (isCountry(a.placeId) || isCountry(b.placeId))
    return { matched: false, reason: 'a record is placed only at country level' };
  if (a.placeId === b.placeId)
    return { matched: true, rules: [`same place ${placeLabel(a.placeId, gazetteer)}`] };
  const within = (inner: string, outer: string): boolean =>
    gazetteer.lineage(inner).some((p: Place) => p.id === outer);
  if (within(a.placeId, b.placeId))
    return {
      matched: true,
      rules: [`${placeLabel(a.placeId, gazetteer)} within ${placeLabel(b.placeId, gazetteer)}`],
    };
  if (within(b.placeId, a.placeId))
    return {
      matched: true,
      rules: [`${placeLabel(b.placeId, gazetteer)} within ${placeLabel(a.placeId, gazetteer)}`],
    };
  return {
    matched: false,
    reason: `${placeLabel(a.placeId, gazetteer)} and ${placeLabel(b.placeId, gazetteer)} are not one inside the other`,
  };
};

export const sharedReports = (a: Incident, b: Incident): string[] =>
  a.reportIds.filter((id) => b.reportIds.includes(id));

/**
 * The automatic rules for two incident records. Records of one report never match: two
 * figures in one report are two statements, and the report itself did not call them one event.
 */
export const matchRecordPair = (a: Incident, b: Incident, gazetteer: Gazetteer): PairMatch => {
  if (a.kind !== 'incident' || b.kind !== 'incident')
    return { matched: false, reason: 'stated totals are never clustered' };
  // A best estimate is only coded when the source gives one, i.e. an event dataset such as UCDP
  // GED (data/README.md §6) that has already reconciled its own sources: each of its rows is a
  // distinct event, and merging two of them would hide deaths.
  if (a.killedBest !== null && b.killedBest !== null)
    return {
      matched: false,
      reason: 'both are rows of an event dataset that already reconciled its sources',
    };
  const shared = sharedReports(a, b);
  if (shared.length > 0) return { matched: false, reason: `same report ${shared.join(', ')}` };
  const dates = matchDates(a, b);
  if (!dates.matched) return dates;
  const places = matchPlaces(a, b, gazetteer);
  if (!places.matched) return places;
  const types = matchEventTypes(a.eventType, b.eventType);
  if (!types.compatible) return { matched: false, reason: types.reason };
  return { matched: true, rules: [...dates.rules, ...places.rules, types.rule] };
};
