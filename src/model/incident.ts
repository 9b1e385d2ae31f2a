import { z } from 'zod';
import {
  coordinateCell,
  countCell,
  idCell,
  listCell,
  optionalDayCell,
  optionalTextCell,
  requiredTextCell,
} from './cells';
import { eventTypeCell } from './eventTypes';
import { highestOf } from './figureBounds';
import { isoDaySchema } from './isoDay';
import { shownName, shownValue } from './shownValue';

/**
 * The public column order of `data/incidents.csv`. The first 22 columns (up to `note`) are the contract
 * other tools read; the ones after `note` are Tolltrack's additions (see data/README.md).
 */
export const INCIDENT_COLUMNS = [
  'id',
  'report_ids',
  'kind',
  'date_start',
  'date_end',
  'period_start',
  'country',
  'admin1',
  'admin2',
  'place',
  'place_id',
  'killed_min',
  'killed_max',
  'children_min',
  'children_max',
  'women_min',
  'women_max',
  'injured_min',
  'injured_max',
  'event_type',
  'perpetrator',
  'note',
  'attributed_to',
  'covers_ids',
  'date_precision',
  'total_type',
  'victims',
  'killed_best',
  'supersedes',
  'latitude',
  'longitude',
  'coord_precision',
] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];

/** Columns a file may leave out (added after the public format was fixed). */
export const OPTIONAL_INCIDENT_COLUMNS: readonly IncidentColumn[] = [
  'attributed_to',
  'covers_ids',
  'date_precision',
  'total_type',
  'victims',
  'killed_best',
  'supersedes',
  'latitude',
  'longitude',
  'coord_precision',
];

/** `incident`: one event as a report states it. `cumulative`: a stated total over a period. */
export const recordKindSchema = z.enum(['incident', 'cumulative']);
export type RecordKind = z.infer<typeof recordKindSchema>;

/** `exact`: it happened on every day it spans; `approximate`: on some day within the range. */
export const datePrecisionSchema = z.enum(['exact', 'approximate']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** For cumulative records: a running total ("since 27 Nov") or a one-day total across places. */
export const totalTypeSchema = z.enum(['running', 'daily']);
export type TotalType = z.infer<typeof totalTypeSchema>;

/** Who the figure counts, as the source says: civilians, combatants, or everyone. */
export const victimsSchema = z.enum(['civilians', 'combatants', 'all', 'unknown']);
export type Victims = z.infer<typeof victimsSchema>;

const count = z.number().int().nonnegative().nullable();

/**
 * Where the event happened, when the source gives a point (WGS84, decimal degrees). `precision`
 * is UCDP GED's where_prec, 1 (the exact place) to 7 (international waters or airspace), null
 * when the source gives none: a point may stand for a whole district or governorate.
 */
export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.number().int().min(1).max(7).nullable(),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** A figure: `min` is the lower bound ("at least 25" → 25, null max); `max` the upper one. */
export const incidentSchema = z.object({
  id: z.string().min(1),
  reportIds: z.array(z.string().min(1)).min(1),
  kind: recordKindSchema,
  dateStart: isoDaySchema.nullable(),
  dateEnd: isoDaySchema.nullable(),
  periodStart: isoDaySchema.nullable(),
  country: z.string().min(1),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  place: z.string().nullable(),
  placeId: z.string().min(1),
  killedMin: count,
  killedMax: count,
  childrenMin: count,
  childrenMax: count,
  womenMin: count,
  womenMax: count,
  injuredMin: count,
  injuredMax: count,
  eventType: z.string().nullable(),
  perpetrator: z.string().nullable(),
  note: z.string().nullable(),
  attributedTo: z.array(z.string().min(1)),
  coversIds: z.array(z.string().min(1)),
  datePrecision: datePrecisionSchema,
  totalType: totalTypeSchema.nullable(),
  victims: victimsSchema,
  killedBest: count,
  /**
   * Earlier records of the same source for the same event or statement that this one revises
   * ("at least 4", then "at least 7"): a superseded figure is history, never a bound.
   */
  // Absent in records saved before the column existed (a browser's workspace): none.
  supersedes: z.array(z.string().min(1)).default([]),
  /** Absent when the record has no point (most reports name a place, not coordinates). */
  coordinates: coordinatesSchema.optional(),
});
export type Incident = z.infer<typeof incidentSchema>;

const enumCell = <T extends string>(values: readonly T[], fallback: T | null) =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === '' || (values as readonly string[]).includes(s), {
      error: (iss) =>
        `${shownValue(iss.input)} is not allowed (expected one of: ${values.join(', ')})`,
    })
    .transform((s): T | null => (s === '' ? fallback : (s as T)));

/** Pairs that must satisfy min ≤ max, and subsets that must not exceed the killed figure. */
const RANGES = [
  ['killed_min', 'killed_max'],
  ['children_min', 'children_max'],
  ['women_min', 'women_max'],
  ['injured_min', 'injured_max'],
] as const;
const SUBSETS = [
  ['children_min', 'children'],
  ['women_min', 'women'],
] as const;

/** UCDP GED's where_prec, 1 to 7; empty when the source gives none. */
const coordPrecisionCell = z
  .string()
  .regex(/^\s*[1-7]?\s*$/, {
    abort: true,
    error: (iss) =>
      `${shownValue(iss.input)} is not a coordinate precision (expected 1 to 7, UCDP's where_prec, or empty)`,
  })
  .transform((s) => (s.trim() === '' ? null : Number(s.trim())));

interface CoordinateCells {
  latitude?: number | null;
  longitude?: number | null;
  coord_precision?: number | null;
}

/** Both coordinates or neither; a precision only with a point. */
const checkCoordinates = (
  row: CoordinateCells,
  fail: (column: IncidentColumn, message: string) => void,
): void => {
  const lat = row.latitude ?? null;
  const lon = row.longitude ?? null;
  if (lat !== null && lon === null)
    fail('longitude', `is empty while latitude is ${lat} (expected both coordinates, or neither)`);
  if (lat === null && lon !== null)
    fail('latitude', `is empty while longitude is ${lon} (expected both coordinates, or neither)`);
  const precision = row.coord_precision ?? null;
  if (precision !== null && lat === null && lon === null)
    fail(
      'coord_precision',
      `is ${precision} while latitude and longitude are empty (expected a precision only with a point)`,
    );
};

const coordinatesOf = (row: CoordinateCells): { coordinates?: Coordinates } => {
  const lat = row.latitude ?? null;
  const lon = row.longitude ?? null;
  return lat === null || lon === null
    ? {}
    : { coordinates: { lat, lon, precision: row.coord_precision ?? null } };
};

export const incidentRowSchema = z
  .object({
    id: idCell,
    report_ids: listCell.pipe(
      z
        .array(z.string())
        .min(1, { error: 'is empty (expected one or more report ids, |-separated)' }),
    ),
    kind: z.enum(['incident', 'cumulative'], {
      error: (iss) => `${shownValue(iss.input)} is not a kind (expected incident or cumulative)`,
    }),
    date_start: optionalDayCell,
    date_end: optionalDayCell,
    period_start: optionalDayCell,
    country: requiredTextCell,
    admin1: optionalTextCell,
    admin2: optionalTextCell,
    place: optionalTextCell,
    place_id: requiredTextCell,
    killed_min: countCell,
    killed_max: countCell,
    children_min: countCell,
    children_max: countCell,
    women_min: countCell,
    women_max: countCell,
    injured_min: countCell,
    injured_max: countCell,
    event_type: eventTypeCell,
    perpetrator: optionalTextCell,
    note: optionalTextCell,
    attributed_to: listCell.optional().transform((v) => v ?? []),
    covers_ids: listCell.optional().transform((v) => v ?? []),
    date_precision: enumCell(datePrecisionSchema.options, 'exact').optional(),
    total_type: enumCell(totalTypeSchema.options, null).optional(),
    victims: enumCell(victimsSchema.options, 'unknown').optional(),
    killed_best: countCell.optional().transform((v) => v ?? null),
    supersedes: listCell.optional().transform((v) => v ?? []),
    latitude: coordinateCell('latitude', 90).optional(),
    longitude: coordinateCell('longitude', 180).optional(),
    coord_precision: coordPrecisionCell.optional(),
  })
  .superRefine((row, ctx) => {
    const fail = (column: IncidentColumn, message: string) =>
      ctx.addIssue({ code: 'custom', path: [column], message });
    if (row.kind === 'incident') {
      if (row.date_start === null)
        fail('date_start', 'is empty (expected the day the incident began)');
      if (row.date_end === null) fail('date_end', 'is empty (expected the day the incident ended)');
      if (row.period_start !== null)
        fail(
          'period_start',
          `is ${shownName(row.period_start)} (expected empty: only cumulative records have a period)`,
        );
      if (row.total_type)
        fail('total_type', `is ${shownName(row.total_type)} (expected empty for an incident)`);
    }
    if (row.date_start && row.date_end && row.date_end < row.date_start) {
      fail(
        'date_end',
        `${shownName(row.date_end)} is before date_start ${shownName(row.date_start)} (expected date_end ≥ date_start)`,
      );
    }
    if (row.period_start && row.date_end && row.date_end < row.period_start) {
      fail(
        'date_end',
        `${shownName(row.date_end)} is before period_start ${shownName(row.period_start)} (expected date_end ≥ period_start)`,
      );
    }
    for (const [minKey, maxKey] of RANGES) {
      const min = row[minKey];
      const max = row[maxKey];
      if (min !== null && max !== null && min > max) {
        fail(minKey, `${min} is greater than ${maxKey} ${max} (expected ${minKey} ≤ ${maxKey})`);
      }
      if (min === null && max !== null) {
        fail(
          minKey,
          `is empty while ${maxKey} is ${max} (expected a lower bound; use 0 if the source says "up to")`,
        );
      }
    }
    for (const [subsetKey, label] of SUBSETS) {
      const subset = row[subsetKey];
      // A subset cannot exceed the largest killed figure any source gives.
      const ceiling = highestOf(row.killed_min, row.killed_max);
      if (subset !== null && ceiling !== null && row.killed_max !== null && subset > ceiling) {
        fail(
          subsetKey,
          `${subset} ${label} is more than the ${ceiling} killed (expected ${subsetKey} ≤ killed_max)`,
        );
      }
      if (subset !== null && row.killed_min === null) {
        fail(
          'killed_min',
          `is empty while ${subsetKey} is ${subset} (expected killed_min ≥ ${subsetKey}: ${label} are among the killed)`,
        );
      } else if (
        subset !== null &&
        row.killed_min !== null &&
        row.killed_max === null &&
        subset > row.killed_min
      ) {
        fail(
          subsetKey,
          `${subset} ${label} is more than the at-least ${row.killed_min} killed (expected ${subsetKey} ≤ killed_min when killed_max is open)`,
        );
      }
    }
    checkCoordinates(row, fail);
    if (row.supersedes.includes(row.id))
      fail('supersedes', `names the record itself (expected earlier records' ids)`);
    if (row.killed_best !== null && row.killed_best !== undefined) {
      if (row.killed_min !== null && row.killed_best < row.killed_min)
        fail(
          'killed_best',
          `${row.killed_best} is below killed_min ${row.killed_min} (expected killed_min ≤ killed_best)`,
        );
      if (row.killed_max !== null && row.killed_best > row.killed_max)
        fail(
          'killed_best',
          `${row.killed_best} is above killed_max ${row.killed_max} (expected killed_best ≤ killed_max)`,
        );
    }
  })
  .transform(
    (row): Incident => ({
      id: row.id,
      reportIds: row.report_ids,
      kind: row.kind,
      dateStart: row.date_start,
      dateEnd: row.date_end,
      periodStart: row.period_start,
      country: row.country,
      admin1: row.admin1,
      admin2: row.admin2,
      place: row.place,
      placeId: row.place_id,
      killedMin: row.killed_min,
      killedMax: row.killed_max,
      childrenMin: row.children_min,
      childrenMax: row.children_max,
      womenMin: row.women_min,
      womenMax: row.women_max,
      injuredMin: row.injured_min,
      injuredMax: row.injured_max,
      eventType: row.event_type,
      perpetrator: row.perpetrator,
      note: row.note,
      attributedTo: row.attributed_to,
      coversIds: row.covers_ids,
      datePrecision: row.date_precision ?? 'exact',
      totalType: row.kind === 'cumulative' ? (row.total_type ?? 'running') : null,
      victims: row.victims ?? 'unknown',
      killedBest: row.killed_best ?? null,
      supersedes: row.supersedes,
      ...coordinatesOf(row),
    }),
  );

/** The same record written back as CSV cells, in INCIDENT_COLUMNS order. */
export const incidentToRow = (incident: Incident): Record<IncidentColumn, string> => {
  const n = (v: number | null) => (v === null ? '' : String(v));
  const t = (v: string | null) => v ?? '';
  return {
    id: incident.id,
    report_ids: incident.reportIds.join('|'),
    kind: incident.kind,
    date_start: t(incident.dateStart),
    date_end: t(incident.dateEnd),
    period_start: t(incident.periodStart),
    country: incident.country,
    admin1: t(incident.admin1),
    admin2: t(incident.admin2),
    place: t(incident.place),
    place_id: incident.placeId,
    killed_min: n(incident.killedMin),
    killed_max: n(incident.killedMax),
    children_min: n(incident.childrenMin),
    children_max: n(incident.childrenMax),
    women_min: n(incident.womenMin),
    women_max: n(incident.womenMax),
    injured_min: n(incident.injuredMin),
    injured_max: n(incident.injuredMax),
    event_type: t(incident.eventType),
    perpetrator: t(incident.perpetrator),
    note: t(incident.note),
    attributed_to: incident.attributedTo.join('|'),
    covers_ids: incident.coversIds.join('|'),
    date_precision: incident.datePrecision,
    total_type: t(incident.totalType),
    victims: incident.victims,
    killed_best: n(incident.killedBest),
    supersedes: incident.supersedes.join('|'),
    latitude: incident.coordinates ? String(incident.coordinates.lat) : '',
    longitude: incident.coordinates ? String(incident.coordinates.lon) : '',
    coord_precision: n(incident.coordinates?.precision ?? null),
  };
};
