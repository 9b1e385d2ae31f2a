import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';

/**
 * On a linear axis, stated totals more than this many times the documented line's top would
 * flatten it into the floor: they are drawn above the scale instead, with a cue on the chart and
 * their values listed under it. A log axis holds them all.
 */
const OFF_SCALE_FACTOR = 3;

export const markerCeiling = (seriesMax: number, scale: 'linear' | 'log'): number =>
  scale === 'log' ? Number.POSITIVE_INFINITY : Math.max(seriesMax * OFF_SCALE_FACTOR, 10);

/** The stated totals above the scale, with their chart numbers (position + 1). */
export const offScaleMarkers = (
  markers: readonly CumulativeMarker[],
  seriesMax: number,
  scale: 'linear' | 'log',
): Array<{ marker: CumulativeMarker; number: number }> => {
  const ceiling = markerCeiling(seriesMax, scale);
  return markers.flatMap((marker, i) =>
    (marker.killedMin ?? 0) > ceiling ? [{ marker, number: i + 1 }] : [],
  );
};
