import { type Filters, NO_FILTERS } from '../../analysis/filters';
import type { BinUnit } from '../../analysis/timeBins';
import type { MapLevel } from '../../analysis/view/mapFigures';
import type { ChartMode, RangeMode } from '../../analysis/view/viewTypes';
import { isIsoDay } from '../../model/dayNumber';
import type { WorkspaceStamp } from '../addReport/workspaceStamp';

export type { ChartMode, RangeMode };
export type ValueScale = 'linear' | 'log';
export type SortKey = 'date' | 'place' | 'killed' | 'children' | 'source';

/** Everything that defines a view: a copied link reproduces it exactly. */
export type Page = 'dashboard' | 'add';

export interface ViewState {
  page: Page;
  dataset: string;
  filters: Filters;
  mode: ChartMode;
  unit: BinUnit | 'auto';
  /** The value axis: linear, or logarithmic so a source's 1,894 and an incident's 4 both read. */
  scale: ValueScale;
  /** Records spanning several days: spread evenly over them, or counted on their last day. */
  ranges: RangeMode;
  /** A period picked on the chart: the table narrows to it. */
  period: { from: string; to: string } | null;
  sort: { key: SortKey; descending: boolean };
  /** The map, when open: its level and what shades it. */
  map: MapSettings | null;
  /**
   * "Include my unpublished records": which Add-report records the view included (their count
   * and fingerprint), so a link opened elsewhere can say it reproduces figures it cannot; null:
   * published records only.
   */
  unpublished: WorkspaceStamp | null;
}

/** Deaths as a lower bound (the default), up to the highest figure reported, or records. */
export type MapMeasure = 'killed' | 'upper' | 'records';
export interface MapSettings {
  level: MapLevel;
  measure: MapMeasure;
}

export const DEFAULT_DATASET = 'syria-2024';

export const DEFAULT_VIEW: ViewState = {
  page: 'dashboard',
  dataset: DEFAULT_DATASET,
  filters: NO_FILTERS,
  mode: 'cumulative',
  unit: 'auto',
  scale: 'linear',
  ranges: 'spread',
  period: null,
  sort: { key: 'date', descending: false },
  map: null,
  unpublished: null,
};

const PAGES: readonly Page[] = ['dashboard', 'add'];
const MODES: readonly ChartMode[] = ['cumulative', 'stated', 'bars', 'compare'];
const SCALES: readonly ValueScale[] = ['linear', 'log'];
const RANGE_MODES: readonly RangeMode[] = ['spread', 'end'];
const UNITS: readonly (BinUnit | 'auto')[] = ['auto', 'day', 'week', 'month'];
const SORTS: readonly SortKey[] = ['date', 'place', 'killed', 'children', 'source'];
const MAP_LEVELS: readonly MapLevel[] = ['governorates', 'districts'];
const MAP_MEASURES: readonly MapMeasure[] = ['killed', 'upper', 'records'];

const mapFromParams = (params: URLSearchParams): MapSettings | null => {
  const level = params.get('map');
  if (level === null) return null;
  return {
    level: oneOf(level, MAP_LEVELS, 'governorates'),
    measure: oneOf(params.get('mapby'), MAP_MEASURES, 'killed'),
  };
};

const stampFromParam = (value: string | null): WorkspaceStamp | null => {
  const match = /^(\d{1,6})\.([0-9a-f]{8})$/.exec(value ?? '');
  return match?.[1] && match[2] && Number(match[1]) > 0
    ? { count: Number(match[1]), fingerprint: match[2] }
    : null;
};

const day = (value: string | null): string | null =>
  value !== null && isIsoDay(value) ? value : null;

const list = (params: URLSearchParams, key: string): string[] =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads a view from a query string; anything malformed falls back to the default. */
export const viewFromSearch = (search: string): ViewState => {
  const params = new URLSearchParams(search);
  const periodMatch = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(
    params.get('period') ?? '',
  );
  const from = day(periodMatch?.[1] ?? null);
  const to = day(periodMatch?.[2] ?? null);
  const sortParam = params.get('sort') ?? '';
  const descending = sortParam.startsWith('-');
  return {
    page: oneOf(params.get('page'), PAGES, 'dashboard'),
    dataset: params.get('dataset')?.trim() || DEFAULT_DATASET,
    filters: {
      regions: list(params, 'region'),
      from: day(params.get('from')),
      to: day(params.get('to')),
      // Names contain commas, so sources and event types repeat the parameter instead.
      sources: params.getAll('source').filter((v) => v !== ''),
      eventTypes: params.getAll('type').filter((v) => v !== ''),
    },
    mode: oneOf(params.get('view'), MODES, DEFAULT_VIEW.mode),
    unit: oneOf(params.get('unit'), UNITS, DEFAULT_VIEW.unit),
    scale: oneOf(params.get('scale'), SCALES, DEFAULT_VIEW.scale),
    ranges: oneOf(params.get('ranges'), RANGE_MODES, DEFAULT_VIEW.ranges),
    period: from && to && from <= to ? { from, to } : null,
    sort: { key: oneOf(descending ? sortParam.slice(1) : sortParam, SORTS, 'date'), descending },
    map: mapFromParams(params),
    unpublished: stampFromParam(params.get('mine')),
  };
};

/** Writes only what differs from the default, in a stable order, so links stay short. */
export const viewToSearch = (view: ViewState): string => {
  const params = new URLSearchParams();
  if (view.page !== 'dashboard') params.set('page', view.page);
  if (view.dataset !== DEFAULT_DATASET) params.set('dataset', view.dataset);
  if (view.filters.regions.length > 0) params.set('region', view.filters.regions.join(','));
  if (view.filters.from) params.set('from', view.filters.from);
  if (view.filters.to) params.set('to', view.filters.to);
  for (const source of view.filters.sources) params.append('source', source);
  for (const type of view.filters.eventTypes) params.append('type', type);
  if (view.mode !== DEFAULT_VIEW.mode) params.set('view', view.mode);
  if (view.unit !== DEFAULT_VIEW.unit) params.set('unit', view.unit);
  if (view.scale !== DEFAULT_VIEW.scale) params.set('scale', view.scale);
  if (view.ranges !== DEFAULT_VIEW.ranges) params.set('ranges', view.ranges);
  if (view.period) params.set('period', `${view.period.from}..${view.period.to}`);
  if (view.sort.key !== 'date' || view.sort.descending)
    params.set('sort', `${view.sort.descending ? '-' : ''}${view.sort.key}`);
  if (view.map) params.set('map', view.map.level);
  if (view.map && view.map.measure !== 'killed') params.set('mapby', view.map.measure);
  if (view.unpublished)
    params.set('mine', `${view.unpublished.count}.${view.unpublished.fingerprint}`);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};
