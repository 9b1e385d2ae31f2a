import {
  compareTable,
  type ExportTable,
  incidentOfRecords,
  incidentsTable,
  recordsTable,
  seriesTable,
  statedTotalsTable,
} from './exportTables';
import type { ExportContext } from './runExport';

export interface ViewTables {
  records: ExportTable;
  incidents: ExportTable;
  statedTotals: ExportTable;
  /** What the chart plots: one column per region and bound in compare view. */
  series: ExportTable;
}

/** The tables behind what the screen shows, computed from the same model it draws. */
export const viewTables = (context: ExportContext): ViewTables => {
  const { model, view, unpublished } = context;
  const incidentOf = incidentOfRecords(model.summary.incidentDetails);
  const names = new Map([...model.gazetteer.byId.values()].map((p) => [p.id, p.name]));
  return {
    records: recordsTable(context.records, model.reportsById, incidentOf, unpublished),
    incidents: incidentsTable(model.summary.incidentDetails, unpublished),
    statedTotals: statedTotalsTable(model.markers, model.summary.statedTotals, unpublished),
    series:
      view.mode === 'compare' && model.compare
        ? compareTable(model.compare, (id) => names.get(id) ?? id)
        : seriesTable(model.series.points, model.best?.points ?? null),
  };
};
