import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  incidentToRow,
} from '../../model/incident';

/**
 * Checks an edited record with the same rules as `npm run validate` (the CSV row schema), so
 * that what an analyst accepts can be pasted into data/incidents.csv and pass.
 */
export const validateCandidate = (
  record: Incident,
  knownPlaceIds: ReadonlySet<string>,
): { column: string; message: string }[] => {
  const row = incidentToRow(record);
  const cells = Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c, row[c]]));
  const parsed = incidentRowSchema.safeParse(cells);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        column: String(issue.path[0] ?? '-'),
        message: issue.message,
      }));
  if (record.placeId && !knownPlaceIds.has(record.placeId)) {
    problems.push({
      column: 'place_id',
      message: `unknown place id ${record.placeId} (expected an id listed in places.csv)`,
    });
  }
  return problems;
};
