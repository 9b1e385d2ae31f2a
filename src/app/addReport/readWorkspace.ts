import { z } from 'zod';
import { createIncidentReferenceCheck } from '../../ingest/checkIncidentReferences';
import { toDayNumber } from '../../model/dayNumber';
import {
  type Incident,
  incidentRowSchema,
  incidentSchema,
  incidentToRow,
} from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';
import { type Report, reportSchema } from '../../model/report';
import { shownName } from '../../model/shownValue';
import {
  type Candidate,
  candidateSchema,
  type Draft,
  draftSchema,
  EMPTY_DRAFT,
  EMPTY_WORKSPACE,
  type Workspace,
} from './workspaceSchema';

/** An entry of the stored workspace that could not be loaded, kept with why. */
export interface SetAside {
  /** `reports[2]`, `incidents[0]`, `draft.candidates[1]`, `draft`, `workspace`. */
  where: string;
  message: string;
  value: unknown;
}

export interface ReadWorkspace {
  workspace: Workspace;
  setAside: SetAside[];
}

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path ? `${shownName(path)}: ` : ''}${issue.message}`;
};

/**
 * The records of an incident as validate reads them: written as a CSV row and read back with
 * the row schema (closed lists, min ≤ best ≤ max, subsets within the killed, dates in order).
 */
const rowRuleProblem = (incident: Incident): string | null => {
  const row = incidentRowSchema.safeParse(incidentToRow(incident));
  return row.success ? null : firstIssue(row.error);
};

/** A stored record, or why it cannot be loaded. */
const readIncident = (
  value: unknown,
  position: number,
  check: ReturnType<typeof createIncidentReferenceCheck>,
): Incident | string => {
  const parsed = incidentSchema.safeParse(value);
  if (!parsed.success) return firstIssue(parsed.error);
  const incident = parsed.data;
  const ruleProblem = rowRuleProblem(incident);
  if (ruleProblem) return ruleProblem;
  const before = check.issues.length;
  const day = (d: string | null) => (d === null ? null : toDayNumber(d));
  check(position, {
    ...incident,
    dayStart: day(incident.dateStart),
    dayEnd: day(incident.dateEnd),
    dayPeriodStart: day(incident.periodStart),
  });
  const problems = check.issues.slice(before).filter((p) => p.severity === 'error');
  if (problems.length > 0) return problems.map((p) => `${p.column}: ${p.message}`).join('; ');
  return incident;
};

/**
 * Reads a stored workspace entry by entry: each report, record and candidate is checked on its
 * own, with the rules validate applies to data/ (the row schema, report ids among the
 * workspace's reports, days from 1900-01-01 to the day after `asOf`), and one that fails is set
 * aside with its message while the others load. Never throws: a value that is not a workspace
 * at all is set aside whole, and an empty workspace is loaded.
 */
export const readWorkspace = (raw: unknown, asOf: IsoDay): ReadWorkspace => {
  const setAside: SetAside[] = [];
  const aside = (where: string, message: string, value: unknown) =>
    setAside.push({ where, message, value });
  if (raw === undefined || raw === null) return { workspace: EMPTY_WORKSPACE, setAside };
  const shell = z
    .object({ version: z.literal(1), savedAt: z.number().catch(0) })
    .loose()
    .safeParse(raw);
  if (!shell.success) {
    aside('workspace', `not a workspace this version can read (${firstIssue(shell.error)})`, raw);
    return { workspace: EMPTY_WORKSPACE, setAside };
  }
  const stored = raw as Record<string, unknown>;
  const listOf = (key: string): unknown[] => {
    const value = stored[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    aside(key, 'is not a list', value);
    return [];
  };

  const reports: Report[] = [];
  listOf('reports').forEach((value, i) => {
    const parsed = reportSchema.safeParse(value);
    if (parsed.success) reports.push(parsed.data);
    else aside(`reports[${i}]`, firstIssue(parsed.error), value);
  });

  const check = createIncidentReferenceCheck('workspace', reports, [], { asOf });
  const incidents: Incident[] = [];
  for (const [i, value] of listOf('incidents').entries()) {
    const read = readIncident(value, i + 1, check);
    if (typeof read === 'string') aside(`incidents[${i}]`, read, value);
    else incidents.push(read);
  }

  return {
    workspace: {
      version: 1,
      savedAt: shell.data.savedAt,
      reports,
      incidents,
      draft: readDraft(stored.draft, aside),
    },
    setAside,
  };
};

/** The draft, its candidates one by one (a record under edit may still be incomplete). */
const readDraft = (
  value: unknown,
  aside: (where: string, message: string, value: unknown) => void,
): Draft => {
  if (value === undefined) return EMPTY_DRAFT;
  const shell = draftSchema.omit({ candidates: true }).safeParse(value);
  if (!shell.success) {
    aside('draft', firstIssue(shell.error), value);
    return EMPTY_DRAFT;
  }
  const rawCandidates = (value as { candidates?: unknown }).candidates;
  const candidates: Candidate[] = [];
  (Array.isArray(rawCandidates) ? rawCandidates : []).forEach((c, i) => {
    const parsed = candidateSchema.safeParse(c);
    if (parsed.success) candidates.push(parsed.data);
    else aside(`draft.candidates[${i}]`, firstIssue(parsed.error), c);
  });
  return { ...shell.data, candidates };
};

/** One line for the page: how many entries were set aside and the first reason. */
export const setAsideNotice = (setAside: readonly SetAside[]): string | null => {
  const first = setAside[0];
  if (!first) return null;
  return `${setAside.length} saved entr${setAside.length === 1 ? 'y was' : 'ies were'} set aside and kept apart in IndexedDB "tolltrack" (the rest loaded); first: ${first.where}: ${first.message}`;
};
