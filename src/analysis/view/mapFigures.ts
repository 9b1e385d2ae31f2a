import type { Incident } from '../../model/incident';
import type { Filters } from '../filters';
import { columnsMapFigures } from './mapFiguresColumns';
import { recordsMapFigures } from './mapFiguresRecords';
import type { PreparedDataset } from './viewTypes';

/** Which areas the map shades. */
export type MapLevel = 'governorates' | 'districts';

/** What the map asks for: the view's filters (its regions are not applied) and the level. */
export interface MapQuery {
  filters: Filters;
  level: MapLevel;
}

/** A source's part of an area's figures (its own records there). */
export interface AreaSource {
  name: string;
  records: number;
  killedMin: number;
}

/**
 * One area's figures: `npm run summary -- --admin1 <id>` with the view's other filters, so each
 * incident is counted once (`incidents`, `killedMin`, `killedMax`) and `records` counts records.
 */
export interface AreaFigures {
  id: string;
  records: number;
  incidents: number;
  killedMin: number;
  killedMax: number;
  /** Most records first, at most MAP_SOURCES_LISTED. */
  sources: AreaSource[];
}

/** Records placed at one town or sub-district (their own place, not a place inside it). */
export interface TownFigures extends AreaFigures {
  name: string;
  lat: number;
  lon: number;
}

/**
 * Incident records coded above the level the map shades (the country, or a governorate on the
 * district map), grouped by their place and the places they say they cover: never put in one area.
 */
export interface UnplacedFigures extends AreaFigures {
  /** The place they are coded at (e.g. SY), then the places they cover (e.g. SY02, SY07). */
  placeId: string;
  coversIds: string[];
}

/** A stated total coded above the map's level: drawn on no area, listed beside the map. */
export interface StatedTotalAcross {
  id: string;
  placeId: string;
  coversIds: string[];
  dateEnd: string | null;
  killedMin: number | null;
  killedMax: number | null;
  sources: string[];
}

export interface MapFigures {
  level: MapLevel;
  /** Every area of the level in the dataset's places, zeros included, in P-code order. */
  areas: AreaFigures[];
  /** Towns with records (a dataset read as columns has none here). */
  towns: TownFigures[];
  /**
   * Records drawn at their own coordinates (mapPoints.ts), one entry per distinct point, most
   * killed first; a dataset read as columns has none. Also counted in their area, as before.
   */
  points: TownFigures[];
  /** Records with coordinates not drawn as points (imprecise, or in no one governorate). */
  pointsLeftOut: number;
  unplaced: UnplacedFigures[];
  /** At most MAP_STATED_LISTED of `statedAcrossCount`. */
  statedAcross: StatedTotalAcross[];
  statedAcrossCount: number;
}

export const MAP_SOURCES_LISTED = 5;
export const MAP_STATED_LISTED = 5;

export const levelNumber = (level: MapLevel): 1 | 2 => (level === 'governorates' ? 1 : 2);

/** The map's figures for a query: the same sums as the headline and `npm run summary`. */
export const mapFigures = (prepared: PreparedDataset, query: MapQuery): MapFigures => {
  const filters: Filters = { ...query.filters, regions: [] };
  return prepared.kind === 'columns'
    ? columnsMapFigures(prepared, prepared.columns, { filters, level: query.level })
    : recordsMapFigures(prepared, { filters, level: query.level });
};

/** A stated total as the map lists it. */
export const statedTotalAcross = (r: Incident): StatedTotalAcross => ({
  id: r.id,
  placeId: r.placeId,
  coversIds: [...r.coversIds].sort(),
  dateEnd: r.dateEnd,
  killedMin: r.killedMin,
  killedMax: r.killedMax,
  sources: r.attributedTo,
});

/** Sources by records (then name), the first few. */
export const topSources = (sources: AreaSource[]): AreaSource[] =>
  sources
    .sort((a, b) => b.records - a.records || a.name.localeCompare(b.name))
    .slice(0, MAP_SOURCES_LISTED);
