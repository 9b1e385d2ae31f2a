import type { WorkspaceStamp } from '../addReport/workspaceStamp';

interface Props {
  /** This browser's unpublished records (null: none). */
  own: WorkspaceStamp | null;
  /** What the view's link says it included (null: published records only). */
  linked: WorkspaceStamp | null;
  /** The link's records are not this browser's: its figures cannot be reproduced here. */
  mismatch: boolean;
  onChange: (include: boolean) => void;
}

const records = (n: number) => `${n} unpublished record${n === 1 ? '' : 's'}`;

/**
 * "Include my unpublished records": off by default, so no figure, export or link carries
 * records that are not in data/ unless the analyst asks; the choice is in the URL (`mine=`).
 */
export const UnpublishedSwitch = ({ own, linked, mismatch, onChange }: Props) => {
  if (!own && !linked) return null;
  const included = linked !== null && own !== null;
  return (
    <div
      className={`unpublished-banner${mismatch ? ' dataset-banner-warning' : ''}`}
      data-testid="unpublished-banner"
    >
      {mismatch && linked && (
        <p data-testid="unpublished-missing">
          The view this link reproduces included {records(linked.count)} from the Add report
          workspace of the browser it was made in. This browser does not have{' '}
          {linked.count === 1 ? 'it' : 'them'}: the figures below leave{' '}
          {linked.count === 1 ? 'it' : 'them'} out
          {own ? ` and include this browser's own ${records(own.count)} instead` : ''}, so they
          differ from the view the link was made from.
        </p>
      )}
      {own && (
        <p>
          {included
            ? `Includes ${records(own.count)} from this browser's Add report workspace, marked “unpublished” here and in every export: they are not in data/ until exported and reviewed.`
            : `This browser's Add report workspace holds ${records(own.count)}, left out of every figure and export here.`}
        </p>
      )}
      <label className="unpublished-switch">
        <input
          type="checkbox"
          role="switch"
          checked={linked !== null}
          aria-checked={linked !== null}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        Include my unpublished records
      </label>
    </div>
  );
};
