import { lazy, useEffect, useState } from 'react';
import type { ChartCard as ChartCardComponent } from '../components/ChartCard';

/**
 * The charts (and Recharts with them) load as their own chunk, requested as soon as this module
 * runs, so they arrive while the worker is still loading the data: the page's first script
 * stays small.
 */
const chartCardModule = import('../components/ChartCard');
const LazyChartCard = lazy(() => chartCardModule.then((m) => ({ default: m.ChartCard })));
// Usually loaded long before the figures: then it is drawn in the same render as they are, not
// one suspended render later.
let loadedChartCard: typeof ChartCardComponent | null = null;
chartCardModule.then((m) => {
  loadedChartCard = m.ChartCard;
});

/** The chart component: the loaded one when its chunk is in, else the lazy one. */
export const chartCardComponent = () => loadedChartCard ?? LazyChartCard;

/**
 * Whether the chart's chunk has arrived. Figures drawn before it has would show the chart's
 * Suspense fallback, and React then holds the revealed chart back (up to 300 ms) after a
 * fallback. A chunk that fails to load is left to the lazy component, which reports it.
 */
export const useChartChunkReady = (): boolean => {
  const [ready, setReady] = useState(loadedChartCard !== null);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    void chartCardModule.then(done, done);
  }, [ready]);
  return ready;
};
