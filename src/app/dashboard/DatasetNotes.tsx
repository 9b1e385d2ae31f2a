import type { DatasetBase } from '../../analysis/view/viewTypes';
import { formatCount } from '../format';

/** What the reader must know about the dataset before its figures: how they were counted. */
export const DatasetNotes = ({ base }: { base: DatasetBase }) => (
  <>
    {base.recordsPending && (
      <p className="dataset-banner" data-testid="snapshot-note">
        Figures from the columns snapshot made when this site was built; they are being checked
        against incidents.csv, and its records loaded, now.
      </p>
    )}
    {base.snapshotStale && (
      <p className="dataset-banner dataset-banner-warning" data-testid="snapshot-stale">
        The columns snapshot made when this site was built did not match incidents.csv: every figure
        here was recomputed from the CSV itself.
      </p>
    )}
    {base.info?.records === 'coded-events' && (
      <p className="dataset-banner" data-testid="coded-events-note">
        Coded events from {base.info.publisher}: its coders de-duplicated them, so each event counts
        once, as coded, and is never grouped with another here.
      </p>
    )}
    {!base.reconciled && base.info?.records !== 'coded-events' && (
      <p className="dataset-banner" data-testid="unreconciled-note">
        {formatCount(base.records)} records: too many to group reports of the same event into
        incidents here, so every figure sums the records as stated (the same event may be counted
        more than once), and stated totals are not checked against incidents.
      </p>
    )}
  </>
);
