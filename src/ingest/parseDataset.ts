import { ANNOTATION_COLUMNS, annotationRowSchema } from '../model/annotation';
import { CLUSTER_DECISION_COLUMNS, clusterDecisionRowSchema } from '../model/clusterDecision';
import { DATASET_FILES, type Dataset } from '../model/dataset';
import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../model/place';
import { REPORT_COLUMNS, type Report, reportRowSchema } from '../model/report';
import type { RowIssue } from '../model/rowIssue';
import { checkClusterDecisions } from './checkClusterDecisions';
import { type ParsedRecord, parseTable } from './parseTable';

export interface DatasetTexts {
  reports: string;
  incidents: string;
  places: string;
  /** Optional: a folder without annotations is still a dataset. */
  annotations?: string | undefined;
  /** Optional: analysts' cluster decisions (`cluster-decisions.csv`). */
  decisions?: string | undefined;
}

export interface ParsedDataset {
  dataset: Dataset;
  issues: RowIssue[];
}

/**
 * Parses a data folder's files and checks them against each other: unique ids, known report
 * and place ids, places whose governorate matches `admin1`. Pure: the caller reads the files.
 */
export const parseDataset = (texts: DatasetTexts): ParsedDataset => {
  const places = parseTable(texts.places, {
    file: DATASET_FILES.places,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  const reports = parseTable(texts.reports, {
    file: DATASET_FILES.reports,
    columns: REPORT_COLUMNS,
    rowSchema: reportRowSchema,
  });
  const incidents = parseTable(texts.incidents, {
    file: DATASET_FILES.incidents,
    columns: INCIDENT_COLUMNS,
    optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
    rowSchema: incidentRowSchema,
  });
  const annotations =
    texts.annotations === undefined
      ? { records: [], issues: [], rowsRead: 0 }
      : parseTable(texts.annotations, {
          file: DATASET_FILES.annotations,
          columns: ANNOTATION_COLUMNS,
          rowSchema: annotationRowSchema,
        });
  const decisions =
    texts.decisions === undefined
      ? undefined
      : parseTable(texts.decisions, {
          file: DATASET_FILES.decisions,
          columns: CLUSTER_DECISION_COLUMNS,
          rowSchema: clusterDecisionRowSchema,
        });

  const issues: RowIssue[] = [
    ...places.issues,
    ...reports.issues,
    ...incidents.issues,
    ...annotations.issues,
    ...checkPlaces(places.records),
    ...checkUniqueIds(DATASET_FILES.reports, reports.records),
    ...checkIncidents(incidents.records, reports.records, places.records),
    ...(decisions
      ? [
          ...decisions.issues,
          ...checkClusterDecisions(DATASET_FILES.decisions, decisions.records, incidents.records),
        ]
      : []),
  ];
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return {
    dataset: {
      places: places.records.map((r) => r.record),
      reports: reports.records.map((r) => r.record),
      incidents: incidents.records.map((r) => r.record),
      annotations: annotations.records.map((r) => r.record),
      ...(decisions ? { decisions: decisions.records.map((r) => r.record) } : {}),
    },
    issues,
  };
};

const checkUniqueIds = (file: string, records: ParsedRecord<{ id: string }>[]): RowIssue[] => {
  const firstLine = new Map<string, number>();
  const issues: RowIssue[] = [];
  for (const { line, record } of records) {
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
  }
  return issues;
};

const checkPlaces = (records: ParsedRecord<Place>[]): RowIssue[] => {
  const file = DATASET_FILES.places;
  const issues = checkUniqueIds(file, records);
  const byId = new Map(records.map((r) => [r.record.id, r.record]));
  for (const { line, record } of records) {
    if (record.parentId === null) {
      if (record.level !== 0)
        issues.push({
          file,
          row: line,
          column: 'parent_id',
          message: `is empty for a level-${record.level} place (expected the id of the place containing it)`,
          severity: 'error',
        });
      continue;
    }
    const parent = byId.get(record.parentId);
    if (!parent) {
      issues.push({
        file,
        row: line,
        column: 'parent_id',
        message: `unknown place id ${record.parentId} (expected an id listed in places.csv)`,
        severity: 'error',
      });
    } else if (parent.level >= record.level) {
      issues.push({
        file,
        row: line,
        column: 'parent_id',
        message: `${parent.id} is level ${parent.level}, not above level ${record.level} (expected a larger place)`,
        severity: 'error',
      });
    }
  }
  return issues;
};

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

const checkIncidents = (
  records: ParsedRecord<Incident>[],
  reports: ParsedRecord<Report>[],
  places: ParsedRecord<Place>[],
): RowIssue[] => {
  const file = DATASET_FILES.incidents;
  const issues = checkUniqueIds(file, records);
  const issue = (row: number, column: string, message: string) =>
    issues.push({ file, row, column, message, severity: 'error' });
  const reportById = new Map(reports.map((r) => [r.record.id, r.record]));
  const placeById = new Map(places.map((p) => [p.record.id, p.record]));
  // Cross-file checks only make sense when the other files were readable at all.
  const checkReports = reports.length > 0;
  const checkPlaceIds = places.length > 0;

  for (const { line, record } of records) {
    for (const reportId of record.reportIds) {
      if (checkReports && !reportById.has(reportId)) {
        issue(
          line,
          'report_ids',
          `unknown report id ${reportId} (expected an id listed in reports.csv)`,
        );
      }
    }
    if (checkReports && record.attributedTo.length > 0) {
      const named = new Set(
        record.reportIds.flatMap((id) => reportById.get(id)?.attributedTo ?? []),
      );
      for (const organisation of record.attributedTo) {
        if (named.size > 0 && !named.has(organisation)) {
          issue(
            line,
            'attributed_to',
            `${organisation} is not among its reports' attributed_to (expected one of: ${[...named].join(', ')})`,
          );
        }
      }
    }
    if (!checkPlaceIds) continue;
    const place = placeById.get(record.placeId);
    if (!place) {
      issue(
        line,
        'place_id',
        `unknown place id ${record.placeId} (expected an id listed in places.csv)`,
      );
      continue;
    }
    const governorate = governorateOf(record.placeId, placeById);
    if (record.admin1 !== null) {
      if (!governorate) {
        issue(
          line,
          'admin1',
          `is ${record.admin1} but place_id ${record.placeId} is not inside a governorate (expected admin1 empty, or a place_id inside ${record.admin1})`,
        );
      } else if (!matchesName(governorate, record.admin1)) {
        issue(
          line,
          'admin1',
          `is ${record.admin1} but place_id ${record.placeId} lies in ${governorate.name} (expected ${governorate.name})`,
        );
      }
    }
    for (const coveredId of record.coversIds) {
      const covered = placeById.get(coveredId);
      if (!covered) {
        issue(
          line,
          'covers_ids',
          `unknown place id ${coveredId} (expected an id listed in places.csv)`,
        );
      } else if (covered.level !== 1) {
        issue(
          line,
          'covers_ids',
          `${coveredId} is level ${covered.level} (expected governorate ids, level 1)`,
        );
      }
    }
    if (record.coversIds.length > 0 && place.level !== 0) {
      issue(
        line,
        'covers_ids',
        `is set while place_id ${record.placeId} is a single place (expected covers_ids only with a country-level place_id)`,
      );
    }
  }
  return issues;
};
