import type { Incident } from '../../model/incident';
import type { ExtractedRecord } from './extractedRecord';

/**
 * An extracted record in the dataset's shape, for `--csv`. Unknown place and country stay
 * empty: the reviewer fills them in; a made-up id would pass validation and hide the gap.
 */
export const extractedToIncident = (
  record: ExtractedRecord,
  id: string,
  reportId: string,
): Incident => ({
  id,
  reportIds: [reportId],
  kind: record.kind,
  dateStart: record.dateStart,
  dateEnd: record.dateEnd,
  periodStart: record.periodStart,
  country: record.country ?? '',
  admin1: record.admin1,
  admin2: record.admin2,
  place: record.place,
  placeId: record.placeId ?? '',
  killedMin: record.killedMin,
  killedMax: record.killedMax,
  childrenMin: record.childrenMin,
  childrenMax: record.childrenMax,
  womenMin: record.womenMin,
  womenMax: record.womenMax,
  injuredMin: record.injuredMin,
  injuredMax: record.injuredMax,
  eventType: record.eventType,
  perpetrator: record.perpetrator,
  note:
    Object.keys(record.vague).length > 0
      ? `vague: ${Object.entries(record.vague)
          .map(([k, v]) => `${k} "${v}"`)
          .join(', ')}`
      : null,
  attributedTo: record.attributedTo,
  coversIds: record.coversIds,
  datePrecision: record.datePrecision,
  totalType: record.totalType,
  victims: record.victims,
  killedBest: null,
  supersedes: [],
});
