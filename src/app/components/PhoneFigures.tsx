import type { ViewSummary } from '../../analysis/view/viewTypes';
import { formatCount } from '../format';

interface Props {
  summary: ViewSummary;
  reconciled: boolean;
  /** Folds the filters away: the headline is then the first thing on screen. */
  onShow: () => void;
}

/**
 * On a phone with the filters open, the headline is screens below them: this bar keeps the
 * view's main figures at the bottom of the screen, so every filter change shows its effect.
 */
export const PhoneFigures = ({ summary, reconciled, onShow }: Props) => {
  const best = summary.killedBest;
  const count = reconciled ? summary.incidents : summary.records;
  return (
    <p className="phone-figures" data-testid="phone-figures" aria-live="polite">
      <span>
        {best !== null ? 'Killed, best estimate' : 'Killed, at least'}{' '}
        <b data-testid="phone-killed">{formatCount(best ?? summary.killedMin)}</b> in{' '}
        {formatCount(count)} {reconciled ? 'incident' : 'record'}
        {count === 1 ? '' : 's'}
      </span>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onShow();
          // After the filters have folded: the figures are then at the top of the page.
          requestAnimationFrame(() => {
            const figures = document.getElementById('figures');
            figures?.focus();
            figures?.scrollIntoView({ block: 'start' });
          });
        }}
      >
        Show the figures
      </button>
    </p>
  );
};
