import { memo } from 'react';
import type { ViewSummary } from '../../analysis/view/viewTypes';
import { Headline } from '../components/Headline';
import type { ProvenanceRequest } from '../components/ProvenancePanel';

interface Props {
  summary: ViewSummary;
  reconciled: boolean;
  coded: boolean;
  straddling: number;
  from: string | null;
  to: string | null;
  onProvenance: (request: ProvenanceRequest) => void;
}

/** The headline, redrawn only when its figures change (not on every change of the view). */
export const HeadlineSlot = memo(({ summary, onProvenance, ...rest }: Props) => (
  <Headline
    summary={summary}
    {...rest}
    onShowStated={(statement) => {
      // The list below numbers every stated total as the chart does.
      const item = document.getElementById(`stated-${statement.id}`);
      // On a phone the list is folded: opened first.
      item?.closest('details')?.setAttribute('open', '');
      item?.scrollIntoView({ block: 'center' });
      item?.focus();
    }}
    onShowIncidents={() =>
      onProvenance({
        title: 'Incidents behind the deaths figure',
        incidentIds: summary.incidentDetails.map((i) => i.id),
      })
    }
  />
));
