import { memo } from 'react';
import { PhoneFold } from '../components/PhoneFold';
import type { ProvenanceRequest } from '../components/ProvenancePanel';
import { StatedTotals } from '../components/StatedTotals';
import { LoadingMessage } from '../components/StatusMessage';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';
import { RecordsSection } from './RecordsSection';
import type { ViewParts } from './viewParts';

interface Props {
  /** The view the lists show (they follow the chart: null before the first). */
  later: DashboardModel | null;
  lists: ViewParts | null;
  unpublished: ReadonlySet<string>;
  sort: ViewState['sort'];
  period: ViewState['period'];
  setView: (update: (view: ViewState) => ViewState) => void;
  onProvenance: (request: ProvenanceRequest) => void;
}

/**
 * The stated totals in full and the records table, under the chart. Drawn again only when the
 * lists' own view (`later`) or the table's controls change: a filter change paints the chart
 * first, and the lists follow (useDeferredLists).
 */
const ListsContent = memo((props: Props) => {
  const { later, lists, onProvenance } = props;
  if (!later || !lists) return null;
  return (
    <>
      <PhoneFold label={`Stated totals in full (${later.markers.length})`}>
        <StatedTotals
          markers={later.markers}
          undated={lists.undated}
          reportsById={later.reportsById}
          checks={later.summary.cumulativeChecks}
          onShowIncidents={(title, incidentIds) => onProvenance({ title, incidentIds })}
        />
      </PhoneFold>
      <RecordsSection
        later={later}
        lists={lists}
        unpublished={props.unpublished}
        sort={props.sort}
        period={props.period}
        setView={props.setView}
        onProvenance={onProvenance}
      />
    </>
  );
});

export const DashboardLists = ({
  busy,
  recordsPending,
  ...props
}: Props & { busy: boolean; recordsPending: boolean }) => (
  <div className="view-lists" aria-busy={busy}>
    {recordsPending ? (
      <LoadingMessage what="the records behind these figures" />
    ) : (
      <ListsContent {...props} />
    )}
  </div>
);
