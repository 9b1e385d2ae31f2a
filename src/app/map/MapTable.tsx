import type { AreaFigures } from '../../analysis/view/mapFigures';
import { formatCount } from '../format';
import { sourcesText } from './mapText';

interface Props {
  caption: string;
  rows: ReadonlyArray<{ name: string; area: AreaFigures }>;
  selected: ReadonlySet<string>;
}

/** The map's figures as a table: the alternative for screen readers, and for exact reading. */
export const MapTable = ({ caption, rows, selected }: Props) => (
  <details className="map-table">
    <summary>Table of these figures</summary>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Killed, at least</th>
          <th scope="col">Up to</th>
          <th scope="col">Incidents</th>
          <th scope="col">Records</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, area }) => (
          <tr key={area.id} className={selected.has(area.id) ? 'map-row-selected' : undefined}>
            <th scope="row">
              {name} <span className="map-code">{area.id}</span>
            </th>
            <td>{formatCount(area.killedMin)}</td>
            <td>{formatCount(area.killedMax)}</td>
            <td>{formatCount(area.incidents)}</td>
            <td>{formatCount(area.records)}</td>
            <td>{sourcesText(area).replace(/^According to /, '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </details>
);
