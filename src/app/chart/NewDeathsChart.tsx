import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '../../analysis/cumulativeSeries';
import type { BinUnit } from '../../analysis/timeBins';
import { formatCount, formatDay, formatDayRange } from '../format';
import { theme } from '../theme';
import { CHART_MARGIN, Y_AXIS_WIDTH } from './timeAxis';

interface Props {
  points: SeriesPoint[];
  unit: BinUnit;
  width: number;
  height: number;
  onSelectPeriod?: (from: string, to: string) => void;
  showChildren: boolean;
  /** The best estimates' points (coded data): the dark bar is then the best, not the low. */
  best?: SeriesPoint[] | null;
}

interface Row {
  label: string;
  start: string;
  end: string;
  lower: number;
  extra: number;
  children: number;
  records: number;
}

/** New deaths per day, week or month: the lower bound solid, the highest figure reported light. */
export const NewDeathsChart = ({
  points,
  unit,
  width,
  height,
  onSelectPeriod,
  showChildren,
  best = null,
}: Props) => {
  const rows: Row[] = points.map((p, i) => {
    const main = best?.[i]?.newLower ?? p.newLower;
    return {
      label: formatDay(p.start, unit === 'month' ? 'MMM yyyy' : 'd MMM'),
      start: p.start,
      end: p.end,
      lower: main,
      extra: p.newUpper - main,
      children: p.newChildrenLower,
      records: p.records,
    };
  });
  // The bar's own payload, not the tooltip index, which can lag one mouse move behind a click.
  const selectBar = (entry: { payload?: Row }) => {
    if (entry.payload && onSelectPeriod) onSelectPeriod(entry.payload.start, entry.payload.end);
  };
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const every = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor(plotWidth / 64))));
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ ...CHART_MARGIN, top: 12 }}
      style={{ cursor: onSelectPeriod ? 'pointer' : undefined }}
    >
      <CartesianGrid stroke={theme.grid} vertical={false} />
      <XAxis
        dataKey="label"
        interval={every - 1}
        stroke={theme.axis}
        tick={{ fontSize: 12, fill: theme.axis }}
      />
      <YAxis
        width={Y_AXIS_WIDTH}
        tickFormatter={formatCount}
        allowDecimals={false}
        stroke={theme.axis}
        tick={{ fontSize: 12, fill: theme.axis }}
      />
      <Tooltip content={<BarTooltip />} />
      <Bar
        onClick={selectBar}
        dataKey="lower"
        stackId="deaths"
        name={best ? 'Deaths (best estimate)' : 'Deaths (lower bound)'}
        fill={theme.deaths}
        isAnimationActive={false}
      />
      <Bar
        onClick={selectBar}
        dataKey="extra"
        stackId="deaths"
        name="Up to the highest figure reported"
        fill={theme.deathsBand}
        isAnimationActive={false}
      />
      {showChildren && (
        <Bar
          onClick={selectBar}
          dataKey="children"
          name="Children (lower bound)"
          fill={theme.children}
          isAnimationActive={false}
        />
      )}
    </BarChart>
  );
};

const BarTooltip = ({
  active,
  payload,
}: {
  active?: boolean;
  payload?: Array<{ payload: Row }>;
}) => {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatDayRange(row.start, row.end)}</strong>
      <div>
        New deaths: <b>{formatCount(row.lower)}</b>
        {row.extra > 0 ? ` (up to ${formatCount(row.lower + row.extra)})` : ''}
      </div>
      <div>Children: {formatCount(row.children)}</div>
      <div>
        {row.records} record{row.records === 1 ? '' : 's'} · click to list them
      </div>
    </div>
  );
};
