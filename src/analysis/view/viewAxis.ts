import type { Annotation } from '../../model/annotation';
import { toDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import type { HeadlineFigures } from '../headlineFigures';
import { type BinUnit, chooseBinUnit } from '../timeBins';
import type { ViewQuery } from './viewTypes';

/** The chart's time span and bin unit, from the figures and the stated totals beside them. */
export const timeAxis = (
  headline: Pick<HeadlineFigures, 'firstDate' | 'lastDate'>,
  cumulative: readonly Incident[],
  query: ViewQuery,
) => {
  let spanFrom = headline.firstDate;
  let spanTo = headline.lastDate;
  for (const r of cumulative) {
    const start = r.periodStart ?? r.dateEnd;
    if (start && (spanFrom === null || start < spanFrom)) spanFrom = start;
    if (r.dateEnd && (spanTo === null || r.dateEnd > spanTo)) spanTo = r.dateEnd;
  }
  const from = query.filters.from ?? spanFrom;
  const to = query.filters.to ?? spanTo;
  // Charts never draw more points than a screen shows: the unit adapts to the span.
  const unit: BinUnit =
    query.unit !== 'auto'
      ? query.unit
      : from && to
        ? chooseBinUnit(toDayNumber(from), toDayNumber(to), query.mode === 'bars' ? 60 : 200)
        : 'day';
  return { from, to, unit };
};

export const annotationsIn = (
  annotations: readonly Annotation[],
  from: string | null,
  to: string | null,
) =>
  annotations.filter(
    (a) => (from === null || a.dateEnd >= from) && (to === null || a.dateStart <= to),
  );
