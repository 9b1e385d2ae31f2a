import { ACLED_EVENT_TYPES } from '../../model/eventTypes';
import type { DatePrecision, Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import { shownValue } from '../../model/shownValue';
import { type CellProblem, importText, type RowOutcome, type SourceFormat } from './collectRows';
import type { ImportResult } from './importResult';
import { memoize } from './memoize';
import { parseAcledDate } from './parseAcledDate';
import { createPlaceMatcher, type SourceName } from './placeMatcher';
import { readCount } from './sourceCells';
import { createReportRegistry, splitOrganisations } from './sourceReports';
import { cellOf, type SourceRow } from './sourceTable';

/** The ACLED export columns the import reads (exports carry more; those are ignored). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'admin2',
  'location',
  'source',
  'notes',
  'fatalities',
] as const;

/** Event types where ACLED's actor1 is the side that did the killing. */
const ONE_SIDED_EVENT_TYPES = new Set(['Violence against civilians', 'Explosions/Remote violence']);

export const ACLED_PUBLISHER = 'ACLED (Armed Conflict Location & Event Data)';
export const ACLED_URL = 'https://acleddata.com/';

export interface AcledImportOptions {
  file?: string;
  publisher?: string;
  reportIdPrefix?: string;
}

/**
 * ACLED exports, read row by row. ACLED gives one fatality figure per event, so killed_min =
 * killed_max = fatalities. admin1/admin2 are matched to the gazetteer (unmatched names are
 * warnings, the event stays at the level that matched); `location` is tried against the
 * gazetteer's sub-districts and communities inside that unit and otherwise kept as free text.
 */
export const acledFormat = (
  gazetteer: readonly Place[],
  options: AcledImportOptions = {},
): SourceFormat => {
  const matchPlace = createPlaceMatcher(gazetteer);
  const registry = createReportRegistry({
    idPrefix: options.reportIdPrefix ?? 'acled',
    publisher: options.publisher ?? ACLED_PUBLISHER,
    url: ACLED_URL,
    titlePrefix: 'ACLED events sourced to',
  });
  const firstLineOfId = new Map<string, number>();
  // Cells most rows repeat, read once each.
  const dateOf = memoize(parseAcledDate);
  const organisationsOf = memoize(splitOrganisations);
  // Filled only where a row is imported, so that reports keep their order of first use.
  const reportIdOfSource = new Map<string, string>();

  // The row being mapped and its problems: a million rows, so the helpers are made once.
  let row: SourceRow = { line: 0, cells: [], columns: new Map() };
  let errors: CellProblem[] = [];
  const cell = (column: (typeof ACLED_COLUMNS)[number]) => cellOf(row, column).trim();
  const fail = (column: string, message: string) => errors.push({ column, message });

  const mapRow = (source: SourceRow): RowOutcome => {
    row = source;
    errors = [];
    const warnings: CellProblem[] = [];

    const sourceId = cell('event_id_cnty');
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(sourceId)) {
      fail(
        'event_id_cnty',
        `${shownValue(sourceId)} is not an ACLED event id (expected e.g. SYR12345)`,
      );
    } else if (firstLineOfId.has(sourceId)) {
      fail(
        'event_id_cnty',
        `duplicate event id ${sourceId}, first on line ${firstLineOfId.get(sourceId)} (expected each event once)`,
      );
    } else {
      firstLineOfId.set(sourceId, row.line);
    }

    const date = dateOf(cell('event_date'));
    if (!date.ok) fail('event_date', date.message);
    const timePrecision = cell('time_precision');
    if (!/^[1-3]$/.test(timePrecision)) {
      fail(
        'time_precision',
        `${shownValue(timePrecision)} is not an ACLED time precision (expected 1 day, 2 week or 3 month)`,
      );
    }
    // ACLED keeps one date even when it only knows the week or month: mark it approximate.
    const datePrecision: DatePrecision = timePrecision === '1' ? 'exact' : 'approximate';

    const fatalities = readCount(cell('fatalities'));
    if (!fatalities.ok) fail('fatalities', fatalities.message);

    const sources = cell('source');
    const organisations = organisationsOf(sources);
    if (organisations.length === 0) {
      fail('source', 'is empty (expected the organisation(s) ACLED sourced the event to)');
    }

    const match = matchPlace({
      country: { column: 'country', name: cell('country') },
      admin1: { column: 'admin1', name: cell('admin1') },
      admin2: { column: 'admin2', name: cell('admin2') },
      locality: { column: 'location', name: cell('location') },
    });
    const unmatched: SourceName[] = match.unmatched.map(({ column, name }) => ({ column, name }));
    const placement = match.best ? `${match.best.id} ${match.best.name}` : 'nowhere';
    if (!match.best) {
      fail(
        'country',
        `${shownValue(cell('country'))} ${match.unmatched[0]?.reason ?? 'matches no country'}; the event cannot be placed`,
      );
    } else {
      for (const u of match.unmatched) {
        warnings.push({
          column: u.column,
          message: `${shownValue(u.name)} ${u.reason}; event placed at ${placement}`,
        });
      }
    }

    if (errors.length > 0 || !match.best || !date.ok || !fatalities.ok) {
      return { incident: null, errors, warnings, unmatched };
    }

    const eventType = cell('event_type');
    const subEventType = cell('sub_event_type');
    const actor1 = cell('actor1');
    const actor2 = cell('actor2');
    const noteParts = [`ACLED: ${actor1}${actor2 ? ` vs ${actor2}` : ''}`];
    const category = [eventType, subEventType].filter((t) => t !== '').join(': ');
    // The codebook's list holds ACLED's categories; another value is kept, in the note.
    const known = category === '' || ACLED_EVENT_TYPES.includes(category);
    if (!known) {
      noteParts.push(`ACLED category: ${category}`);
      warnings.push({
        column: 'sub_event_type',
        message: `${shownValue(category)} is not one of ACLED's event types (data/README.md §6); event_type left empty and the category kept in the note`,
      });
    }
    if (cell('notes')) noteParts.push(cell('notes'));

    let reportId = reportIdOfSource.get(sources);
    if (reportId === undefined) {
      reportId = registry.reportFor(organisations).id;
      reportIdOfSource.set(sources, reportId);
    }
    const incident: Incident = {
      id: `acled-${sourceId}`,
      reportIds: [reportId],
      kind: 'incident',
      dateStart: date.value,
      dateEnd: date.value,
      periodStart: null,
      country: cell('country') || (match.country?.name ?? ''),
      admin1: match.governorate?.name ?? null,
      admin2: match.district?.name ?? null,
      place: cell('location') || null,
      placeId: match.best.id,
      killedMin: fatalities.value,
      killedMax: fatalities.value,
      childrenMin: null,
      childrenMax: null,
      womenMin: null,
      womenMax: null,
      injuredMin: null,
      injuredMax: null,
      eventType: known && category !== '' ? category : null,
      perpetrator: ONE_SIDED_EVENT_TYPES.has(eventType) && actor1 ? actor1 : null,
      note: noteParts.join('; '),
      attributedTo: organisations,
      coversIds: [],
      datePrecision,
      totalType: null,
      // ACLED's fatalities count everyone reported killed, whichever side.
      victims: 'all',
      killedBest: null,
      supersedes: [],
    };
    return { incident, errors, warnings, unmatched };
  };

  return {
    formatName: 'an ACLED export CSV',
    requiredColumns: ACLED_COLUMNS,
    mapRow,
    optionalColumns: ['attributed_to', 'date_precision', 'victims'],
    reports: registry.reports,
  };
};

/** Imports the text of an ACLED export CSV at once (a large file goes through acledFormat). */
export const importAcled = (
  csvText: string,
  gazetteer: readonly Place[],
  options: AcledImportOptions = {},
): ImportResult =>
  importText(csvText, options.file ?? 'acled.csv', acledFormat(gazetteer, options));
