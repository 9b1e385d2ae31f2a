import { parseArgs } from 'node:util';
import { eventTypeOptions, sourceOptions } from '../analysis/filterOptions';
import { NO_FILTERS } from '../analysis/filters';
import { buildGazetteer } from '../analysis/gazetteer';
import { summarise } from '../analysis/summary';
import { isoDayOfDate } from '../ingest/dateWindow';
import { parseDataset } from '../ingest/parseDataset';
import { isoDaySchema } from '../model/isoDay';
import { formatRowIssue } from '../model/rowIssue';
import { shownName, shownValue } from '../model/shownValue';
import { closestNames } from './closestNames';
import { readClusterDecisions } from './readClusterDecisions';
import { notAFolder, readDatasetFolder } from './readDatasetFolder';

const USAGE =
  'usage: npm run --silent summary -- [--data DIR] [--admin1 NAME|P-CODE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source NAME]... [--type EVENT_TYPE]... [--json]';

/** "x" is not a … (expected one of the closest known: "a", "b", "c"). */
const unknownValue = (option: string, value: string, what: string, known: readonly string[]) => {
  const closest = closestNames(value, known);
  return `--${option} ${shownValue(value)} is not ${what} (closest known: ${closest.length > 0 ? closest.map((c) => shownValue(c)).join(', ') : 'none'})`;
};

const fail = (message: string): number => {
  process.stderr.write(`summary: ${message}\n${USAGE}\n`);
  return 2;
};

const main = (argv: string[]): number => {
  let values: ReturnType<typeof parse>['values'];
  const parse = (args: string[]) =>
    parseArgs({
      args,
      options: {
        data: { type: 'string', default: 'data' },
        admin1: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        source: { type: 'string', multiple: true },
        type: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  try {
    values = parse(argv).values;
  } catch (error) {
    return fail(shownName((error as Error).message, 200));
  }
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (value !== undefined && !isoDaySchema.safeParse(value).success) {
      return fail(`--${key} ${shownValue(value)} is not a date (expected YYYY-MM-DD)`);
    }
  }
  if (values.from && values.to && values.from > values.to) {
    return fail(`--from ${values.from} is after --to ${values.to}`);
  }
  const dir = values.data ?? 'data';
  const notFolder = notAFolder(dir);
  if (notFolder) return fail(`--data ${notFolder}`);
  const folder = readDatasetFolder(dir);
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
  const gazetteer = buildGazetteer(dataset.places);
  const regions: string[] = [];
  for (const name of values.admin1 ?? []) {
    const place = gazetteer.resolve(name, 1) ?? gazetteer.resolve(name);
    if (!place) {
      const names = dataset.places.filter((p) => p.level === 1).map((p) => p.name);
      return fail(unknownValue('admin1', name, `a place in ${dir}/places.csv`, names));
    }
    regions.push(place.id);
  }
  // A filter value no record carries would give zeros that look like a finding: refuse it.
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const sources = sourceOptions(dataset.incidents, reportsById).map((o) => o.value);
  for (const source of values.source ?? [])
    if (!sources.includes(source))
      return fail(unknownValue('source', source, `a source of any record in ${dir}`, sources));
  const types = eventTypeOptions(dataset.incidents).map((o) => o.value);
  for (const type of values.type ?? [])
    if (!types.includes(type))
      return fail(unknownValue('type', type, `the event type of any record in ${dir}`, types));
  const summary = summarise(
    dataset,
    {
      ...NO_FILTERS,
      regions,
      from: values.from ?? null,
      to: values.to ?? null,
      sources: values.source ?? [],
      eventTypes: values.type ?? [],
    },
    gazetteer,
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
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
