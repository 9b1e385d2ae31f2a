import { ANNOTATION_COLUMNS, type Annotation, annotationRowSchema } from '../model/annotation';
import { CLUSTER_DECISION_COLUMNS, clusterDecisionRowSchema } from '../model/clusterDecision';
import { DATASET_FILES, type Dataset } from '../model/dataset';
import type { DatasetInfo } from '../model/datasetInfo';
import { toDayNumber } from '../model/dayNumber';
import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../model/place';
import { REPORT_COLUMNS, type Report, reportRowSchema } from '../model/report';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';
import { checkClusterDecisions } from './checkClusterDecisions';
import { createIncidentReferenceCheck, type IncidentCheckOptions } from './checkIncidentReferences';
import { checkSupersedes } from './checkSupersedes';
import { parseDatasetInfo } from './parseDatasetInfo';
import { type ParsedRecord, parseTable } from './parseTable';

export interface DatasetTexts {
  reports: string;
  incidents: string;
  places: string;
  /** Optional: a folder without annotations is still a dataset. */
  annotations?: string | undefined;
  /** Optional: analysts' cluster decisions (`cluster-decisions.csv`). */
  decisions?: string | undefined;
  /** Optional: what the folder is (`dataset.json`). */
  info?: string | undefined;
}

export interface ParsedDataset {
  dataset: Dataset;
  issues: RowIssue[];
}

/** A folder's files other than incidents.csv, parsed and checked on their own. */
export interface ReferenceFiles {
  places: ParsedRecord<Place>[];
  reports: ParsedRecord<Report>[];
  annotations: ParsedRecord<Annotation>[];
  issues: RowIssue[];
}

/**
 * Places, reports and annotations with their own checks (unique ids, parents). A reader that
 * takes incidents.csv its own way (a large file, scanned without objects) checks its records
 * against these with createIncidentReferenceCheck, as parseDataset does.
 */
export const parseReferenceFiles = (
  texts: Pick<DatasetTexts, 'places' | 'reports' | 'annotations'>,
): ReferenceFiles => {
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
  const annotations =
    texts.annotations === undefined
      ? { records: [], issues: [], rowsRead: 0 }
      : parseTable(texts.annotations, {
          file: DATASET_FILES.annotations,
          columns: ANNOTATION_COLUMNS,
          rowSchema: annotationRowSchema,
        });
  return {
    places: places.records,
    reports: reports.records,
    annotations: annotations.records,
    issues: [
      ...places.issues,
      ...reports.issues,
      ...annotations.issues,
      ...checkPlaces(places.records),
      ...checkUniqueIds(DATASET_FILES.reports, reports.records),
    ],
  };
};

/**
 * A folder without its incidents (a large folder keeps those in columns): the records of its
 * reference files and, when it has one, its dataset.json.
 */
export const referenceFolder = (reference: ReferenceFiles, info: DatasetInfo | null) => ({
  places: reference.places.map((r) => r.record),
  reports: reference.reports.map((r) => r.record),
  annotations: reference.annotations.map((r) => r.record),
  ...(info ? { info } : {}),
});

/** Issues in reading order: by file, then row (a stable sort keeps each row's own order). */
export const sortIssues = (issues: RowIssue[]): RowIssue[] =>
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);

/**
 * Parses a data folder's files and checks them against each other: unique ids, known report
 * and place ids, places whose governorate matches `admin1`. Pure: the caller reads the files.
 */
export const parseDataset = (
  texts: DatasetTexts,
  options: IncidentCheckOptions = {},
): ParsedDataset => {
  const { places, reports, annotations, issues: referenceIssues } = parseReferenceFiles(texts);
  const incidents = parseTable(texts.incidents, {
    file: DATASET_FILES.incidents,
    columns: INCIDENT_COLUMNS,
    optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
    rowSchema: incidentRowSchema,
  });
  const decisions =
    texts.decisions === undefined
      ? undefined
      : parseTable(texts.decisions, {
          file: DATASET_FILES.decisions,
          columns: CLUSTER_DECISION_COLUMNS,
          rowSchema: clusterDecisionRowSchema,
        });

  const info = texts.info === undefined ? undefined : parseDatasetInfo(texts.info);
  const issues = sortIssues([
    ...(info?.issues ?? []),
    ...referenceIssues,
    ...incidents.issues,
    // A folder that says its as-of date is checked against it; else against the caller's day.
    ...checkIncidents(incidents.records, reports, places, {
      ...options,
      ...(info?.info ? { asOf: info.info.asOf } : {}),
    }),
    ...(decisions
      ? [
          ...decisions.issues,
          ...checkClusterDecisions(DATASET_FILES.decisions, decisions.records, incidents.records),
        ]
      : []),
  ]);
  return {
    dataset: {
      places: places.map((r) => r.record),
      reports: reports.map((r) => r.record),
      incidents: incidents.records.map((r) => r.record),
      annotations: annotations.map((r) => r.record),
      ...(decisions ? { decisions: decisions.records.map((r) => r.record) } : {}),
      ...(info?.info ? { info: info.info } : {}),
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
        message: `duplicate id ${shownName(record.id)}, first used on line ${first} (expected each id once)`,
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
        message: `unknown place id ${shownName(record.parentId)} (expected an id listed in places.csv)`,
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

const checkIncidents = (
  records: ParsedRecord<Incident>[],
  reports: ParsedRecord<Report>[],
  places: ParsedRecord<Place>[],
  options: IncidentCheckOptions,
): RowIssue[] => {
  const check = createIncidentReferenceCheck(
    DATASET_FILES.incidents,
    reports.map((r) => r.record),
    places.map((p) => p.record),
    options,
  );
  const day = (iso: string | null) => (iso === null ? null : toDayNumber(iso));
  for (const { line, record } of records)
    check(line, {
      ...record,
      dayStart: day(record.dateStart),
      dayEnd: day(record.dateEnd),
      dayPeriodStart: day(record.periodStart),
    });
  return [
    ...check.issues,
    ...checkSupersedes(
      DATASET_FILES.incidents,
      records,
      reports.map((r) => r.record),
    ),
  ];
};
