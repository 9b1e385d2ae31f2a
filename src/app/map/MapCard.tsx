import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Filters } from '../../analysis/filters';
import type { Gazetteer } from '../../analysis/gazetteer';
import type { MapFigures, MapLevel, MapQuery } from '../../analysis/view/mapFigures';
import { BOUNDARIES_ATTRIBUTION } from '../../model/boundaries';
import { type ExportKind, ExportMenu } from '../components/ExportMenu';
import { LoadingMessage } from '../components/StatusMessage';
import { type LoadedDataset, tableRecordsQuery } from '../data/datasetQuery';
import type { DashboardModel } from '../hooks/useDashboardView';
import { flushViewUrl, viewUrl } from '../url/useViewState';
import type { MapMeasure, MapSettings } from '../url/viewState';
import { ChoroplethSvg, type FocusItem } from './ChoroplethSvg';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { mapClasses } from './mapClasses';
import { mapFiguresQuery, setZoomedToDistricts } from './mapFiguresQuery';
import { MAP_WIDTH } from './mapGeometry';
import { mapGeometryQuery } from './mapGeometryQuery';
import { areaSummary, MEASURES, measureOf, sourcesText, statedLine, unplacedLine } from './mapText';
import { circleLayout } from './townCircles';
import { DISTRICT_ZOOM, useMapZoom } from './useMapZoom';
import './map.css';

export interface MapCardProps {
  source: { datasetId: string; loaded: LoadedDataset; workspaceKey: string };
  filters: Filters;
  settings: MapSettings;
  gazetteer: Gazetteer;
  /** Exports wait for the records (DashboardModel.recordsPending). */
  recordsPending: boolean;
  /** The dashboard's current model, read when exporting (not a prop: the map need not redraw on every view). */
  getModel: () => DashboardModel;
  dataset: { label: string; attribution: string };
  onSettings: (settings: MapSettings) => void;
  /** A click sets the region filter to the area; with Shift it adds or removes it. */
  onSelect: (id: string, add: boolean) => void;
}

const LEVELS: ReadonlyArray<{ level: MapLevel; label: string }> = [
  { level: 'governorates', label: 'Governorates' },
  { level: 'districts', label: 'Districts' },
];

const EXPORTS = [
  { kind: 'png' as const, label: 'Map as PNG (2×)' },
  { kind: 'svg' as const, label: 'Map as SVG' },
];

/**
 * The map of the current filters (their regions are outlined, not applied), loaded on demand.
 * Zoomed in past DISTRICT_ZOOM it shows districts; the switch shows them at any zoom.
 */
export const MapCard = memo(function MapCard({
  source,
  filters,
  settings,
  gazetteer,
  recordsPending,
  getModel,
  dataset,
  onSettings,
  onSelect,
}: MapCardProps) {
  const { datasetId, loaded, workspaceKey } = source;
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const setSvgRef = useCallback((element: SVGSVGElement | null) => {
    svgRef.current = element;
    setSvg(element);
  }, []);
  const zoom = useMapZoom(svg);
  const drawnScale = useDrawnScale(svg);
  const zoomedIn = zoom.transform.k >= DISTRICT_ZOOM;
  const level: MapLevel = settings.level === 'districts' || zoomedIn ? 'districts' : 'governorates';
  useEffect(() => {
    setZoomedToDistricts(zoomedIn);
    return () => setZoomedToDistricts(false);
  }, [zoomedIn]);
  const query = useMemo<MapQuery>(
    () => ({ filters: { ...filters, regions: [] }, level }),
    [filters, level],
  );
  const figures = useQuery({
    ...mapFiguresQuery(datasetId, loaded, query, workspaceKey),
    placeholderData: keepPreviousData,
  });
  const geometry = useQuery(mapGeometryQuery());
  const [focused, setFocused] = useState<string | null>(null);
  const [focusedItem, setFocusedItem] = useState<FocusItem | null>(null);
  const queryClient = useQueryClient();
  const selected = useMemo(() => new Set(filters.regions), [filters.regions]);
  const data = figures.data;
  const classes = useMemo(
    () => mapClasses(data?.areas.map((a) => measureOf(a, settings.measure)) ?? []),
    [data, settings.measure],
  );
  const circles = useMemo(
    () =>
      data && geometry.data
        ? circleLayout(
            [...data.towns, ...data.points],
            settings.measure,
            geometry.data.project,
            zoom.transform,
          )
        : [],
    [data, geometry.data, settings.measure, zoom.transform],
  );
  const measure = MEASURES.find((m) => m.measure === settings.measure) ?? MEASURES[0];
  const measureLabel = measure?.legend ?? '';
  const levelWord = (data?.level ?? level) === 'governorates' ? 'governorate' : 'district';
  const title = measure?.title(levelWord) ?? '';
  const names = useMemo(
    () => new Map([...gazetteer.byId.values()].map((p) => [p.id, p.name])),
    [gazetteer],
  );
  const onExport = async (kind: ExportKind) => {
    const svg = svgRef.current;
    const model = getModel();
    if (!svg || !data) throw new Error('the map is not drawn yet');
    const unfiltered = { ...filters, regions: [] };
    const records = await queryClient.fetchQuery(
      tableRecordsQuery(datasetId, loaded, unfiltered, workspaceKey),
    );
    const { exportMap } = await import('./mapExport');
    await exportMap(kind === 'png' ? 'png' : 'svg', {
      svg,
      figures: data,
      classes,
      title,
      measureLabel,
      levelWord,
      filters: unfiltered,
      records,
      model,
      datasetLabel: dataset.label,
      attribution: dataset.attribution,
      url: viewUrl(),
      exportedAt: format(new Date(), 'yyyy-MM-dd'),
    });
  };
  const focusedArea = data?.areas.find((a) => a.id === focused);
  const updating = figures.isPlaceholderData || figures.isFetching;
  // Once the map's new figures are painted (the last of a change), the history entry is written.
  useEffect(() => {
    if (updating || !data) return;
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (live) flushViewUrl();
      }, 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [updating, data]);
  return (
    <section className="chart-card map-card" aria-labelledby="map-title" data-testid="map">
      <div className="chart-toolbar">
        <h2 id="map-title">{title}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Map areas</legend>
          {LEVELS.map((l) => (
            <button
              key={l.level}
              type="button"
              aria-pressed={settings.level === l.level}
              title={
                l.level === 'governorates' && zoomedIn
                  ? 'Zoomed in, the map shows districts; zoom out for governorates'
                  : undefined
              }
              onClick={() => onSettings({ ...settings, level: l.level })}
            >
              {l.label}
            </button>
          ))}
        </fieldset>
        <label className="unit-select">
          Shade by
          <select
            value={settings.measure}
            onChange={(e) =>
              onSettings({ ...settings, measure: e.currentTarget.value as MapMeasure })
            }
          >
            {MEASURES.map((m) => (
              <option key={m.measure} value={m.measure}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <ExportMenu
          items={EXPORTS}
          onExport={onExport}
          onCopyLink={() => navigator.clipboard.writeText(viewUrl())}
          unavailable={
            recordsPending
              ? 'Exports wait for the records behind these figures, loading now.'
              : null
          }
        />
      </div>
      {figures.isError ? (
        <p role="alert">The map's figures could not be computed: {figures.error.message}</p>
      ) : geometry.isError || geometry.data === null ? (
        <p className="section-note" data-testid="map-unavailable">
          Boundaries are unavailable in this build (it was made without the OCHA boundary files in
          ../shared/data), so the map cannot be drawn; every other part of the dashboard works.
        </p>
      ) : !data || !geometry.data ? (
        <LoadingMessage what="the map" />
      ) : (
        <figure
          className="map-figure"
          aria-busy={updating}
          data-figures-for={JSON.stringify(query)}
        >
          <div className="map-layout">
            {/* biome-ignore lint/a11y/noStaticElementInteractions: + and − zoom from any area inside */}
            <div className="map-drawing" onKeyDown={(e) => onZoomKey(e, zoom, focusedCentre(e))}>
              <ZoomButtons zoom={zoom} zoomedIn={zoomedIn} />
              <ChoroplethSvg
                svgRef={setSvgRef}
                transform={zoom.transform}
                circles={circles}
                onFocusItem={setFocusedItem}
                onZoomAt={zoom.zoomInAt}
                title={title}
                geometry={geometry.data}
                figures={data}
                measure={settings.measure}
                classes={classes}
                selected={selected}
                onSelect={onSelect}
                onFocusArea={setFocused}
              />
              <output className="map-focus" aria-live="polite">
                {focusedItem ? (
                  <>
                    <strong>{focusedItem.title}</strong>
                    <br />
                    {focusedItem.sources}
                  </>
                ) : focusedArea ? (
                  <>
                    <strong>
                      {areaSummary(names.get(focusedArea.id) ?? focusedArea.id, focusedArea)}
                    </strong>
                    <br />
                    {sourcesText(focusedArea)}
                  </>
                ) : (
                  'Hover or focus an area for its figures and sources. Click to filter to it; Shift-click to add it.'
                )}
              </output>
            </div>
            <div className="map-side">
              <MapLegend
                classes={classes}
                label={measureLabel}
                circleMax={Math.max(0, ...circles.map((c) => c.value))}
                circlesAdded={circles.some((c) => c.towns.length > 1)}
                withPoints={data.points.length > 0}
                pointsLeftOut={data.pointsLeftOut}
                scale={drawnScale}
              />
              <Unplaced figures={data} gazetteer={gazetteer} levelWord={levelWord} />
            </div>
          </div>
          <figcaption className="section-note">{BOUNDARIES_ATTRIBUTION}</figcaption>
          <MapTable
            caption={`${title}, with the filters above (every ${levelWord}; regions chosen are outlined, not applied)`}
            rows={data.areas.map((area) => ({ name: names.get(area.id) ?? area.id, area }))}
            selected={selected}
          />
        </figure>
      )}
    </section>
  );
});

type Zoom = ReturnType<typeof useMapZoom>;

/** Screen pixels per map unit (the SVG shrinks on a phone): the circles' legend follows it. */
const useDrawnScale = (svg: SVGSVGElement | null) => {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    if (!svg) return;
    const measure = () => {
      const width = svg.getBoundingClientRect().width;
      if (width > 0) setScale(width / MAP_WIDTH);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svg]);
  return scale;
};

/** The centre of the area the key was pressed on (its projected centroid), if any. */
const focusedCentre = (e: KeyboardEvent): [number, number] | undefined => {
  const path = e.target instanceof SVGGraphicsElement ? e.target : null;
  if (!path?.dataset.id) return undefined;
  const box = path.getBBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
};

/** + (or =) zooms in, around the focused area; − zooms out; 0 shows the whole country. */
const onZoomKey = (e: KeyboardEvent, zoom: Zoom, around?: [number, number]) => {
  if (e.key === '+' || e.key === '=') zoom.zoomIn(around);
  else if (e.key === '-' || e.key === '−') zoom.zoomOut();
  else if (e.key === '0') zoom.reset();
  else return;
  e.preventDefault();
};

const ZoomButtons = ({ zoom, zoomedIn }: { zoom: Zoom; zoomedIn: boolean }) => (
  <div className="map-zoom">
    <button
      type="button"
      aria-label="Zoom in"
      title="Zoom in (districts show from ×2.5)"
      onClick={() => zoom.zoomIn()}
    >
      +
    </button>
    <button
      type="button"
      aria-label="Zoom out"
      onClick={zoom.zoomOut}
      disabled={zoom.transform.k <= 1}
    >
      −
    </button>
    <button type="button" onClick={zoom.reset} disabled={zoom.transform.k <= 1}>
      Whole country
    </button>
    <span className="map-zoom-note" aria-live="polite">
      {zoomedIn ? 'Zoomed in: districts' : ''}
    </span>
  </div>
);

/** What the map cannot put in one area: listed beside it, never shaded into one. */
const Unplaced = ({
  figures,
  gazetteer,
  levelWord,
}: {
  figures: MapFigures;
  gazetteer: Gazetteer;
  levelWord: string;
}) => {
  if (figures.unplaced.length === 0 && figures.statedAcrossCount === 0) return null;
  return (
    <div className="map-unplaced" data-testid="map-unplaced">
      <h3>Not in one {levelWord}</h3>
      <ul>
        {figures.unplaced.map((u) => (
          <li key={`${u.placeId} ${u.coversIds.join(' ')}`}>{unplacedLine(u, gazetteer)}</li>
        ))}
      </ul>
      {figures.statedAcrossCount > 0 && (
        <>
          <p className="section-note">
            {figures.statedAcrossCount} stated total{figures.statedAcrossCount === 1 ? '' : 's'} for
            the country or across several governorates, added to no area
            {figures.statedAcrossCount > figures.statedAcross.length ? '; the first:' : ':'}
          </p>
          <ul>
            {figures.statedAcross.map((s) => (
              <li key={s.id}>{statedLine(s, gazetteer)}</li>
            ))}
            {figures.statedAcrossCount > figures.statedAcross.length && (
              <li>
                … {figures.statedAcrossCount - figures.statedAcross.length} more under Stated totals
                below.
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
};
