import type { Filters } from '../../analysis/filters';
import type { MapFigures } from '../../analysis/view/mapFigures';
import { BOUNDARIES_ATTRIBUTION } from '../../model/boundaries';
import type { Incident } from '../../model/incident';
import { composeExportSvg, type LegendItem } from '../export/composeExportSvg';
import { downloadFile } from '../export/downloadFile';
import { exportMeta } from '../export/exportMeta';
import { svgToPng } from '../export/svgToPng';
import { formatCount } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import { MAP_NONE_FILL, type MapClass } from './mapClasses';
import { MAP_HEIGHT, MAP_WIDTH } from './mapGeometry';
import { statedLine, unplacedLine } from './mapText';

/** The map's size in an export: fixed, whatever the window it was made in. */
const EXPORT_SCALE = 1.5;

export interface MapExportContext {
  svg: SVGSVGElement;
  figures: MapFigures;
  classes: readonly MapClass[];
  title: string;
  measureLabel: string;
  levelWord: string;
  /** The map's filters (no regions: every area is drawn). */
  filters: Filters;
  /** The records the map's figures sum (their sources are credited, their dates give the as-of). */
  records: readonly Incident[];
  model: DashboardModel;
  datasetLabel: string;
  attribution: string;
  url: string;
  exportedAt: string;
}

/** A copy of the drawn map without what only the page needs (focus, roles, labels). */
const standaloneMap = (svg: SVGSVGElement): SVGSVGElement => {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(MAP_WIDTH * EXPORT_SCALE));
  copy.setAttribute('height', String(MAP_HEIGHT * EXPORT_SCALE));
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of [...el.getAttributeNames()])
      if (name === 'tabindex' || name === 'role' || name.startsWith('aria-') || name === 'class')
        el.removeAttribute(name);
  }
  return copy;
};

export const mapImage = (context: MapExportContext) => {
  const { figures, classes, model } = context;
  const meta = exportMeta({
    filters: context.filters,
    records: context.records,
    reportsById: model.reportsById,
    gazetteer: model.gazetteer,
    from: context.filters.from ?? model.from,
    to: context.filters.to ?? model.to,
    datasetLabel: context.datasetLabel,
    attribution: context.attribution,
    url: context.url,
    exportedAt: context.exportedAt,
    info: model.summary.dataset,
    chartName: context.title,
    fileWord: `map-${context.levelWord}s`,
    explanation: `Each ${context.levelWord} is shaded by the figures of its own records, each incident counted once; records coded at country level or across several ${context.levelWord}s are listed below, never put in one.`,
    // Stated totals listed beside the map, and each area's sources, are credited too.
    statedTotalSources: [
      ...figures.statedAcross.map((s) => s.sources),
      ...figures.areas.map((a) => a.sources.map((s) => s.name)),
    ],
  });
  // The footer counts what the map sums (a large dataset's list holds only its first records).
  const records =
    figures.areas.reduce((n, a) => n + a.records, 0) +
    figures.unplaced.reduce((n, u) => n + u.records, 0);
  const reports =
    context.records.length === records || context.model.summary.filters.regions.length > 0
      ? meta.reports
      : context.model.headline.reports;
  const legend: LegendItem[] = [
    ...classes.map((c) => ({
      label: c.lo === c.hi ? formatCount(c.lo) : `${formatCount(c.lo)}–${formatCount(c.hi)}`,
      color: c.colour,
      shape: 'band' as const,
    })),
    { label: 'none documented (hatched)', color: MAP_NONE_FILL, shape: 'band' },
  ];
  const keys = [
    ...figures.unplaced.map(
      (u) => `Not in one ${context.levelWord}: ${unplacedLine(u, model.gazetteer)}.`,
    ),
    ...figures.statedAcross.map(
      (s) => `Stated total, not added: ${statedLine(s, model.gazetteer)}.`,
    ),
    ...(figures.statedAcrossCount > figures.statedAcross.length
      ? [`… and ${figures.statedAcrossCount - figures.statedAcross.length} more stated totals.`]
      : []),
    `${BOUNDARIES_ATTRIBUTION} ${context.attribution}`,
  ];
  const counted = { ...meta, records, reports };
  return {
    meta: counted,
    image: composeExportSvg(standaloneMap(context.svg), counted, legend, keys),
  };
};

/** Loaded when a map export is asked for. */
export const exportMap = async (kind: 'png' | 'svg', context: MapExportContext): Promise<void> => {
  const { meta, image } = mapImage(context);
  if (kind === 'svg')
    downloadFile(
      `<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`,
      `${meta.fileStem}.svg`,
      'image/svg+xml',
    );
  else downloadFile(await svgToPng(image, 2), `${meta.fileStem}.png`, 'image/png');
};
