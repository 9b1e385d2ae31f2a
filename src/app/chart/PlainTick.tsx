import { theme } from '../theme';

/**
 * An axis label as plain SVG text: Recharts' own Text measures every word in the page to wrap
 * it, and these labels never wrap.
 */
export const PlainTick = (props: {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
  payload?: { value: number };
  index?: number;
  tickFormatter?: (value: number, index: number) => string;
}) => (
  <text
    x={props.x}
    y={props.y}
    dy={
      props.verticalAnchor === 'start'
        ? '0.71em'
        : props.verticalAnchor === 'middle'
          ? '0.355em'
          : 0
    }
    textAnchor={props.textAnchor}
    fontSize={12}
    fill={theme.axis}
  >
    {props.tickFormatter
      ? props.tickFormatter(props.payload?.value ?? 0, props.index ?? 0)
      : props.payload?.value}
  </text>
);
