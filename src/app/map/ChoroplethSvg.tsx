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
import { MAP_HEIGHT, MAP_WIDTH, type MapArea, type MapGeometry } from './mapGeometry';
import { areaSummary, measureOf } from './mapText';

interface Props {
  svgRef: Ref<SVGSVGElement>;
  title: string;
  geometry: MapGeometry;
  figures: MapFigures;
  measure: MapMeasure;
  classes: readonly MapClass[];
  selected: ReadonlySet<string>;
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

/**
 * The map itself: one focusable path per area (its name and figures as its label), colours as
 * literal attributes so an export keeps them, the selected areas outlined above the others.
 */
export const ChoroplethSvg = memo(function ChoroplethSvg({
  svgRef,
  title,
  geometry,
  figures,
  measure,
  classes,
  selected,
  onSelect,
  onFocusArea,
}: Props) {
  const byId = new Map(figures.areas.map((a) => [a.id, a]));
  const areas = geometry.areas[figures.level];
  const fillOf = (area: MapArea) => {
    const c = classOf(measureOf(byId.get(area.id) ?? EMPTY, measure), classes);
    return c ? c.colour : `url(#${HATCH_ID})`;
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>
    <svg
      ref={svgRef}
      className="map-svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      role="group"
      aria-label={`${title}. Tab moves between areas; Enter filters to one, Shift+Enter adds it.`}
    >
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={MAP_NONE_FILL} />
          <path d="M0 6 L6 0" stroke="#b0b0b0" strokeWidth="1" />
        </pattern>
      </defs>
      <g>
        {areas.map((area) => {
          const f = byId.get(area.id) ?? EMPTY;
          const isSelected = selected.has(area.id);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
            <path
              key={area.id}
              className="map-area"
              data-id={area.id}
              d={area.d}
              fill={fillOf(area)}
              stroke={MAP_STROKE}
              strokeWidth={0.6}
              tabIndex={0}
              role="button"
              aria-pressed={isSelected}
              aria-label={areaSummary(area.name, f)}
              onClick={(e) => onSelect(area.id, e.shiftKey)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                onSelect(area.id, e.shiftKey);
              }}
              onMouseEnter={() => onFocusArea(area.id)}
              onMouseLeave={() => onFocusArea(null)}
              onFocus={() => onFocusArea(area.id)}
              onBlur={() => onFocusArea(null)}
            />
          );
        })}
      </g>
      {figures.level === 'districts' && (
        <path d={geometry.governorateBorders} fill="none" stroke="#3a3a3a" strokeWidth={1.2} />
      )}
      <g pointerEvents="none">
        {areas
          .filter((a) => selected.has(a.id))
          .map((a) => (
            <path key={a.id} d={a.d} fill="none" stroke={MAP_SELECTED_STROKE} strokeWidth={2.5} />
          ))}
      </g>
      <TownCircles towns={figures.towns} measure={measure} geometry={geometry} />
    </svg>
  );
});

/** Records placed at a town: circles by area (radius ∝ √value), largest drawn first. */
const TownCircles = ({
  towns,
  measure,
  geometry,
}: {
  towns: readonly TownFigures[];
  measure: MapMeasure;
  geometry: MapGeometry;
}) => {
  const max = Math.max(0, ...towns.map((t) => measureOf(t, measure)));
  if (max === 0) return null;
  const circles = towns
    .map((t) => ({ t, v: measureOf(t, measure), at: geometry.project(t.lon, t.lat) }))
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
