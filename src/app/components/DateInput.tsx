import { useEffect, useId, useState } from 'react';
import { isIsoDay } from '../../model/dayNumber';

interface Props {
  label: string;
  name: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  /** A whole day that is still not taken, and why (From after To), or null. */
  rangeProblem?: (day: string) => string | null;
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
export const DateInput = ({ label, name, value, min, max, rangeProblem, onCommit }: Props) => {
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
      // A whole day is safe to judge at once: a range that holds no day is said, not taken.
      const range = rangeProblem?.(next) ?? null;
      setProblem(range && `${label}: ${range}; the view is unchanged.`);
      if (range === null && next !== value) onCommit(next);
    }
  };
  // The message sits beside the label, not in it: in it, it would become the field's name.
  return (
    <span className="date-field">
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
            // An empty value with digits in the field (badInput): the browser holds a partial
            // date and reports nothing of it.
            const partial = draft === '' && e.currentTarget.validity.badInput;
            const message = partial
              ? 'is not a whole date yet'
              : draft === ''
                ? null
                : (dateProblem(draft) ?? rangeProblem?.(draft) ?? null);
            setProblem(message === null ? null : `${label}: ${message}; the view is unchanged.`);
          }}
        />
      </label>
      {problem && (
        <span id={id} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
};
