import { useState } from 'react';
import type { Gazetteer } from '../../analysis/gazetteer';
import { revisionHistory } from '../../analysis/reconcile/revisionHistory';
import type { IncidentEntry } from '../../analysis/summary';
import type { Report } from '../../model/report';
import { formatDayRange, formatFigure } from '../format';
import { useDialogFocus } from '../hooks/useDialogFocus';
import { SourceLinks } from './SourceLinks';

export interface ProvenanceRequest {
  title: string;
  /** Incident ids to list; null lists every incident in the view. */
  incidentIds: readonly string[] | null;
}

interface Props {
  request: ProvenanceRequest;
  incidents: readonly IncidentEntry[];
  reportsById: ReadonlyMap<string, Report>;
  gazetteer: Gazetteer;
  onClose: () => void;
}

/**
 * An analyst who disagrees with the grouping records a decision in data/cluster-decisions.csv
 * (diffable, reviewed like any data change); this gives the exact line to add.
 */
const DecisionLine = ({
  action,
  recordIds,
}: {
  action: 'split' | 'merge';
  recordIds: readonly string[];
}) => {
  const [copied, setCopied] = useState(false);
  const line = `${action},${recordIds.join('|')},"<why, in your own words>"`;
  return (
    <details className="why">
      <summary>Not one event? Split it</summary>
      <p className="section-note">
        Add this line to <code>data/cluster-decisions.csv</code> (it is re-applied on every run and
        survives re-imports), then run <code>npm run validate</code>:
      </p>
      <code className="decision-line">{line}</code>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => navigator.clipboard.writeText(line).then(() => setCopied(true))}
      >
        {copied ? 'copied' : 'copy'}
      </button>
    </details>
  );
};

/** The record table of one incident: each source's own figure, struck through when revised. */
const MemberTable = ({
  incident,
  reportsById,
}: {
  incident: IncidentEntry;
  reportsById: ReadonlyMap<string, Report>;
}) => (
  <table className="member-table">
    <thead>
      <tr>
        <th scope="col">Source</th>
        <th scope="col">Killed</th>
        <th scope="col">Children</th>
        <th scope="col">Who did it, per the source</th>
        <th scope="col">Reports</th>
      </tr>
    </thead>
    <tbody>
      {incident.members.map((member) => (
        <tr
          key={member.recordId}
          data-testid="provenance-member"
          className={member.supersededBy.length > 0 ? 'superseded' : undefined}
          title={
            member.supersededBy.length > 0
              ? `Revised by its source (${member.supersededBy.join(', ')}): not counted`
              : undefined
          }
        >
          <td>{member.attributedTo.join(', ') || 'not attributed'}</td>
          <td className="num">{formatFigure(member.killedMin, member.killedMax)}</td>
          <td className="num">
            {member.childrenMin === null && member.childrenMax === null
              ? ''
              : formatFigure(member.childrenMin, member.childrenMax)}
          </td>
          <td>{member.perpetrator ?? ''}</td>
          <td>
            <SourceLinks reports={member.reportIds.flatMap((id) => reportsById.get(id) ?? [])} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** "Idlib city, Idleb": the place and its governorate, as the incident's heading names it. */
const placeNameOf = (incident: IncidentEntry, gazetteer: Gazetteer): string => {
  const place = incident.placeId ? gazetteer.lineage(incident.placeId) : [];
  return place.length > 1
    ? `${place[0]?.name}, ${place.find((p) => p.level === 1)?.name ?? ''}`
    : (place[0]?.name ?? 'place not stated');
};

/** One incident: its figures, its sources' records, revisions, and why its records are one. */
const IncidentItem = ({
  incident,
  reportsById,
  gazetteer,
}: {
  incident: IncidentEntry;
  reportsById: ReadonlyMap<string, Report>;
  gazetteer: Gazetteer;
}) => (
  <li data-testid="provenance-incident" data-incident-id={incident.id}>
    <h3>
      {formatFigure(incident.killedMin, incident.killedMax)} killed
      {incident.childrenMin !== null &&
        `, ${formatFigure(incident.childrenMin, incident.childrenMax)} children`}
      {' · '}
      {placeNameOf(incident, gazetteer)}
      {incident.dateStart &&
        incident.dateEnd &&
        ` · ${formatDayRange(incident.dateStart, incident.dateEnd)}`}
    </h3>
    {incident.disagreement && <p className="badge badge-warn">sources disagree</p>}
    <MemberTable incident={incident} reportsById={reportsById} />
    {revisionHistory(incident.members, reportsById).map((line) => (
      <p key={line} className="record-note" data-testid="revision-history">
        {line}
      </p>
    ))}
    {incident.links.length > 0 && (
      <details className="why">
        <summary>Why these records are one incident</summary>
        <ul>
          {incident.links.map((link) => (
            <li key={link}>{link}</li>
          ))}
          {incident.decisions.map((d) => (
            <li key={d}>Analyst decision: {d}</li>
          ))}
        </ul>
      </details>
    )}
    {incident.recordIds.length > 1 && (
      <DecisionLine action="split" recordIds={incident.recordIds} />
    )}
    {incident.notes.map((note) => (
      <p key={note} className="record-note">
        {note}
      </p>
    ))}
  </li>
);

/**
 * Where a number comes from: the incidents behind it, each source's own figure, the reports
 * with their links, and the rule that grouped the reports into one incident.
 */
export const ProvenancePanel = ({ request, incidents, reportsById, gazetteer, onClose }: Props) => {
  const heading = useDialogFocus(onClose);
  const wanted = request.incidentIds === null ? null : new Set(request.incidentIds);
  const shown = incidents.filter((i) => wanted === null || wanted.has(i.id));
  return (
    <aside className="provenance" aria-labelledby="provenance-title" data-testid="provenance">
      <div className="provenance-header">
        <h2 id="provenance-title" ref={heading} tabIndex={-1}>
          {request.title}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="section-note">
        {shown.length} incident{shown.length === 1 ? '' : 's'}. Each incident counts once, from the
        lowest to the highest figure its sources give; every source's own figure is listed.
      </p>
      <ol className="provenance-list">
        {shown.map((incident) => (
          <IncidentItem
            key={incident.id}
            incident={incident}
            reportsById={reportsById}
            gazetteer={gazetteer}
          />
        ))}
      </ol>
    </aside>
  );
};
