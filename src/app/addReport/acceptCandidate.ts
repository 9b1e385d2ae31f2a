import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import { shownValue } from '../../model/shownValue';
import { validateCandidate } from './validateCandidate';
import type { Candidate, Draft, Workspace } from './workspaceSchema';

export type AcceptResult =
  | { ok: true; workspace: Workspace }
  | { ok: false; problems: { column: string; message: string }[] };

const nextId = (prefix: string, taken: ReadonlySet<string>): string => {
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};

const isHttpUrl = (url: string): boolean => {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/** The report the draft describes; the record's sources are added to its attributions. */
const draftReport = (
  draft: Draft,
  record: Incident,
  existing: readonly Report[],
): Report | { column: string; message: string }[] => {
  const problems: { column: string; message: string }[] = [];
  if (!draft.publisher.trim())
    problems.push({ column: 'publisher', message: 'is empty (expected who published the report)' });
  if (!isHttpUrl(draft.url))
    problems.push({
      column: 'url',
      message: `${shownValue(draft.url)} is not an http(s) URL (expected http:// or https://)`,
    });
  if (problems.length > 0) return problems;
  const sources = [
    ...new Set([
      ...draft.attributedTo
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean),
      ...record.attributedTo,
    ]),
  ];
  const same = existing.find((r) => r.url === draft.url && r.publisher === draft.publisher.trim());
  if (same) return { ...same, attributedTo: [...new Set([...same.attributedTo, ...sources])] };
  return {
    id: nextId('RW-', new Set(existing.map((r) => r.id))),
    publisher: draft.publisher.trim(),
    attributedTo: sources.length > 0 ? sources : [draft.publisher.trim()],
    url: draft.url,
    published: draft.published || null,
    title: null,
    language: 'en',
  };
};

/**
 * Accepting a proposed record: it must pass the same rules as `npm run validate`, then joins the
 * workspace with its report. Nothing is accepted half-valid.
 */
export const acceptCandidate = (
  workspace: Workspace,
  candidate: Candidate,
  knownPlaceIds: ReadonlySet<string>,
): AcceptResult => {
  const report = draftReport(workspace.draft, candidate.record, workspace.reports);
  if (Array.isArray(report)) return { ok: false, problems: report };
  const record: Incident = {
    ...candidate.record,
    id: nextId('W-', new Set(workspace.incidents.map((r) => r.id))),
    reportIds: [report.id],
    periodStart: candidate.record.kind === 'cumulative' ? candidate.record.periodStart : null,
    totalType:
      candidate.record.kind === 'cumulative' ? (candidate.record.totalType ?? 'running') : null,
  };
  const problems = validateCandidate(record, knownPlaceIds);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    workspace: {
      ...workspace,
      reports: [...workspace.reports.filter((r) => r.id !== report.id), report],
      incidents: [...workspace.incidents, record],
      draft: {
        ...workspace.draft,
        candidates: workspace.draft.candidates.map((c) =>
          c.key === candidate.key
            ? { ...c, status: 'accepted' as const, record: { ...c.record, id: record.id } }
            : c,
        ),
      },
    },
  };
};
