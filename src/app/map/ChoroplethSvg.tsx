import { memo, type Ref } from 'react';
import type { AreaFigures, MapFigures } from '../../analysis/view/mapFigures';
import { formatCount } from '../format';
import type { MapMeasure } from '../url/viewState';
import {
  classOf,
  MAP_NONE_FILL,
  MAP_SELECTED_STROKE,
  MAP_STROKE,
  type MapClass,
} from './mapClasses';
import { MAP_HEIGHT, MAP_WIDTH, type MapGeometry } from './mapGeometry';
import { areaSummary, measureOf, sourcesText } from './mapText';
import type { Circle } from './townCircles';
import type { MapTransform } from './useMapZoom';

/** A circle's figure and sources, shown beside the map on hover or focus. */
export interface FocusItem {
  title: string;
  sources: string;
}

interface Props {
  svgRef: Ref<SVGSVGElement>;
  title: string;
  geometry: MapGeometry;
  figures: MapFigures;
  measure: MapMeasure;
  classes: readonly MapClass[];
  selected: ReadonlySet<string>;
  /** The zoom (useMapZoom): areas scale with it, lines and circles keep their width. */
  transform: MapTransform;
  /** Places with records, laid out for this zoom (circleLayout). */
  circles: readonly Circle[];
  onSelect: (id: string, add: boolean) => void;
  onFocusArea: (id: string | null) => void;
  onFocusItem: (item: FocusItem | null) => void;
  /** Zooms in around a point as drawn (a cell of circles). */
  onZoomAt: (x: number, y: number) => void;
}

const HATCH_ID = 'map-none-hatch';
const EMPTY: AreaFigures = {
  id: '',
  records: 0,
  incidents: 0,
  killedMin: 0,
  killedMax: 0,
  sources: [],
};

/** The area an event happened on (its path carries data-id). */
const areaIdOf = (target: EventTarget): string | null =>
  target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null;

/**
 * One area: memoised on its own strings, so a filter change re-renders only the areas whose
 * colour, label or outline changed (the projected path `d` is computed once per boundary set).
 */
const AreaPath = memo(function AreaPath({
  id,
  d,
  fill,
  label,
  pressed,
}: {
  id: string;
  d: string;
  fill: string;
  label: string;
  pressed: boolean;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
    <path
      className="map-area"
      data-id={id}
      d={d}
      fill={fill}
      stroke={MAP_STROKE}
      strokeWidth={0.6}
      vectorEffect="non-scaling-stroke"
      tabIndex={0}
      role="button"
      aria-pressed={pressed}
      aria-label={label}
    />
  );
});

/**
 * The map itself: one focusable path per area (its name and figures as its label), colours as
 * literal attributes so an export keeps them, the selected areas outlined above the others.
 * Events are handled once, on the group, for every area.
 */
export const ChoroplethSvg = memo(function ChoroplethSvg({
  svgRef,
  title,
  geometry,
  figures,
  measure,
  classes,
  selected,
  transform,
  circles,
  onSelect,
  onFocusArea,
  onFocusItem,
  onZoomAt,
}: Props) {
  const byId = new Map(figures.areas.map((a) => [a.id, a]));
  const areas = geometry.areas[figures.level];
  const fillOf = (f: AreaFigures) => {
    const c = classOf(measureOf(f, measure), classes);
    return c ? c.colour : `url(#${HATCH_ID})`;
  };
  const { k, x, y } = transform;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>
    <svg
      ref={svgRef}
      className="map-svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      role="group"
      aria-label={`${title}. Tab moves between areas; Enter filters to one, Shift+Enter adds it; + and − zoom.`}
    >
      <defs>
        {/* Unscaled by the zoom: the hatching keeps its spacing on screen. */}
        <pattern
          id={HATCH_ID}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform={`scale(${1 / k})`}
        >
          <rect width="6" height="6" fill={MAP_NONE_FILL} />
          <path d="M0 6 L6 0" stroke="#b0b0b0" strokeWidth="1" />
        </pattern>
      </defs>
      <g transform={`translate(${x} ${y}) scale(${k})`}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: its paths are the buttons; one handler serves them all */}
        <g
          onClick={(e) => {
            const id = areaIdOf(e.target);
            if (id) onSelect(id, e.shiftKey);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            const id = areaIdOf(e.target);
            if (!id) return;
            e.preventDefault();
            onSelect(id, e.shiftKey);
          }}
          onMouseOver={(e) => onFocusArea(areaIdOf(e.target))}
          onMouseLeave={() => onFocusArea(null)}
          onFocus={(e) => onFocusArea(areaIdOf(e.target))}
          onBlur={() => onFocusArea(null)}
        >
          {areas.map((area) => {
            const f = byId.get(area.id) ?? EMPTY;
            return (
              <AreaPath
                key={area.id}
                id={area.id}
                d={area.d}
                fill={fillOf(f)}
                label={areaSummary(area.name, f)}
                pressed={selected.has(area.id)}
              />
            );
          })}
        </g>
        {figures.level === 'districts' && (
          <path
            d={geometry.governorateBorders}
            fill="none"
            stroke="#3a3a3a"
            strokeWidth={1.2}
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
          />
        )}
        <g pointerEvents="none">
          {areas
            .filter((a) => selected.has(a.id))
            .map((a) => (
              <path
                key={a.id}
                d={a.d}
                fill="none"
                stroke={MAP_SELECTED_STROKE}
                strokeWidth={2.5}
                vectorEffect="non-scaling-stroke"
              />
            ))}
        </g>
      </g>
      <TownCircles
        circles={circles}
        measure={measure}
        onSelect={onSelect}
        onFocusItem={onFocusItem}
        onZoomAt={onZoomAt}
      />
    </svg>
  );
});

/**
 * Places with records (towns, or coordinates): circles by area, added up per screen cell when
 * there are many. Each is focusable with its figure and sources; a click (or Enter) on a place's
 * circle chooses the area beneath it, as if the circle were not there; a cell's zooms in.
 */
const TownCircles = memo(function TownCircles({
  circles,
  measure,
  onSelect,
  onFocusItem,
  onZoomAt,
}: {
  circles: readonly Circle[];
  measure: MapMeasure;
  onSelect: (id: string, add: boolean) => void;
  onFocusItem: (item: FocusItem | null) => void;
  onZoomAt: (x: number, y: number) => void;
}) {
  if (circles.length === 0) return null;
  return (
    <g className="map-towns">
      {circles.map((c) => {
        const item = circleItem(c, measure);
        const cell = c.towns.length > 1;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
          <circle
            key={c.key}
            className="map-circle"
            data-value={c.value}
            cx={c.x}
            cy={c.y}
            r={c.r}
            fill="#1b1b1b"
            fillOpacity={0.35}
            stroke="#ffffff"
            strokeWidth={1}
            tabIndex={0}
            role="button"
            aria-label={`${item.title}. ${item.sources}`}
            onClick={(e) => {
              if (cell) onZoomAt(c.x, c.y);
              else {
                const id = areaBeneath(e.clientX, e.clientY);
                if (id) onSelect(id, e.shiftKey);
              }
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              if (cell) onZoomAt(c.x, c.y);
              else {
                const box = e.currentTarget.getBoundingClientRect();
                const id = areaBeneath(box.x + box.width / 2, box.y + box.height / 2);
                if (id) onSelect(id, e.shiftKey);
              }
            }}
            onMouseEnter={() => onFocusItem(item)}
            onMouseLeave={() => onFocusItem(null)}
            onFocus={() => onFocusItem(item)}
            onBlur={() => onFocusItem(null)}
          />
        );
      })}
    </g>
  );
});

/** The area drawn under a point of the screen (beneath any circle). */
const areaBeneath = (x: number, y: number): string | null => {
  const area = document.elementsFromPoint(x, y).find((el) => el.classList.contains('map-area'));
  return area ? areaIdOf(area) : null;
};

/** What hovering or focusing a circle shows: its figure, then its sources. */
const circleItem = (c: Circle, measure: MapMeasure): FocusItem => {
  const only = c.towns.length === 1 ? c.towns[0] : undefined;
  if (only) return { title: areaSummary(only.name, only), sources: sourcesText(only) };
  const names = c.towns.map((t) => t.name);
  const shown = names.slice(0, 4).join(', ');
  const more = names.length > 4 ? ` and ${names.length - 4} more` : '';
  const sources = [...new Set(c.towns.flatMap((t) => t.sources.map((s) => s.name)))];
  return {
    title: `${c.towns.length} places (${shown}${more}): ${formatCount(c.value)} ${measure === 'records' ? 'records' : measure === 'upper' ? 'killed at most' : 'killed at least'} in all; Enter zooms in`,
    sources:
      sources.length > 0
        ? `Sources: ${sources.slice(0, 5).join(', ')}${sources.length > 5 ? '…' : ''}`
        : '',
  };
};
