import type { Incident } from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';
import type { Gazetteer } from '../gazetteer';

export interface IncidentExtent {
  /** The most precise place all members agree on; null if they share none. */
  placeId: string | null;
  /** Governorate name of `placeId`, or null when the incident is not within one. */
  admin1: string | null;
  dateStart: IsoDay | null;
  dateEnd: IsoDay | null;
}

/**
 * Where and when a cluster of records happened. Members placed one inside the other (Idlib city,
 * Idlib governorate) locate the event at the most precise of them: the vaguer report does not
 * contradict it. Otherwise (only possible through an analyst's merge) the smallest place
 * containing them all. Dates: the days every member allows (the spans overlap), else the whole
 * span they cover.
 */
export const incidentExtent = (
  records: readonly Incident[],
  gazetteer: Gazetteer,
): IncidentExtent => {
  const placeId = commonPlace(
    records.map((r) => r.placeId),
    gazetteer,
  );
  const starts = records.flatMap((r) => (r.dateStart ? [r.dateStart] : []));
  const ends = records.flatMap((r) => (r.dateEnd ? [r.dateEnd] : []));
  let dateStart = latest(starts);
  let dateEnd = earliest(ends);
  if (dateStart !== null && dateEnd !== null && dateStart > dateEnd) {
    dateStart = earliest(starts);
    dateEnd = latest(ends);
  }
  return {
    placeId,
    admin1: placeId === null ? null : (gazetteer.governorateOf(placeId)?.name ?? null),
    dateStart,
    dateEnd,
  };
};

const commonPlace = (placeIds: readonly string[], gazetteer: Gazetteer): string | null => {
  const chains = [...new Set(placeIds)].map((id) => {
    const lineage = gazetteer.lineage(id).map((p) => p.id);
    return lineage.length > 0 ? lineage : [id];
  });
  const first = chains[0];
  if (first === undefined) return null;
  // The deepest member place, if every other member place is on its lineage.
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a), first);
  if (chains.every((chain) => deepest.includes(chain[0] ?? ''))) return deepest[0] ?? null;
  // Otherwise the first place up the lineage that contains them all.
  return deepest.find((id) => chains.every((chain) => chain.includes(id))) ?? null;
};

const earliest = (days: readonly IsoDay[]): IsoDay | null =>
  days.reduce<IsoDay | null>((a, b) => (a === null || b < a ? b : a), null);
const latest = (days: readonly IsoDay[]): IsoDay | null =>
  days.reduce<IsoDay | null>((a, b) => (a === null || b > a ? b : a), null);
