import type { IsoDay } from '../model/isoDay';
import type { Place } from '../model/place';
import type { Report } from '../model/report';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';
import { placeNameProblems } from './checkPlaceNames';
import { dateWindow, outsideWindow } from './dateWindow';

/** What the cross-file checks read of an incident record (an Incident, or a scanned row). */
export interface IncidentReferences {
  id: string;
  reportIds: readonly string[];
  attributedTo: readonly string[];
  placeId: string;
  country: string;
  admin1: string | null;
  admin2: string | null;
  coversIds: readonly string[];
  /** Day numbers (dateWindow.ts), null when the cell is empty. */
  dayStart: number | null;
  dayEnd: number | null;
  dayPeriodStart: number | null;
}

export interface IncidentCheckOptions {
  /**
   * The dataset's as-of date, else today: no record may speak of a later day than the one
   * after it. null: no upper bound (only 1900-01-01 as the lower one).
   */
  asOf?: IsoDay | null;
}

type Problem = [column: string, message: string];

/**
 * Checks incident records against the other files of their folder, one record at a time: unique
 * ids, known report ids, attributions among the reports', known place ids, admin1 matching the
 * place's governorate, covers_ids naming governorates. Problems found for a list or a place are
 * remembered, so a million records that share a few hundred places and report lists cost a few
 * map lookups each (a fast reader passes interned lists: equal cells are one array).
 */
export const createIncidentReferenceCheck = (
  file: string,
  reports: readonly Report[],
  places: readonly Place[],
  options: IncidentCheckOptions = {},
) => {
  const issues: RowIssue[] = [];
  const window = dateWindow(options.asOf ?? null);
  const firstLine = new Map<string, number>();
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  // Cross-file checks only make sense when the other files were readable at all.
  const checkReports = reports.length > 0;
  const checkPlaceIds = places.length > 0;
  const NONE: readonly Problem[] = [];

  const reportProblems = new Map<readonly string[], Map<readonly string[], readonly Problem[]>>();
  const reportsOf = (reportIds: readonly string[], attributedTo: readonly string[]) => {
    let byAttribution = reportProblems.get(reportIds);
    if (!byAttribution) {
      byAttribution = new Map();
      reportProblems.set(reportIds, byAttribution);
    }
    let found = byAttribution.get(attributedTo);
    if (found) return found;
    const problems: Problem[] = [];
    for (const reportId of reportIds) {
      if (!reportById.has(reportId))
        problems.push([
          'report_ids',
          `unknown report id ${shownName(reportId)} (expected an id listed in reports.csv)`,
        ]);
    }
    if (attributedTo.length > 0) {
      const named = new Set(reportIds.flatMap((id) => reportById.get(id)?.attributedTo ?? []));
      for (const organisation of attributedTo) {
        if (named.size > 0 && !named.has(organisation)) {
          problems.push([
            'attributed_to',
            `${shownName(organisation)} is not among its reports' attributed_to (expected one of: ${[...named].join(', ')})`,
          ]);
        }
      }
    }
    found = problems.length > 0 ? problems : NONE;
    byAttribution.set(attributedTo, found);
    return found;
  };

  const placeProblems = new Map<string, readonly Problem[]>();
  const placeOf = (record: IncidentReferences) => {
    const { placeId, coversIds } = record;
    // Covers lists are interned by a fast reader; for parsed records the key still dedupes.
    const key = [
      placeId,
      record.country,
      record.admin1 ?? '\u0001',
      record.admin2 ?? '\u0001',
      coversIds.join('|'),
    ].join('\u0000');
    let found = placeProblems.get(key);
    if (found) return found;
    const problems: Problem[] = [];
    const place = placeById.get(placeId);
    if (!place) {
      problems.push([
        'place_id',
        `unknown place id ${shownName(placeId)} (expected an id listed in places.csv)`,
      ]);
    } else {
      problems.push(...placeNameProblems(placeId, record, placeById));
      for (const coveredId of coversIds) {
        const covered = placeById.get(coveredId);
        if (!covered) {
          problems.push([
            'covers_ids',
            `unknown place id ${shownName(coveredId)} (expected an id listed in places.csv)`,
          ]);
        } else if (covered.level !== 1) {
          problems.push([
            'covers_ids',
            `${shownName(coveredId)} is level ${covered.level} (expected governorate ids, level 1)`,
          ]);
        }
      }
      if (coversIds.length > 0 && place.level !== 0) {
        problems.push([
          'covers_ids',
          `is set while place_id ${shownName(placeId)} is a single place (expected covers_ids only with a country-level place_id)`,
        ]);
      }
    }
    found = problems.length > 0 ? problems : NONE;
    placeProblems.set(key, found);
    return found;
  };

  const check = (line: number, record: IncidentReferences): void => {
    const first = firstLine.get(record.id);
    if (first === undefined) firstLine.set(record.id, line);
    else
      issues.push({
        file,
        row: line,
        column: 'id',
        message: `duplicate id ${shownName(record.id)}, first used on line ${first} (expected each id once)`,
        severity: 'error',
      });
    if (checkReports) {
      for (const [column, message] of reportsOf(record.reportIds, record.attributedTo))
        issues.push({ file, row: line, column, message, severity: 'error' });
    }
    if (checkPlaceIds) {
      for (const [column, message] of placeOf(record))
        issues.push({ file, row: line, column, message, severity: 'error' });
    }
    for (const [column, day] of [
      ['date_start', record.dayStart],
      ['date_end', record.dayEnd],
      ['period_start', record.dayPeriodStart],
    ] as const) {
      const outside = day === null ? null : outsideWindow(day, window);
      if (outside) issues.push({ file, row: line, column, message: outside, severity: 'error' });
    }
  };
  return Object.assign(check, { issues });
};
