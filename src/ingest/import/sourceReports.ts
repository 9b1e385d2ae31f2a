import type { Report } from '../../model/report';

/**
 * The organisations a source cell names ("SOHR;SOHR;Airwars" → SOHR, Airwars): split on ';'
 * (and '|', Tolltrack's own list separator, which may not occur inside a name), deduplicated,
 * in first-seen order.
 */
export const splitOrganisations = (cell: string): string[] => [
  ...new Set(
    cell
      .split(/[;|]/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  ),
];

/**
 * A further split of one data set's events besides their sources, e.g. a UCDP dyad: each
 * (organisations, group) pair gets its own report.
 */
export interface ReportGroup {
  /** Id part after the prefix, e.g. the dyad id `11973`; letters, digits, '.', '_', ':', '-'. */
  idPart: string;
  /** Everything that tells groups apart; two groups are the same only if their keys are. */
  key: string;
  /** How the title names the group, e.g. "dyad: Government of Syria – Syrian insurgents". */
  label: string;
}

export interface ReportRegistrySpec {
  /** Prefix of every report id, e.g. `ucdp-ged-syria`. */
  idPrefix: string;
  publisher: string;
  url: string;
  /**
   * Title start. Without a group the organisations are appended: "UCDP GED events sourced to:
   * SOHR; Airwars". With one: "UCDP GED events, dyad: A – B; sources: SOHR; Airwars".
   */
  titlePrefix: string;
  /** Language of the reports' titles (ISO 639-1), or null. */
  language?: string | null;
}

const slugOf = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const MAX_SLUG = 60;
const ID_PART = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * One report per distinct set of organisations (and group, when the importer gives one).
 * Conflict datasets code each event from a few named sources; the data set itself is the
 * publication we read, so each report row stands for "this data set, for the events it sourced
 * to these organisations" (for UCDP: "… of this dyad"). That keeps reports.csv to a few hundred
 * rows for tens of thousands of events while every record still says whose figure it is (the
 * report's attributed_to) and links back to the publisher.
 */
export const createReportRegistry = (spec: ReportRegistrySpec) => {
  const byKey = new Map<string, Report>();
  const usedIds = new Set<string>();

  const newId = (organisations: string[], group: ReportGroup | undefined): string => {
    const slug = slugOf(organisations.join(' ')).slice(0, MAX_SLUG).replace(/-+$/, '') || 'source';
    const base = group ? `${spec.idPrefix}-${group.idPart}-${slug}` : `${spec.idPrefix}-${slug}`;
    let id = base;
    // Different sets can share a slug ("Air Wars" / "Airwars" differ, but cut-off ones may not).
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };

  return {
    /** The report for these organisations (non-empty) and group, created on first use. */
    reportFor: (organisations: readonly string[], group?: ReportGroup): Report => {
      if (group && !ID_PART.test(group.idPart)) {
        throw new Error(`report group id part ${JSON.stringify(group.idPart)} is not an id`);
      }
      const sorted = [...new Set(organisations)].sort((a, b) => a.localeCompare(b, 'en'));
      const key = `${group ? `${group.key}\u0001` : ''}${sorted.join('\u0000')}`;
      const existing = byKey.get(key);
      if (existing) return existing;
      const report: Report = {
        id: newId(sorted, group),
        publisher: spec.publisher,
        attributedTo: sorted,
        url: spec.url,
        published: null,
        title: group
          ? `${spec.titlePrefix}, ${group.label}; sources: ${sorted.join('; ')}`
          : `${spec.titlePrefix}: ${sorted.join('; ')}`,
        language: spec.language ?? null,
      };
      byKey.set(key, report);
      return report;
    },
    /** Every report handed out, in order of first use. */
    reports: (): Report[] => [...byKey.values()],
  };
};
