import { parseArgs } from 'node:util';
import { NO_FILTERS } from '../analysis/filters';
import { buildGazetteer } from '../analysis/gazetteer';
import { summarise } from '../analysis/summary';
import { isoDayOfDate } from '../ingest/dateWindow';
import { parseDataset } from '../ingest/parseDataset';
import { isoDaySchema } from '../model/isoDay';
import { formatRowIssue } from '../model/rowIssue';
import { readClusterDecisions } from './readClusterDecisions';
import { readDatasetFolder } from './readDatasetFolder';

const USAGE =
  'usage: npm run --silent summary -- [--data DIR] [--admin1 NAME|P-CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source NAME] --json';

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
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  try {
    values = parse(argv).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (value !== undefined && !isoDaySchema.safeParse(value).success) {
      return fail(`--${key} ${value} is not a date (expected YYYY-MM-DD)`);
    }
  }
  if (values.from && values.to && values.from > values.to) {
    return fail(`--from ${values.from} is after --to ${values.to}`);
  }
  const dir = values.data ?? 'data';
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
    if (!place)
      return fail(
        `--admin1 ${name} is not a place in ${dir}/places.csv (expected a name, spelling or P-code)`,
      );
    regions.push(place.id);
  }
  const summary = summarise(
    dataset,
    {
      ...NO_FILTERS,
      regions,
      from: values.from ?? null,
      to: values.to ?? null,
      sources: values.source ?? [],
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
