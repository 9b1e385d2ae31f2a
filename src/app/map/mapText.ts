import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { Gazetteer } from '../../analysis/gazetteer';
import type {
  AreaFigures,
  StatedTotalAcross,
  UnplacedFigures,
} from '../../analysis/view/mapFigures';
import { formatCount, formatDay, formatFigure } from '../format';
import type { MapMeasure } from '../url/viewState';

export const MEASURES: ReadonlyArray<{
  measure: MapMeasure;
  label: string;
  legend: string;
  /** The map's title: `${title(level)}`. */
  title: (level: string) => string;
}> = [
  {
    measure: 'killed',
    label: 'Deaths (at least)',
    legend: 'Deaths documented, lower bound',
    title: (level) => `Deaths by ${level}, lower bound`,
  },
  {
    measure: 'upper',
    label: 'Deaths (up to highest reported)',
    legend: 'Deaths, up to the highest figures reported',
    title: (level) => `Deaths by ${level}, up to the highest figures reported`,
  },
  {
    measure: 'records',
    label: 'Records',
    legend: 'Incident records',
    title: (level) => `Incident records by ${level}`,
  },
];

export const measureOf = (area: AreaFigures, measure: MapMeasure): number =>
  measure === 'killed' ? area.killedMin : measure === 'upper' ? area.killedMax : area.records;

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** "Idleb: at least 1,204 killed (up to 1,310), 87 incidents in 92 records" */
export const areaSummary = (name: string, area: AreaFigures): string => {
  if (area.records === 0) return `${name}: no incident records in this view`;
  const upper = area.killedMax > area.killedMin ? ` (up to ${formatCount(area.killedMax)})` : '';
  const counted =
    area.incidents === area.records
      ? plural(area.records, 'record')
      : `${plural(area.incidents, 'incident')} in ${plural(area.records, 'record')}`;
  return `${name}: at least ${formatCount(area.killedMin)} killed${upper}, ${counted}`;
};

export const sourcesText = (area: AreaFigures): string =>
  area.sources.length === 0
    ? ''
    : `According to ${area.sources
        .map((s) => `${shortSourceName(s.name)} (${plural(s.records, 'record')})`)
        .join(', ')}`;

const placeNames = (ids: readonly string[], gazetteer: Gazetteer): string => {
  const names = ids.map((id) => gazetteer.byId.get(id)?.name ?? id);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** Where records above the map's level are coded, in words. */
export const unplacedWhere = (u: UnplacedFigures, gazetteer: Gazetteer): string => {
  if (u.coversIds.length > 1) return `coded across ${placeNames(u.coversIds, gazetteer)}`;
  const place = gazetteer.byId.get(u.placeId);
  if (!place || place.level === 0) return 'coded at country level, in no governorate';
  return `coded at ${place.name} governorate, in no one district`;
};

/** "61 killed (at least) in 3 records coded across Idleb and Aleppo" */
export const unplacedLine = (u: UnplacedFigures, gazetteer: Gazetteer): string => {
  const upper = u.killedMax > u.killedMin ? `, up to ${formatCount(u.killedMax)}` : '';
  return `${formatCount(u.killedMin)} killed (at least${upper}) in ${plural(u.records, 'record')} ${unplacedWhere(u, gazetteer)}`;
};

/** "153 killed, stated by SOHR as of 28 Nov 2024, across Aleppo and Idleb (not summed)" */
export const statedLine = (s: StatedTotalAcross, gazetteer: Gazetteer): string => {
  const where =
    s.coversIds.length > 0 ? `across ${placeNames(s.coversIds, gazetteer)}` : 'for the country';
  const by = s.sources.length > 0 ? ` by ${s.sources.map(shortSourceName).join(', ')}` : '';
  const asOf = s.dateEnd ? ` as of ${formatDay(s.dateEnd)}` : ', undated';
  return `${formatFigure(s.killedMin, s.killedMax)} killed, stated${by}${asOf}, ${where}`;
};
