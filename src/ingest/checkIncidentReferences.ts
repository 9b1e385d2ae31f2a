import type { Place } from '../model/place';
import type { Report } from '../model/report';
import type { RowIssue } from '../model/rowIssue';

/** What the cross-file checks read of an incident record (an Incident, or a scanned row). */
export interface IncidentReferences {
  id: string;
  reportIds: readonly string[];
  attributedTo: readonly string[];
  placeId: string;
  admin1: string | null;
  coversIds: readonly string[];
}

/** The governorate (level 1) containing a place, or null for the country itself. */
const governorateOf = (placeId: string, byId: Map<string, Place>): Place | null => {
  let place = byId.get(placeId);
  for (let depth = 0; place && depth < 8; depth++) {
    if (place.level === 1) return place;
    place = place.parentId ? byId.get(place.parentId) : undefined;
  }
  return null;
};

const matchesName = (place: Place, name: string): boolean => {
  const wanted = name.toLowerCase();
  return (
    place.name.toLowerCase() === wanted ||
    place.id.toLowerCase() === wanted ||
    place.altNames.some((alt) => alt.toLowerCase() === wanted)
  );
};

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
) => {
  const issues: RowIssue[] = [];
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
          `unknown report id ${reportId} (expected an id listed in reports.csv)`,
        ]);
    }
    if (attributedTo.length > 0) {
      const named = new Set(reportIds.flatMap((id) => reportById.get(id)?.attributedTo ?? []));
      for (const organisation of attributedTo) {
        if (named.size > 0 && !named.has(organisation)) {
          problems.push([
            'attributed_to',
            `${organisation} is not among its reports' attributed_to (expected one of: ${[...named].join(', ')})`,
          ]);
        }
      }
    }
    found = problems.length > 0 ? problems : NONE;
    byAttribution.set(attributedTo, found);
    return found;
  };

  const placeProblems = new Map<string, readonly Problem[]>();
  const placeOf = (placeId: string, admin1: string | null, coversIds: readonly string[]) => {
    // Covers lists are interned by a fast reader; for parsed records the key still dedupes.
    const key = `${placeId}\u0000${admin1 ?? '\u0001'}\u0000${coversIds.join('|')}`;
    let found = placeProblems.get(key);
    if (found) return found;
    const problems: Problem[] = [];
    const place = placeById.get(placeId);
    if (!place) {
      problems.push([
        'place_id',
        `unknown place id ${placeId} (expected an id listed in places.csv)`,
      ]);
    } else {
      const governorate = governorateOf(placeId, placeById);
      if (admin1 !== null) {
        if (!governorate) {
          problems.push([
            'admin1',
            `is ${admin1} but place_id ${placeId} is not inside a governorate (expected admin1 empty, or a place_id inside ${admin1})`,
          ]);
        } else if (!matchesName(governorate, admin1)) {
          problems.push([
            'admin1',
            `is ${admin1} but place_id ${placeId} lies in ${governorate.name} (expected ${governorate.name})`,
          ]);
        }
      }
      for (const coveredId of coversIds) {
        const covered = placeById.get(coveredId);
        if (!covered) {
          problems.push([
            'covers_ids',
            `unknown place id ${coveredId} (expected an id listed in places.csv)`,
          ]);
        } else if (covered.level !== 1) {
          problems.push([
            'covers_ids',
            `${coveredId} is level ${covered.level} (expected governorate ids, level 1)`,
          ]);
        }
      }
      if (coversIds.length > 0 && place.level !== 0) {
        problems.push([
          'covers_ids',
          `is set while place_id ${placeId} is a single place (expected covers_ids only with a country-level place_id)`,
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
        message: `duplicate id ${record.id}, first used on line ${first} (expected each id once)`,
        severity: 'error',
      });
    if (checkReports) {
      for (const [column, message] of reportsOf(record.reportIds, record.attributedTo))
        issues.push({ file, row: line, column, message, severity: 'error' });
    }
    if (checkPlaceIds) {
      for (const [column, message] of placeOf(record.placeId, record.admin1, record.coversIds))
        issues.push({ file, row: line, column, message, severity: 'error' });
    }
  };
  return Object.assign(check, { issues });
};
