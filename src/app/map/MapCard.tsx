import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useMemo, useRef, useState } from 'react';
import type { Filters } from '../../analysis/filters';
import type { MapFigures, MapLevel } from '../../analysis/view/mapFigures';
import { BOUNDARIES_ATTRIBUTION } from '../../model/boundaries';
import { type ExportKind, ExportMenu } from '../components/ExportMenu';
import { LoadingMessage } from '../components/StatusMessage';
import { type LoadedDataset, tableRecordsQuery } from '../data/datasetQuery';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { MapMeasure, MapSettings } from '../url/viewState';
import { ChoroplethSvg } from './ChoroplethSvg';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { mapClasses } from './mapClasses';
import { mapFiguresQuery, mapQueryOf } from './mapFiguresQuery';
import { mapGeometryQuery } from './mapGeometryQuery';
import { areaSummary, MEASURES, measureOf, sourcesText, statedLine, unplacedLine } from './mapText';
import './map.css';

export interface MapCardProps {
  source: { datasetId: string; loaded: LoadedDataset; workspaceKey: string };
  filters: Filters;
  settings: MapSettings;
  model: DashboardModel;
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

/** The map of the current filters (their regions are outlined, not applied), loaded on demand. */
export const MapCard = ({
  source,
  filters,
  settings,
  model,
  dataset,
  onSettings,
  onSelect,
}: MapCardProps) => {
  const { datasetId, loaded, workspaceKey } = source;
  const query = useMemo(() => mapQueryOf(filters, settings), [filters, settings]);
  const figures = useQuery({
    ...mapFiguresQuery(datasetId, loaded, query, workspaceKey),
    placeholderData: keepPreviousData,
  });
  const geometry = useQuery(mapGeometryQuery());
  const [focused, setFocused] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const queryClient = useQueryClient();
  const selected = useMemo(() => new Set(filters.regions), [filters.regions]);
  const data = figures.data;
  const classes = useMemo(
    () => mapClasses(data?.areas.map((a) => measureOf(a, settings.measure)) ?? []),
    [data, settings.measure],
  );
  const measure = MEASURES.find((m) => m.measure === settings.measure) ?? MEASURES[0];
  const measureLabel = measure?.legend ?? '';
  const levelWord = settings.level === 'governorates' ? 'governorate' : 'district';
  const title = measure?.title(levelWord) ?? '';
  const names = useMemo(
    () => new Map([...model.gazetteer.byId.values()].map((p) => [p.id, p.name])),
    [model.gazetteer],
  );
  const onExport = async (kind: ExportKind) => {
    const svg = svgRef.current;
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
      url: window.location.href,
      exportedAt: format(new Date(), 'yyyy-MM-dd'),
    });
  };
  const focusedArea = data?.areas.find((a) => a.id === focused);
  const updating = figures.isPlaceholderData || figures.isFetching;
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
          onCopyLink={() => navigator.clipboard.writeText(window.location.href)}
          unavailable={
            model.recordsPending
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
            <div className="map-drawing">
              <ChoroplethSvg
                svgRef={svgRef}
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
                {focusedArea ? (
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
              <MapLegend classes={classes} label={measureLabel} towns={data.towns.length > 0} />
              <Unplaced figures={data} model={model} levelWord={levelWord} />
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
};

/** What the map cannot put in one area: listed beside it, never shaded into one. */
const Unplaced = ({
  figures,
  model,
  levelWord,
}: {
  figures: MapFigures;
  model: DashboardModel;
  levelWord: string;
}) => {
  if (figures.unplaced.length === 0 && figures.statedAcrossCount === 0) return null;
  return (
    <div className="map-unplaced" data-testid="map-unplaced">
      <h3>Not in one {levelWord}</h3>
      <ul>
        {figures.unplaced.map((u) => (
          <li key={`${u.placeId} ${u.coversIds.join(' ')}`}>{unplacedLine(u, model.gazetteer)}</li>
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
              <li key={s.id}>{statedLine(s, model.gazetteer)}</li>
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
