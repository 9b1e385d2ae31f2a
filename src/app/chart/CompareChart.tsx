import { Area, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { type CompareSeries, upperKey } from '../../analysis/compareSeries';
import { toDayNumber } from '../../model/dayNumber';
import { formatCount } from '../format';
import { theme } from '../theme';
import { countAxisProps, dayAxisProps } from './axisProps';
import { niceMax, valueTicks } from './axisTicks';
import { StepLine, ValueGrid } from './MarkerLayer';
import { SeriesPaths } from './SeriesPaths';
import { CHART_MARGIN, timeAxis, Y_AXIS_WIDTH } from './timeAxis';

interface Props {
  series: CompareSeries;
  regionNames: Map<string, string>;
  /** Each region's colour, the same in every view and export (regionColor). */
  colorOf: (regionId: string) => string;
  width: number;
  height: number;
}

type Row = Record<string, number | string | [number, number]> & {
  start: string;
  end: string;
  x: number;
};

/**
 * One cumulative line per region (its lower bound), its band up to the highest figures
 * reported, and its name at the line's end: no legend lookup needed.
 */
export const CompareChart = ({ series, regionNames, colorOf, width, height }: Props) => {
  const rows: Row[] = series.rows.map((row) => {
    const out: Row = { ...row, x: toDayNumber(row.end) };
    for (const id of series.regionIds)
      out[`${id}~band`] = [Number(row[id] ?? 0), Number(row[upperKey(id)] ?? 0)];
    return out;
  });
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const fromDay = toDayNumber(first.start);
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  // Room at the right for the names at the lines' ends.
  const labelRoom = Math.min(150, plotWidth / 4);
  const axis = timeAxis(fromDay, last.x, plotWidth - labelRoom);
  const max = Math.max(0, ...series.regionIds.map((id) => Number(last[upperKey(id)] ?? 0)));
  const ticks = valueTicks(niceMax(max * 1.05));
  const name = (id: string) => regionNames.get(id) ?? id;
  return (
    <ComposedChart
      width={width}
      height={height}
      data={rows}
      margin={{ ...CHART_MARGIN, top: 12, right: CHART_MARGIN.right + labelRoom }}
    >
      <ValueGrid ticks={ticks} stroke={theme.grid} />
      <XAxis {...dayAxisProps([fromDay, last.x], axis, false)} />
      <YAxis {...countAxisProps({ ticks, domain: [0, ticks.at(-1) ?? 10] }, false)} />
      <Tooltip
        content={
          <CompareTooltip
            regionIds={series.regionIds}
            name={name}
            colorOf={colorOf}
            format={axis.format}
          />
        }
      />
      {series.regionIds.map((id) => (
        <Area
          key={`${id}~band`}
          type="stepAfter"
          dataKey={`${id}~band`}
          name={`${name(id)}: up to the highest figures reported`}
          stroke="none"
          fill={colorOf(id)}
          fillOpacity={0.12}
          isAnimationActive={false}
          activeDot={false}
        />
      ))}
      {series.regionIds.map((id) => (
        <StepLine
          key={id}
          points={rows.map((r) => ({ x: r.x, y: Number(r[id] ?? 0) }))}
          label={`${name(id)} (lower bound)`}
          stroke={colorOf(id)}
          strokeWidth={2}
        />
      ))}
      <SeriesPaths
        lines={series.regionIds.map((id) => ({
          key: `${id}-label`,
          label: name(id),
          color: colorOf(id),
          points: [
            { x: last.x, y: Number(last[id] ?? 0) },
            { x: last.x, y: Number(last[id] ?? 0) },
          ],
          endLabel: `${name(id)} ${formatCount(Number(last[id] ?? 0))}`,
        }))}
        labelsOnly
      />
    </ComposedChart>
  );
};

const CompareTooltip = ({
  active,
  payload,
  regionIds,
  name,
  colorOf,
  format,
}: {
  active?: boolean;
  payload?: Array<{ payload: Row }>;
  regionIds: readonly string[];
  name: (id: string) => string;
  colorOf: (id: string) => string;
  format: (day: number) => string;
}) => {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  // Largest first: the order a reader scans for.
  const sorted = [...regionIds].sort((a, b) => Number(row[b] ?? 0) - Number(row[a] ?? 0));
  return (
    <div className="chart-tooltip compare-tooltip">
      <strong>{format(row.x)}</strong>
      <ol>
        {sorted.map((id) => (
          <li key={id}>
            <span className="swatch swatch-line" style={{ background: colorOf(id) }} /> {name(id)}{' '}
            <b>{formatCount(Number(row[id] ?? 0))}</b>
            {Number(row[upperKey(id)] ?? 0) > Number(row[id] ?? 0) &&
              ` (up to ${formatCount(Number(row[upperKey(id)] ?? 0))})`}
          </li>
        ))}
      </ol>
    </div>
  );
};
