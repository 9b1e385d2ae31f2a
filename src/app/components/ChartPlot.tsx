import type { StatedSeries } from '../../analysis/statedTotals';
import type { AnnotationLayout } from '../chart/annotationLayout';
import { CompareChart } from '../chart/CompareChart';
import { NewDeathsChart } from '../chart/NewDeathsChart';
import { regionColor } from '../chart/regionColor';
import { StatedChart } from '../chart/StatedChart';
import { TollChart } from '../chart/TollChart';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';

interface Props {
  view: ViewState;
  model: DashboardModel;
  stated: readonly StatedSeries[];
  annotationLayout: AnnotationLayout;
  width: number;
  height: number;
  /** Absent in an export: nothing to click. */
  onSelectPeriod?: (from: string, to: string) => void;
}

/** The chart of the view's mode, at the width measured for it. */
export const ChartPlot = ({
  view,
  model,
  stated,
  annotationLayout,
  width,
  height,
  onSelectPeriod,
}: Props) => {
  const regionNames = new Map([...model.gazetteer.byId.values()].map((p) => [p.id, p.name]));
  return (
    <>
      {view.mode === 'cumulative' && (
        <TollChart
          showChildren={model.headline.childrenReported > 0}
          points={model.series.points}
          best={model.best?.points ?? null}
          markers={model.markers}
          annotations={model.annotations}
          annotationLayout={annotationLayout}
          width={width}
          height={height}
          onSelectPeriod={onSelectPeriod}
          scale={view.scale}
        />
      )}
      {view.mode === 'stated' && (
        <StatedChart
          series={stated}
          documented={model.series.points}
          scale={view.scale}
          width={width}
          height={height}
        />
      )}
      {view.mode === 'bars' && (
        <NewDeathsChart
          showChildren={model.headline.childrenReported > 0}
          points={model.series.points}
          best={model.best?.points ?? null}
          unit={model.unit}
          width={width}
          height={height}
          onSelectPeriod={onSelectPeriod}
        />
      )}
      {view.mode === 'compare' && model.compare && (
        <CompareChart
          series={model.compare}
          regionNames={regionNames}
          colorOf={(id) => regionColor(id, model.gazetteer)}
          width={width}
          height={height}
        />
      )}
    </>
  );
};
