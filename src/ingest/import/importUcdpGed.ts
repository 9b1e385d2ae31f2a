import type { DatePrecision, Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import { shownValue } from '../../model/shownValue';
import { type CellProblem, importText, type RowOutcome, type SourceFormat } from './collectRows';
import type { ImportResult } from './importResult';
import { createPlaceMatcher, type PlaceMatch, type SourceName } from './placeMatcher';
import { readCount, readIsoDay } from './sourceCells';
import { createReportRegistry, splitOrganisations } from './sourceReports';
import { cellOf, type SourceRow } from './sourceTable';
import { readUcdpPoint } from './ucdpPoint';

/**
 * The GED columns the import requires; other columns (free text, geometry) are left out, except
 * the point (UCDP_GED_POINT_COLUMNS), read when the file has it.
 */
export const UCDP_GED_COLUMNS = [
  'id',
  'type_of_violence',
  'dyad_new_id',
  'side_a',
  'side_b',
  'source_office',
  'adm_1',
  'adm_2',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_civilians',
  'low',
  'best',
  'high',
] as const;

/** Where an event happened and how precisely: optional, a GED file without them has no points. */
export const UCDP_GED_POINT_COLUMNS = ['latitude', 'longitude', 'where_prec'] as const;

/** UCDP's three categories of organised violence (GED codebook, type_of_violence). */
export const UCDP_VIOLENCE_TYPES: Record<string, string> = {
  '1': 'state-based',
  '2': 'non-state',
  '3': 'one-sided violence',
};

export interface UcdpImportOptions {
  /** File name used in issues. */
  file?: string;
  /** The release, as UCDP labels it; it becomes each report's publisher. */
  publisher?: string;
  /**
   * Prefix of report ids: one report per distinct (set of source offices, dyad), with the id
   * `<prefix>-<dyad_new_id>-<offices slug>`.
   */
  reportIdPrefix?: string;
  /**
   * false: leave the events' points out (latitude, longitude, coord_precision). The bundled
   * data/ucdp-syria is imported so, to keep its incidents.csv under 2 MiB; default true.
   */
  points?: boolean;
}

export const UCDP_SYRIA_PUBLISHER = 'UCDP GED Syria 20160101–20191130 (652.1601.1911)';
export const UCDP_DOWNLOAD_URL = 'https://ucdp.uu.se/downloads/';

/** The most precise place found, as "SY02 Aleppo (governorate)", for messages. */
const describePlacement = (match: PlaceMatch): string => {
  const place = match.best;
  if (!place) return 'nowhere';
  const noun =
    place === match.district ? 'district' : place === match.governorate ? 'governorate' : 'country';
  return `${place.id} ${place.name} (${noun})`;
};

/**
 * The range of an event's three figures. UCDP's low ≤ best ≤ high fails for some events (101 in
 * the Syria file, e.g. low 177, best 142, high 177): the range then spans all three, lowest to
 * highest, so that no figure UCDP gives falls outside it and the totals stay UCDP's own. best is
 * kept as UCDP's best; the record's note and a warning give the three figures as UCDP wrote them.
 */
export const spanOf = (low: number, best: number, high: number) => {
  const min = Math.min(low, best, high);
  const max = Math.max(low, best, high);
  const figures = `low ${low}, best ${best}, high ${high}`;
  const outOfOrder = low > best ? 'low' : best > high ? 'high' : null;
  return {
    min,
    max,
    outOfOrder,
    note: outOfOrder
      ? `UCDP's figures out of order (${figures}); range is lowest to highest`
      : null,
    warning: `UCDP gives ${figures}, which are not in order (expected low ≤ best ≤ high); imported with the range ${min}–${max} (lowest to highest of the three), best ${best}, and a note`,
  };
};

/**
 * UCDP GED event CSVs, read row by row. Each event becomes one incident `ucdp-<id>` with UCDP's low /
 * best / high as killed_min / killed_best / killed_max (spanOf: lowest to highest when they are
 * out of order); victims are `all` because GED's best
 * counts every death (the civilian share goes into the note, as `<n> civilians`). Places are
 * matched to the gazetteer by name; an unmatched name is a warning and the event is placed at
 * the most precise level that did match. Pure: the caller reads the file and the gazetteer.
 *
 * Kept compact (the bundled Syria file has 16,000 events): what many events share is said once,
 * in the report. Each event points to the report of its (source offices, dyad) pair, which holds
 * the offices (attributed_to) and the dyad's two sides (title); the event's own attributed_to is
 * left empty, which Tolltrack reads as "the report's". admin1 / admin2 are left empty too: the
 * event's place_id says the same, and places.csv names its governorate and district.
 */
export const ucdpGedFormat = (
  gazetteer: readonly Place[],
  options: UcdpImportOptions = {},
): SourceFormat => {
  const matchPlace = createPlaceMatcher(gazetteer);
  const registry = createReportRegistry({
    idPrefix: options.reportIdPrefix ?? 'ucdp',
    publisher: options.publisher ?? UCDP_SYRIA_PUBLISHER,
    url: UCDP_DOWNLOAD_URL,
    titlePrefix: 'UCDP GED events',
    language: 'en',
  });
  const firstLineOfId = new Map<string, number>();

  const mapRow = (row: SourceRow): RowOutcome => {
    const cell = (
      column: (typeof UCDP_GED_COLUMNS)[number] | (typeof UCDP_GED_POINT_COLUMNS)[number],
    ) => cellOf(row, column);
    const errors: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const fail = (column: string, message: string) => errors.push({ column, message });

    const sourceId = cell('id').trim();
    if (!/^\d+$/.test(sourceId)) {
      fail('id', `${shownValue(cell('id'))} is not a UCDP event id (expected digits)`);
    } else if (firstLineOfId.has(sourceId)) {
      fail(
        'id',
        `duplicate event id ${sourceId}, first on line ${firstLineOfId.get(sourceId)} (expected each event once)`,
      );
    } else {
      firstLineOfId.set(sourceId, row.line);
    }

    const dateStart = readIsoDay(cell('date_start'));
    const dateEnd = readIsoDay(cell('date_end'));
    if (!dateStart.ok) fail('date_start', dateStart.message);
    if (!dateEnd.ok) fail('date_end', dateEnd.message);
    if (dateStart.ok && dateEnd.ok && dateEnd.value < dateStart.value) {
      fail(
        'date_end',
        `${dateEnd.value} is before date_start ${dateStart.value} (expected date_end ≥ date_start)`,
      );
    }
    const datePrec = cell('date_prec').trim();
    if (!/^[1-5]$/.test(datePrec)) {
      fail(
        'date_prec',
        `${shownValue(cell('date_prec'))} is not a GED date precision (expected 1 to 5)`,
      );
    }
    // GED date_prec 1 is the exact day; 2–5 mean "some day within date_start–date_end".
    const datePrecision: DatePrecision = datePrec === '1' ? 'exact' : 'approximate';

    const low = readCount(cell('low'));
    const best = readCount(cell('best'));
    const high = readCount(cell('high'));
    if (!low.ok) fail('low', low.message);
    if (!best.ok) fail('best', best.message);
    if (!high.ok) fail('high', high.message);
    const range = low.ok && best.ok && high.ok ? spanOf(low.value, best.value, high.value) : null;
    if (range?.outOfOrder) warnings.push({ column: range.outOfOrder, message: range.warning });

    const violence = UCDP_VIOLENCE_TYPES[cell('type_of_violence').trim()];
    if (!violence) {
      fail(
        'type_of_violence',
        `${shownValue(cell('type_of_violence'))} is not a GED type of violence (expected 1 state-based, 2 non-state or 3 one-sided)`,
      );
    }

    const dyadId = cell('dyad_new_id').trim();
    if (!/^\d+$/.test(dyadId)) {
      fail(
        'dyad_new_id',
        `${shownValue(cell('dyad_new_id'))} is not a UCDP dyad id (expected digits)`,
      );
    }

    const organisations = splitOrganisations(cell('source_office'));
    if (organisations.length === 0) {
      fail('source_office', 'is empty (expected the organisation(s) UCDP sourced the event to)');
    }

    const civilians = readCount(cell('deaths_civilians'));
    if (!civilians.ok) {
      warnings.push({
        column: 'deaths_civilians',
        message: `${civilians.message}; note left empty`,
      });
    }

    const point = readUcdpPoint(cell('latitude'), cell('longitude'), cell('where_prec'));
    if (options.points !== false) warnings.push(...point.warnings);

    const names = {
      country: { column: 'country', name: cell('country') },
      admin1: { column: 'adm_1', name: cell('adm_1') },
      admin2: { column: 'adm_2', name: cell('adm_2') },
    };
    const match = matchPlace(names);
    const unmatched: SourceName[] = match.unmatched.map(({ column, name }) => ({ column, name }));
    if (!match.best) {
      fail(
        'country',
        `${shownValue(cell('country'))} ${match.unmatched[0]?.reason ?? 'matches no country'}; the event cannot be placed`,
      );
    } else {
      for (const u of match.unmatched) {
        warnings.push({
          column: u.column,
          message: `${shownValue(u.name)} ${u.reason}; event placed at ${describePlacement(match)}`,
        });
      }
    }

    if (
      errors.length > 0 ||
      !match.best ||
      !dateStart.ok ||
      !dateEnd.ok ||
      !low.ok ||
      !best.ok ||
      !high.ok
    ) {
      return { incident: null, errors, warnings, unmatched };
    }

    const sideA = cell('side_a').trim();
    const sideB = cell('side_b').trim();
    // The two sides are the same for every event of a dyad, so the report says them once.
    const report = registry.reportFor(organisations, {
      idPart: dyadId,
      key: [dyadId, sideA, sideB].join('\u0000'),
      label: `dyad: ${sideA || '(side_a empty)'} – ${sideB || '(side_b empty)'}`,
    });
    // GED's civilian share of the deaths; the model has no column for it, so it is the note.
    const note =
      [civilians.ok ? `${civilians.value} civilians` : null, range?.note ?? null]
        .filter((part) => part !== null)
        .join('; ') || null;
    // The finest name UCDP gave that the gazetteer did not know stays as free text.
    const unplacedName = [...match.unmatched].reverse().find((u) => u.column !== 'country')?.name;

    const incident: Incident = {
      id: `ucdp-${sourceId}`,
      reportIds: [report.id],
      kind: 'incident',
      dateStart: dateStart.value,
      dateEnd: dateEnd.value,
      periodStart: null,
      country: cell('country').trim() || (match.country?.name ?? ''),
      // Derivable from place_id (authoritative) through places.csv; left empty to keep the file small.
      admin1: null,
      admin2: null,
      place: unplacedName?.trim() || null,
      placeId: match.best.id,
      killedMin: range?.min ?? low.value,
      killedMax: range?.max ?? high.value,
      childrenMin: null,
      childrenMax: null,
      womenMin: null,
      womenMax: null,
      injuredMin: null,
      injuredMax: null,
      eventType: violence ?? null,
      // Only one-sided violence has a perpetrator in GED's terms; in fighting both sides kill.
      perpetrator: cell('type_of_violence').trim() === '3' ? sideA || null : null,
      note,
      // Empty: read as the report's attributed_to, which is exactly this event's offices.
      attributedTo: [],
      coversIds: [],
      datePrecision,
      totalType: null,
      victims: 'all',
      killedBest: best.value,
      supersedes: [],
      ...(point.coordinates && options.points !== false ? { coordinates: point.coordinates } : {}),
    };
    return { incident, errors, warnings, unmatched };
  };

  return {
    formatName: 'a UCDP GED event CSV',
    requiredColumns: UCDP_GED_COLUMNS,
    mapRow,
    optionalColumns: [
      'date_precision',
      'victims',
      'killed_best',
      ...(options.points === false ? [] : (['latitude', 'longitude', 'coord_precision'] as const)),
    ],
    reports: registry.reports,
  };
};

/** Imports the text of a UCDP GED event CSV at once (a large file goes through ucdpGedFormat). */
export const importUcdpGed = (
  csvText: string,
  gazetteer: readonly Place[],
  options: UcdpImportOptions = {},
): ImportResult =>
  importText(csvText, options.file ?? 'ucdp-ged.csv', ucdpGedFormat(gazetteer, options));
