import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * Headline figures computed straight from data/*.csv with papaparse, sharing no code with the
 * app, so that the e2e tests compare the dashboard against an independent reading of the data.
 */
const readCsv = (file: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

export const independentFigures = (filter: { admin1Id?: string; from?: string; to?: string }) => {
  const places = readCsv('data/places.csv');
  const parent = new Map(places.map((p) => [p.id ?? '', p.parent_id ?? '']));
  const within = (id: string, region: string): boolean => {
    for (let p: string | undefined = id, depth = 0; p && depth < 10; p = parent.get(p), depth++) {
      if (p === region) return true;
    }
    return false;
  };
  const rows = readCsv('data/incidents.csv').filter(
    (r) =>
      r.kind === 'incident' &&
      (!filter.admin1Id || within(r.place_id ?? '', filter.admin1Id)) &&
      (!filter.from || (r.date_start ?? '') >= filter.from) &&
      (!filter.to || (r.date_end ?? '') <= filter.to),
  );
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  let killedMin = 0;
  let killedMax = 0;
  let childrenMin = 0;
  const reports = new Set<string>();
  for (const r of rows) {
    killedMin += num(r.killed_min) ?? 0;
    killedMax += num(r.killed_max) ?? num(r.killed_min) ?? 0;
    childrenMin += num(r.children_min) ?? 0;
    for (const id of (r.report_ids ?? '').split('|')) reports.add(id);
  }
  return { records: rows.length, reports: reports.size, killedMin, killedMax, childrenMin };
};
