import type { DatasetInfo } from '../../model/datasetInfo';
import { unpublishedLine } from './composeExportSvg';
import { BUNDLE_FILES } from './exportCodebook';
import type { ExportMeta } from './exportMeta';
import type { ExportContext } from './runExport';
import { tableCsv } from './tableCsv';
import { viewTables } from './viewTables';

const yamlString = (text: string) => JSON.stringify(text);

/** CITATION.cff (Citation File Format 1.2.0): how to cite the data behind the view. */
export const citationCff = (info: DatasetInfo | null, meta: ExportMeta): string =>
  [
    'cff-version: 1.2.0',
    `message: ${yamlString(meta.citation ?? `Cite ${meta.dataset} and each figure's own source.`)}`,
    'type: dataset',
    `title: ${yamlString(info?.title ?? meta.dataset)}`,
    'authors:',
    `  - name: ${yamlString(info?.publisher ?? meta.attribution)}`,
    ...(info ? [`date-released: ${yamlString(info.asOf)}`] : []),
    ...(info?.url ? [`url: ${yamlString(info.url)}`] : []),
    `abstract: ${yamlString(`${meta.title}. ${meta.filterText} View: ${meta.url}`)}`,
    '',
  ].join('\n');

/** The licences of the data behind the view: the dataset's, its credits, the sources'. */
export const licencesText = (info: DatasetInfo | null, meta: ExportMeta): string =>
  [
    '# Licences of the data in this bundle',
    '',
    info
      ? `- The dataset: ${info.title}, by ${info.publisher}. Licence: ${info.licence}${info.licenceUrl ? ` (${info.licenceUrl})` : ''}.`
      : `- The dataset: ${meta.dataset} (${meta.attribution}).`,
    ...(info?.credits ?? []).map((c) => `- ${c}`),
    `- ${meta.licence}`,
    `- The figures are their sources': ${meta.sources.join(', ') || 'none in this view'}. Each record gives its reports' addresses (records.csv, report_urls).`,
    ...(meta.unpublished > 0 ? [`- ${unpublishedLine(meta.unpublished)}`] : []),
    '',
  ].join('\n');

/** README.md: what the view was, and what each file and column holds. */
export const bundleReadme = (meta: ExportMeta, compare: boolean, headline: string[]): string => {
  const files = BUNDLE_FILES(compare);
  return [
    `# ${meta.title}`,
    '',
    `Exported from Tolltrack on ${meta.exportedAt}; data as of ${meta.asOf ?? 'unknown'}.`,
    '',
    `- Filters: ${meta.filterText}`,
    `- View (open it to see these figures): ${meta.url}`,
    `- ${meta.sourceLine}`,
    `- ${meta.records} records from ${meta.reports} reports.`,
    ...(meta.unpublished > 0 ? [`- **${unpublishedLine(meta.unpublished)}**`] : []),
    ...(meta.citation ? [`- Cite: ${meta.citation}`] : []),
    '',
    '## The figures on screen',
    '',
    ...headline.map((line) => `- ${line}`),
    '',
    '## Files',
    '',
    'CSV files are UTF-8 with a byte-order mark, comma-separated, the header on line 1. A cell',
    "a spreadsheet would run as a formula starts with `'`. Lists inside a cell are joined by `|`.",
    'An empty cell means the source does not say (never zero).',
    '',
    ...files.flatMap((f) => [
      `### ${f.file}`,
      '',
      `${f.holds[0]?.toUpperCase()}${f.holds.slice(1)}.`,
      '',
      ...(f.note ? [f.note, ''] : []),
      ...(f.columns.length > 0
        ? [
            '| column | holds |',
            '| --- | --- |',
            ...f.columns.map(([c, d]) => `| \`${c}\` | ${d} |`),
            '',
          ]
        : []),
    ]),
    '### metadata.json, CITATION.cff, LICENSES.md',
    '',
    'What this view was (filters, link, counts, dates) as JSON; how to cite the data; the licences of the data behind the view.',
    '',
  ].join('\n');
};

/** The "Download data (.zip)" bundle, zipped by fflate, which loads only when asked for. */
export const dataBundle = async (context: ExportContext, meta: ExportMeta): Promise<Uint8Array> => {
  const { zipSync, strToU8 } = await import('fflate');
  const tables = viewTables(context);
  const info = context.model.summary.dataset;
  const compare = context.view.mode === 'compare' && context.model.compare !== null;
  const files: Record<string, string> = {
    'README.md': bundleReadme(meta, compare, meta.headline),
    'records.csv': tableCsv(tables.records),
    'incidents.csv': tableCsv(tables.incidents),
    'stated-totals.csv': tableCsv(tables.statedTotals),
    'series.csv': tableCsv(tables.series),
    'metadata.json': `${JSON.stringify({ ...meta, headline: meta.headline }, null, 2)}\n`,
    'CITATION.cff': citationCff(info, meta),
    'LICENSES.md': licencesText(info, meta),
  };
  const folder = meta.fileStem;
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`${folder}/${name}`, strToU8(text)]),
    ),
    { level: 6 },
  );
};
