import { parseDataset } from '../ingest/parseDataset';
import { formatRowIssue } from '../model/rowIssue';
import { readDatasetFolder } from './readDatasetFolder';

/** `npm run validate [-- DIR]`: every problem of a data folder, one line each; exit 1 on any. */
const main = (args: string[]): number => {
  if (args.some((a) => a.startsWith('-'))) {
    process.stderr.write('usage: npm run validate [-- DIR]   (default DIR: data)\n');
    return 2;
  }
  const dir = args[0] ?? 'data';
  const folder = readDatasetFolder(dir);
  const unreadable = new Set(folder.issues.map((i) => i.file));
  const { dataset, issues } = parseDataset(folder.texts);
  // A file that could not be read would also show up as "empty": say it once.
  const all = [...folder.issues, ...issues.filter((i) => !unreadable.has(i.file))];
  for (const issue of all) process.stdout.write(`${dir}/${formatRowIssue(issue)}\n`);
  const errors = all.filter((i) => i.severity === 'error').length;
  const warnings = all.length - errors;
  process.stderr.write(
    `${dir}: ${dataset.incidents.length} records, ${dataset.reports.length} reports, ${dataset.places.length} places, ${dataset.annotations.length} annotations; ${errors} errors, ${warnings} warnings\n`,
  );
  return errors > 0 ? 1 : 0;
};

process.exitCode = main(process.argv.slice(2));
