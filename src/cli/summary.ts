import { eventTypeOptions, sourceOptions } from '../analysis/filterOptions';
import { type Filters, NO_FILTERS } from '../analysis/filters';
import { buildGazetteer } from '../analysis/gazetteer';
import { type Summary, summarise } from '../analysis/summary';
import type { ColumnsDataset } from '../analysis/view/viewTypes';
import { parseDataset } from '../ingest/parseDataset';
import { isoDayOfDate } from '../model/dayNumber';
import { isoDaySchema } from '../model/isoDay';
import type { Place } from '../model/place';
import { formatRowIssue } from '../model/rowIssue';
import { shownValue } from '../model/shownValue';
import { type CommandSpec, failWithUsage, readArgs } from './cliArgs';
import { closestNames } from './closestNames';
import { largeSummary } from './largeSummary';
import { readClusterDecisions } from './readClusterDecisions';
import {
  type FolderTexts,
  notAFolder,
  readDatasetFolder,
  tooLongForRecords,
} from './readDatasetFolder';
import { readFolderColumns } from './readFolderColumns';

/** Incident details printed with --details unless --limit says otherwise. */
const DEFAULT_DETAILS_LIMIT = 100;

const OPTIONS = {
  data: { type: 'string', default: 'data' },
  admin1: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  source: { type: 'string', multiple: true },
  type: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  details: { type: 'boolean', default: false },
  limit: { type: 'string', default: String(DEFAULT_DETAILS_LIMIT) },
} as const;

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'summary',
  synopsis:
    '[--data DIR] [--admin1 NAME|P-CODE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source NAME]... [--type EVENT_TYPE]... [--json [--details [--limit N]]]',
  summary: "A data folder's figures for a filter, as the dashboard's headline counts them.",
  options: OPTIONS,
  args: {
    data: 'DIR',
    admin1: 'NAME|P-CODE',
    from: 'DAY',
    to: 'DAY',
    source: 'NAME',
    type: 'EVENT_TYPE',
    limit: 'N',
  },
  help: {
    data: 'the data folder (default: data)',
    admin1: 'a governorate by name or P-code; repeat for several',
    from: 'first day, YYYY-MM-DD',
    to: 'last day, YYYY-MM-DD',
    source: 'a source as the filter lists name it; repeat for several',
    type: 'an event type; repeat for several',
    json: 'print JSON (data/README.md §15) instead of text',
    details: 'with --json: each incident’s details too',
    limit: `with --details: at most N incidents (default ${DEFAULT_DETAILS_LIMIT})`,
  },
};

/** "x" is not a … (expected one of the closest known: "a", "b", "c"). */
const unknownValue = (option: string, value: string, what: string, known: readonly string[]) => {
  const closest = closestNames(value, known);
  return `--${option} ${shownValue(value)} is not ${what} (closest known: ${closest.length > 0 ? closest.map((c) => shownValue(c)).join(', ') : 'none'})`;
};

const fail = (message: string): number => failWithUsage(SPEC, message);

type SummaryValues = {
  admin1?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  source?: string[] | undefined;
  type?: string[] | undefined;
};

const filtersOf = (values: SummaryValues, regions: string[]): Filters => ({
  ...NO_FILTERS,
  regions,
  from: values.from ?? null,
  to: values.to ?? null,
  sources: values.source ?? [],
  eventTypes: values.type ?? [],
});

/**
 * The place ids of --admin1, and a --source or --type no record carries refused: a value no
 * record carries would give zeros that look like a finding. A number is the exit code.
 */
const checkedRegions = (
  dir: string,
  values: SummaryValues,
  places: readonly Place[],
  known: { sources: string[]; types: string[] },
): string[] | number => {
  const gazetteer = buildGazetteer(places);
  const regions: string[] = [];
  for (const name of values.admin1 ?? []) {
    const place = gazetteer.resolve(name, 1) ?? gazetteer.resolve(name);
    if (!place) {
      const names = places.filter((p) => p.level === 1).map((p) => p.name);
      return fail(unknownValue('admin1', name, `a place in ${dir}/places.csv`, names));
    }
    regions.push(place.id);
  }
  for (const source of values.source ?? [])
    if (!known.sources.includes(source))
      return fail(
        unknownValue('source', source, `a source of any record in ${dir}`, known.sources),
      );
  for (const type of values.type ?? [])
    if (!known.types.includes(type))
      return fail(
        unknownValue('type', type, `the event type of any record in ${dir}`, known.types),
      );
  return regions;
};

const summaryOfColumns = (
  dir: string,
  prepared: ColumnsDataset,
  values: SummaryValues,
  detailsLimit: number,
): Summary | number => {
  const { options } = prepared.base;
  const regions = checkedRegions(dir, values, prepared.dataset.places, {
    sources: options.sources.map((o) => o.value),
    types: options.eventTypes.map((o) => o.value),
  });
  if (typeof regions === 'number') return regions;
  return largeSummary(prepared, filtersOf(values, regions), detailsLimit);
};

/** The usual path: every record an object, parseDataset's checks, incidents clustered. */
const summaryOfRecords = (
  dir: string,
  folder: FolderTexts,
  values: SummaryValues,
  detailsLimit: number,
): Summary | number => {
  const decisions = readClusterDecisions(dir);
  const { dataset, issues } = parseDataset(
    { ...folder.texts, decisions: decisions.text },
    { asOf: isoDayOfDate(new Date()) },
  );
  const errors = [...folder.issues, ...decisions.issues, ...issues].filter(
    (i) => i.severity === 'error',
  );
  if (errors.length > 0) {
    for (const issue of errors.slice(0, 20))
      process.stderr.write(`${dir}/${formatRowIssue(issue)}\n`);
    process.stderr.write(
      `summary: ${dir} has ${errors.length} errors; run npm run validate -- ${dir}\n`,
    );
    return 1;
  }
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const regions = checkedRegions(dir, values, dataset.places, {
    sources: sourceOptions(dataset.incidents, reportsById).map((o) => o.value),
    types: eventTypeOptions(dataset.incidents).map((o) => o.value),
  });
  if (typeof regions === 'number') return regions;
  const summary = summarise(dataset, filtersOf(values, regions), buildGazetteer(dataset.places));
  return { ...summary, incidentDetails: summary.incidentDetails.slice(0, detailsLimit) };
};

const main = (argv: string[]): number => {
  const read = readArgs(SPEC, argv);
  if ('exit' in read) return read.exit;
  const { values } = read;
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (value !== undefined && !isoDaySchema.safeParse(value).success) {
      return fail(`--${key} ${shownValue(value)} is not a date (expected YYYY-MM-DD)`);
    }
  }
  const limit = Number(values.limit);
  if (!/^\d{1,7}$/.test(values.limit ?? '') || limit < 1)
    return fail(`--limit ${shownValue(values.limit ?? '')} is not a count (expected 1 to 9999999)`);
  if (values.details && !values.json) return fail('--details needs --json');
  if (values.from && values.to && values.from > values.to) {
    return fail(`--from ${values.from} is after --to ${values.to}`);
  }
  const dir = values.data ?? 'data';
  const notFolder = notAFolder(dir);
  if (notFolder) return fail(`--data ${notFolder}`);
  const folder = readDatasetFolder(dir);
  const asOf = isoDayOfDate(new Date());
  // A folder too large to cluster is read as the dashboard reads it: columns, no object per row.
  const columns =
    folder.issues.length === 0
      ? readFolderColumns(folder.texts, asOf, undefined, folder.incidentPieces ?? undefined)
      : { large: false as const };
  if (!columns.large && folder.incidentPieces)
    return fail(tooLongForRecords(dir, folder.incidentPieces));
  const summary = columns.large
    ? summaryOfColumns(dir, columns.prepared, values, values.details ? limit : 0)
    : summaryOfRecords(dir, folder, values, values.details ? limit : 0);
  if (typeof summary === 'number') return summary;
  if (values.json) {
    // Incident details only when asked (--details), at most --limit of them: a million
    // incidents' details would be gigabytes of JSON (data/README.md §15).
    const { incidentDetails, ...figures } = summary;
    const json = values.details
      ? { ...figures, incidentDetails, incidentDetailsLimit: limit }
      : figures;
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const range =
      summary.killedMax > summary.killedMin
        ? `${summary.killedMin}–${summary.killedMax}`
        : `${summary.killedMin}`;
    process.stdout.write(
      `${summary.records} incident records from ${summary.reports} reports, ${summary.firstDate ?? '-'} to ${summary.lastDate ?? '-'}\n` +
        `${summary.incidents} incidents after clustering, ${summary.incidentsWithDisagreement} with sources that disagree\n` +
        `killed: ${range} (each incident once, lowest source figure–highest reported)${summary.openEnded ? `, ${summary.openEnded} records say "at least"` : ''}\n` +
        `children: ${summary.childrenMin}${summary.childrenMax > summary.childrenMin ? `–${summary.childrenMax}` : ''}\n` +
        `stated totals (not summed): ${summary.cumulative.length}\n` +
        summary.cumulative
          .map((c) => `  ${c.dateEnd ?? 'undated'}  ${c.label ?? c.id}  (${c.area})\n`)
          .join(''),
    );
  }
  return 0;
};

process.exitCode = main(process.argv.slice(2));
