import type { ProvenanceRequest } from '../components/ProvenancePanel';
import { RecordsTable } from '../components/RecordsTable';
import { formatCount } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';
import type { ViewParts } from './viewParts';

interface Props {
  later: DashboardModel;
  lists: ViewParts;
  unpublished: ReadonlySet<string>;
  sort: ViewState['sort'];
  period: ViewState['period'];
  setView: (update: (view: ViewState) => ViewState) => void;
  onProvenance: (request: ProvenanceRequest) => void;
}

/** The records table, with a note when it lists only the first page of the view. */
export const RecordsSection = ({
  later,
  lists,
  unpublished,
  sort,
  period,
  setView,
  onProvenance,
}: Props) => {
  const leftOut = later.filteredIncidentCount - later.tableListed;
  return (
    <>
      {leftOut > 0 && (
        <p className="dataset-banner" data-testid="table-limit-note">
          The table lists the first {formatCount(later.tableListed)} of{' '}
          {formatCount(later.filteredIncidentCount)} incident records in this view (in the dataset's
          order); {formatCount(leftOut)} more are counted in every figure above. Narrow the filters
          to list them.
        </p>
      )}
      <RecordsTable
        records={lists.tableRecords}
        straddling={lists.straddling}
        unpublished={unpublished}
        gazetteer={later.gazetteer}
        reportsById={later.reportsById}
        sort={sort}
        onSort={(sort) => setView((v) => ({ ...v, sort }))}
        period={period}
        onClearPeriod={() => setView((v) => ({ ...v, period: null }))}
        onShowRecord={(recordId) => {
          const incidentId = lists.incidentOfRecord.get(recordId);
          if (incidentId)
            onProvenance({ title: 'The incident behind this record', incidentIds: [incidentId] });
        }}
      />
    </>
  );
};
