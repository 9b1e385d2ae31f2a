import { useEffect, useId, useState } from 'react';
import { isIsoDay } from '../../analysis/dayNumber';

interface Props {
  label: string;
  name: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onCommit: (day: string | null) => void;
}

/** Years a casualty record can plausibly have: a partly typed year (0002) is never sent on. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Why a typed date is not taken yet, or null when it is a plausible day. */
export const dateProblem = (value: string): string | null => {
  if (!isIsoDay(value)) return 'is not a whole date yet';
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return `year ${value.slice(0, 4)} is outside ${FIRST_YEAR}–${LAST_YEAR}`;
  return null;
};

/**
 * A date field that keeps what is being typed to itself: the browser reports "0002-12-01" after
 * the first digit of a year, and a view must never jump there. A whole, plausible day is taken
 * as it is typed, pasted or picked; anything else waits, and says why once the field is left.
 */
export const DateInput = ({ label, name, value, min, max, onCommit }: Props) => {
  const [draft, setDraft] = useState(value ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setDraft(value ?? '');
    setProblem(null);
  }, [value]);
  const take = (next: string) => {
    setDraft(next);
    if (next === '') {
      setProblem(null);
      if (value !== null) onCommit(null);
      return;
    }
    if (dateProblem(next) === null) {
      setProblem(null);
      if (next !== value) onCommit(next);
    }
  };
  return (
    <label>
      {label}
      <input
        type="date"
        name={name}
        value={draft}
        min={min ?? undefined}
        max={max ?? undefined}
        aria-invalid={problem !== null}
        aria-describedby={problem ? id : undefined}
        onChange={(e) => take(e.currentTarget.value)}
        onBlur={(e) => {
          // The browser gives an empty value for a partly typed date; badInput tells them apart.
          const message =
            draft === ''
              ? e.currentTarget.validity.badInput
                ? 'is not a whole date yet'
                : null
              : dateProblem(draft);
          setProblem(message === null ? null : `${label}: ${message}; the view is unchanged.`);
        }}
      />
      {problem && (
        <span id={id} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
};
