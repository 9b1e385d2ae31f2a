import type { ReactElement } from 'react';
import { toDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import { sourcesOf } from '../../model/recordSources';
import { layoutAnnotations } from '../chart/annotationLayout';
import { regionColor } from '../chart/regionColor';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '../chart/timeAxis';
import { ChartPlot } from '../components/ChartPlot';
import type { ExportKind } from '../components/ExportMenu';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';
import { composeExportSvg } from './composeExportSvg';
import { downloadFile } from './downloadFile';
import { exportLegend } from './exportLegend';
import { BAND_EXPLANATION, exportMeta } from './exportMeta';
import { incidentOfRecords } from './exportTables';
import { headlineLines } from './headlineLines';
import { recordsJson } from './recordsJson';
import { renderChartSvg } from './renderOffscreen';
import { svgToPng } from './svgToPng';
import { tableCsv } from './tableCsv';
import { viewTables } from './viewTables';

/** The export's own size: the file never depends on the window it was made in. */
export const EXPORT_CHART_WIDTH = 1200;
export const EXPORT_CHART_HEIGHT = 560;

export interface ExportContext {
  model: DashboardModel;
  view: ViewState;
  /** Exactly the rows the records table shows. */
  records: readonly Incident[];
  /** Ids of this browser's unpublished records in the view (exports mark them). */
  unpublished: ReadonlySet<string>;
  datasetLabel: string;
  attribution: string;
  url: string;
  exportedAt: string;
}

const CHARTS = {
  cumulative: { name: 'Documented deaths', fileWord: 'deaths', explanation: BAND_EXPLANATION },
  stated: {
    name: 'Totals as the sources state them',
    fileWord: 'stated-totals',
    explanation:
      "Each coloured line: one source's stated totals (numbered as listed). Red: deaths documented in incidents (sum of each incident's lowest figure).",
  },
  bars: {
    name: 'New deaths',
    fileWord: 'new-deaths',
    explanation:
      'Dark bars: new deaths documented at least (lower bounds); light: up to the highest figures reported.',
  },
  compare: {
    name: 'Deaths by region',
    fileWord: 'deaths-by-region',
    explanation: 'Each line: deaths documented at least (sum of lower bounds) in one region.',
  },
} as const;

/** The chart of the view's mode at the export's size, as the page draws it (ChartPlot). */
const chartElement = (
  context: ExportContext,
): { element: ReactElement; compareRegions: Array<{ name: string; color: string }> } => {
  const { model, view } = context;
  const element = (
    <ChartPlot
      view={view}
      model={model}
      stated={model.stated}
      annotationLayout={annotationLayoutFor(context)}
      width={EXPORT_CHART_WIDTH}
      height={EXPORT_CHART_HEIGHT}
    />
  );
  if (view.mode !== 'compare' || !model.compare) return { element, compareRegions: [] };
  const names = new Map([...model.gazetteer.byId.values()].map((p) => [p.id, p.name]));
  return {
    element,
    compareRegions: model.compare.regionIds.map((id) => ({
      name: names.get(id) ?? id,
      color: regionColor(id, model.gazetteer),
    })),
  };
};

const annotationLayoutFor = ({ model }: ExportContext) => {
  const first = model.series.points[0];
  const last = model.series.points.at(-1);
  return layoutAnnotations(
    model.annotations,
    first ? toDayNumber(first.start) : 0,
    last ? toDayNumber(last.end) : 0,
    EXPORT_CHART_WIDTH - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right,
  );
};

export const exportImage = async (context: ExportContext) => {
  const meta = metaFor(context);
  const { element, compareRegions } = chartElement(context);
  const svg = await renderChartSvg(element, EXPORT_CHART_WIDTH);
  const { legend, keys } = exportLegend(
    context.view.mode,
    context.model.markers,
    annotationLayoutFor(context),
    compareRegions,
    context.model.headline.childrenReported > 0,
    context.model.best !== null,
  );
  return { meta, image: composeExportSvg(svg, meta, legend, keys) };
};

export const metaFor = (context: ExportContext) =>
  exportMeta({
    unpublished: context.unpublished,
    filters: context.view.filters,
    records: context.records,
    reportsById: context.model.reportsById,
    gazetteer: context.model.gazetteer,
    from: context.model.from,
    to: context.model.to,
    datasetLabel: context.datasetLabel,
    attribution: context.attribution,
    url: context.url,
    exportedAt: context.exportedAt,
    info: context.model.summary.dataset,
    headline: headlineLines(context.model.summary, context.model.reconciled),
    chartName: CHARTS[context.view.mode].name,
    fileWord: CHARTS[context.view.mode].fileWord,
    explanation: CHARTS[context.view.mode].explanation,
    // Dated stated totals are the markers; undated ones are only listed, as records.
    statedTotalSources:
      context.view.mode === 'cumulative'
        ? [
            ...context.model.markers.map((m) => m.sources),
            ...context.model.filtered.cumulative
              .filter((r) => r.dateEnd === null)
              .map((r) => sourcesOf(r, context.model.reportsById)),
          ]
        : [],
  });

/** Loaded on demand: none of this is in the initial bundle. */
export const runExport = async (kind: ExportKind, context: ExportContext): Promise<void> => {
  if (kind === 'png' || kind === 'svg') {
    const { meta, image } = await exportImage(context);
    if (kind === 'svg') {
      downloadFile(
        `<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`,
        `${meta.fileStem}.svg`,
        'image/svg+xml',
      );
    } else {
      downloadFile(await svgToPng(image, 2), `${meta.fileStem}.png`, 'image/png');
    }
    return;
  }
  const meta = metaFor(context);
  if (kind === 'bundle') {
    const { dataBundle } = await import('./dataBundle');
    const zip = await dataBundle(context, meta);
    downloadFile(
      new Blob([zip.slice()], { type: 'application/zip' }),
      `${meta.fileStem}-data.zip`,
      'application/zip',
    );
    return;
  }
  if (kind === 'records-json') {
    downloadFile(
      recordsJson(
        context.records,
        context.model.reportsById,
        incidentOfRecords(context.model.summary.incidentDetails),
        context.unpublished,
        meta,
      ),
      `${meta.fileStem}-records.json`,
      'application/json',
    );
    return;
  }
  const tables = viewTables(context);
  const [table, suffix] =
    kind === 'records-csv'
      ? [tables.records, 'records']
      : kind === 'stated-csv'
        ? [tables.statedTotals, 'stated-totals']
        : [tables.series, 'series'];
  downloadFile(tableCsv(table), `${meta.fileStem}-${suffix}.csv`, 'text/csv;charset=utf-8');
};
