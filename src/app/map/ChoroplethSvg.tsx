import { memo, type Ref } from 'react';
import type { AreaFigures, MapFigures, TownFigures } from '../../analysis/view/mapFigures';
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
import { areaSummary, measureOf } from './mapText';
import type { MapTransform } from './useMapZoom';

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
  onSelect: (id: string, add: boolean) => void;
  onFocusArea: (id: string | null) => void;
}

const HATCH_ID = 'map-none-hatch';
const MAX_TOWN_RADIUS = 14;
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
  onSelect,
  onFocusArea,
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
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse">
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
        towns={figures.towns}
        measure={measure}
        geometry={geometry}
        transform={transform}
      />
    </svg>
  );
});

/** Records placed at a town: circles by area (radius ∝ √value), largest drawn first. */
const TownCircles = ({
  towns,
  measure,
  geometry,
  transform,
}: {
  towns: readonly TownFigures[];
  measure: MapMeasure;
  geometry: MapGeometry;
  transform: MapTransform;
}) => {
  const max = Math.max(0, ...towns.map((t) => measureOf(t, measure)));
  if (max === 0) return null;
  const circles = towns
    .map((t) => {
      const at = geometry.project(t.lon, t.lat);
      const shown: [number, number] | null = at
        ? [at[0] * transform.k + transform.x, at[1] * transform.k + transform.y]
        : null;
      return { t, v: measureOf(t, measure), at: shown };
    })
    .filter((c) => c.v > 0 && c.at !== null)
    .sort((a, b) => b.v - a.v);
  return (
    <g className="map-towns" pointerEvents="none">
      {circles.map(({ t, v, at }) => (
        <circle
          key={t.id}
          cx={at?.[0]}
          cy={at?.[1]}
          r={Math.max(2, MAX_TOWN_RADIUS * Math.sqrt(v / max))}
          fill="#1b1b1b"
          fillOpacity={0.35}
          stroke="#ffffff"
          strokeWidth={1}
        >
          <title>{`${t.name}: ${formatCount(v)}`}</title>
        </circle>
      ))}
    </g>
  );
};
