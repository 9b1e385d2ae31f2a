import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompareSeries } from '../../analysis/compareSeries';
import { toDayNumber } from '../../analysis/dayNumber';
import { formatCount } from '../format';
import { theme } from '../theme';
import { niceMax } from './axisTicks';
import { CHART_MARGIN, timeAxis, Y_AXIS_WIDTH } from './timeAxis';

interface Props {
  series: CompareSeries;
  regionNames: Map<string, string>;
  width: number;
  height: number;
  /** The screen shows Recharts' HTML legend; an export draws its own. */
  legend?: boolean;
}

/** One cumulative lower-bound line per region. */
export const CompareChart = ({ series, regionNames, width, height, legend = true }: Props) => {
  const rows: Array<Record<string, number | string> & { start: string; end: string; x: number }> =
    series.rows.map((row) => ({ ...row, x: toDayNumber(row.end) }));
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const fromDay = toDayNumber(first.start);
  const axis = timeAxis(
    fromDay,
    last.x,
    width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right,
  );
  const max = Math.max(0, ...series.regionIds.map((id) => Number(last[id] ?? 0)));
  return (
    <LineChart width={width} height={height} data={rows} margin={{ ...CHART_MARGIN, top: 12 }}>
      <CartesianGrid stroke={theme.grid} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        domain={[fromDay, last.x]}
        ticks={axis.ticks}
        tickFormatter={axis.format}
        stroke={theme.axis}
        tick={{ fontSize: 12, fill: theme.axis }}
      />
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={[0, niceMax(max * 1.05)]}
        tickFormatter={formatCount}
        stroke={theme.axis}
        tick={{ fontSize: 12, fill: theme.axis }}
      />
      <Tooltip
        labelFormatter={(x) => axis.format(Number(x))}
        formatter={(v) => formatCount(Number(v))}
      />
      {legend && <Legend />}
      {series.regionIds.map((id, i) => (
        <Line
          key={id}
          type="stepAfter"
          dataKey={id}
          name={regionNames.get(id) ?? id}
          stroke={theme.compare[i % theme.compare.length]}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
};
