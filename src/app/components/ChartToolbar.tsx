import type { BinUnit } from '../../analysis/timeBins';
import type { ChartMode, ValueScale, ViewState } from '../url/viewState';
import { type ExportKind, ExportMenu } from './ExportMenu';

export const MODES: Array<{ mode: ChartMode; label: string; title: string }> = [
  { mode: 'cumulative', label: 'Cumulative', title: 'Documented deaths, cumulative' },
  { mode: 'stated', label: 'Stated totals', title: 'Totals as the sources state them' },
  { mode: 'bars', label: 'New deaths', title: 'New deaths per' },
  { mode: 'compare', label: 'Compare regions', title: 'Cumulative deaths by region' },
];

interface Props {
  title: string;
  view: ViewState;
  /** The unit "auto" picked for this view. */
  unit: BinUnit;
  onMode: (mode: ChartMode) => void;
  onUnit: (unit: BinUnit | 'auto') => void;
  onScale: (scale: ValueScale) => void;
  onExport: (kind: ExportKind) => Promise<void>;
  onCopyLink: () => Promise<void>;
  /** Why exports cannot run yet, or null. */
  exportUnavailable: string | null;
}

/** The chart's title and its controls: type, time unit, scale, export. */
export const ChartToolbar = ({
  title,
  view,
  unit,
  onMode,
  onUnit,
  onScale,
  onExport,
  onCopyLink,
  exportUnavailable,
}: Props) => (
  <div className="chart-toolbar">
    <h2 id="chart-title">{title}</h2>
    <fieldset className="segmented">
      <legend className="visually-hidden">Chart type</legend>
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          aria-pressed={view.mode === m.mode}
          onClick={() => onMode(m.mode)}
        >
          {m.label}
        </button>
      ))}
    </fieldset>
    <label className="unit-select">
      Per
      <select value={view.unit} onChange={(e) => onUnit(e.currentTarget.value as BinUnit | 'auto')}>
        <option value="auto">auto ({unit})</option>
        <option value="day">day</option>
        <option value="week">week</option>
        <option value="month">month</option>
      </select>
    </label>
    {(view.mode === 'cumulative' || view.mode === 'stated') && (
      <label className="unit-select">
        Scale
        <select value={view.scale} onChange={(e) => onScale(e.currentTarget.value as ValueScale)}>
          <option value="linear">linear</option>
          <option value="log">log</option>
        </select>
      </label>
    )}
    <ExportMenu onExport={onExport} onCopyLink={onCopyLink} unavailable={exportUnavailable} />
  </div>
);
