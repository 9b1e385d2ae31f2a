import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import { statedTotals } from '../../analysis/statedTotals';
import type { AnnotationLayout } from '../chart/annotationLayout';
import { statedStyles } from '../chart/StatedChart';
import { MARKER_ELEMENT_LIMIT } from '../chart/TollChart';
import { formatDayRange } from '../format';
import { theme } from '../theme';
import type { ChartMode } from '../url/viewState';
import type { LegendItem } from './composeExportSvg';

/** The legend and keys of the exported image: the same items the screen shows beside the chart. */
export const exportLegend = (
  mode: ChartMode,
  markers: readonly CumulativeMarker[],
  annotations: AnnotationLayout,
  /** Compare mode: each region's name and its fixed colour (regionColor). */
  compareRegions: ReadonlyArray<{ name: string; color: string }>,
  showChildren = true,
  /** The line is the coders' best estimate and the band low–high (coded event data). */
  best = false,
): { legend: LegendItem[]; keys: string[] } => {
  if (mode === 'stated') {
    const series = statedTotals(markers).series;
    const styles = statedStyles(series);
    return {
      legend: [
        { label: 'Documented in incidents (lowest figures)', color: theme.deaths, shape: 'line' },
        ...series.map(
          (s, i): LegendItem => ({
            label: s.label,
            color: styles[i]?.color ?? theme.marker,
            shape: styles[i]?.dash ? 'dashed' : 'line',
          }),
        ),
      ],
      keys: markers.map((m, i) => `${i + 1}. ${m.label} (${m.area})`),
    };
  }
  if (mode === 'compare') {
    return {
      legend: compareRegions.map(({ name, color }) => ({
        label: `${name} (lower bound; band: up to the highest figures reported)`,
        color,
        shape: 'line',
      })),
      keys: [],
    };
  }
  const legend: LegendItem[] = [
    {
      label: `${mode === 'bars' ? 'New deaths' : 'Deaths'}, ${best ? 'best estimate' : 'lower bound'}`,
      color: theme.deaths,
      shape: 'line',
    },
    {
      label: best ? 'From the low to the high estimate' : 'Up to the highest figures reported',
      color: theme.deathsBand,
      shape: 'band',
    },
    ...(showChildren
      ? [{ label: 'Children, lower bound', color: theme.children, shape: 'line' as const }]
      : []),
  ];
  const keys: string[] = [];
  if (mode === 'cumulative') {
    if (markers.length > 0) {
      legend.push({
        label: 'Stated totals (not added to the sum)',
        color: theme.marker,
        shape: 'circle',
      });
      if (markers.length > MARKER_ELEMENT_LIMIT) {
        // Drawn as plain dots (TollChart): a key per dot would fill pages of the image.
        keys.push(
          `${markers.length.toLocaleString('en-GB')} stated totals drawn as dots, not added to the sum; each is listed with its source on the page at the link below.`,
        );
      } else {
        legend.push({ label: "One source's running total", color: theme.marker, shape: 'dashed' });
        markers.forEach((m, i) => {
          keys.push(`${i + 1}. ${m.label} (${m.area})`);
        });
      }
    }
    if (annotations.keyed) {
      for (const l of annotations.labels) {
        keys.push(
          `${l.key} ${formatDayRange(l.annotation.dateStart, l.annotation.dateEnd)}: ${l.annotation.label}`,
        );
      }
    }
  }
  return { legend, keys };
};
