import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../model/incident';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../../model/place';
import { parseTable } from '../parseTable';
import { importUcdpGed } from './importUcdpGed';

/*
 * The real UCDP GED Syria file (shared/data, read-only, never copied into the repo), imported
 * with the project's gazetteer. Every expected figure is recomputed here straight from the raw
 * CSV with papaparse, not through the importer's code path, and checked against the totals that
 * shared/data/SOURCES.md documents.
 */
const GED = new URL('../../../../shared/data/ucdp-ged-syria.csv', import.meta.url);
const CROSSWALK = new URL(
  '../../../../shared/data/ucdp-ged-syria-admin-crosswalk.csv',
  import.meta.url,
);
const PLACES = new URL('../../../data/places.csv', import.meta.url);

/** This test's own reading of UCDP's adm_1 labels (SOURCES.md lists the OCHA P-codes). */
const ADM1_LABEL_TO_PCODE: Record<string, string> = {
  'Damascus Governorate': 'SY01',
  'Aleppo Governorate': 'SY02',
  'Rif Dimashq Governorate': 'SY03',
  'Homs Governorate': 'SY04',
  'Hamah Governorate': 'SY05',
  'Latakia Governorate': 'SY06',
  'Idlib Governorate': 'SY07',
  'Al Hasakah Governorate': 'SY08',
  'Deir ez Zor Governorate': 'SY09',
  'Tartus Governorate': 'SY10',
  'Ar Raqqah Governorate': 'SY11',
  'Daraa Governorate': 'SY12',
  'As Suwayda Governorate': 'SY13',
  'Quneitra Governorate': 'SY14',
  '': 'SY',
};

interface Tally {
  events: number;
  low: number;
  best: number;
  high: number;
}
const emptyTally = (): Tally => ({ events: 0, low: 0, best: 0, high: 0 });
const tallyFor = (tallies: Record<string, Tally>, key: string): Tally => {
  tallies[key] = tallies[key] ?? emptyTally();
  return tallies[key];
};
const add = (t: Tally, low: number, best: number, high: number) => {
  t.events++;
  t.low += low;
  t.best += best;
  t.high += high;
};

// Fails loudly without ../shared (CI has it beside the clone): a silent skip would pass CI
// without ever checking the import against UCDP's own file.
if (!existsSync(GED) || !existsSync(PLACES))
  throw new Error(
    `the real UCDP file or data/places.csv is missing (${GED.pathname}); clone beside ../shared`,
  );

describe('importUcdpGed on the real GED Syria file', () => {
  const text = readFileSync(GED, 'utf8');
  const gazetteer: Place[] = parseTable(readFileSync(PLACES, 'utf8'), {
    file: 'places.csv',
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  }).records.map((r) => r.record);
  const result = importUcdpGed(text, gazetteer, { file: 'ucdp-ged-syria.csv' });

  // The independent view: papaparse over the raw text, numbers read with Number().
  const raw = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
  const figures = (r: Record<string, string>) =>
    [Number(r.low), Number(r.best), Number(r.high)] as const;
  const ordered = (r: Record<string, string>) => {
    const [low, best, high] = figures(r);
    return low <= best && best <= high;
  };
  const unordered = raw.filter((r) => !ordered(r));

  it('reads every record, with physical line numbers past the 18 multi-line records', () => {
    expect(raw.length).toBe(16566);
    expect(text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1).length).toBe(
      16608,
    );
    expect(result.rowsRead).toBe(16566);
    expect(result.imported + result.rejected).toBe(result.rowsRead);
    expect(result.fileError).toBeNull();
  });

  it('has the documented totals in the raw file', () => {
    const all = emptyTally();
    for (const r of raw) add(all, ...figures(r));
    expect(all).toEqual({ events: 16566, low: 104929, best: 112337, high: 119020 });
  });

  it('imports every event, and warns on exactly the events whose low/best/high are out of order', () => {
    expect(unordered.length).toBe(101);
    expect(unordered.filter((r) => Number(r.best) > Number(r.high)).length).toBe(71);
    expect(unordered.filter((r) => Number(r.low) > Number(r.best)).length).toBe(30);
    expect([result.imported, result.rejected]).toEqual([16566, 0]);
    expect(result.incidents.map((i) => i.id)).toEqual(raw.map((r) => `ucdp-${r.id}`));
    // The warning names the physical line: find each id's line in the raw text independently.
    const lineOf = new Map<string, number>();
    text.split('\n').forEach((line, i) => {
      const id = /^(\d+),\d{4},/.exec(line)?.[1];
      if (id) lineOf.set(id, i + 1);
    });
    const outOfOrder = result.issues.filter((i) => i.message.includes('not in order'));
    expect(outOfOrder.every((i) => i.severity === 'warning')).toBe(true);
    expect(outOfOrder.map((i) => i.row)).toEqual(unordered.map((r) => lineOf.get(r.id ?? '')));
    expect(outOfOrder[0]?.message).toContain(
      `low ${unordered[0]?.low}, best ${unordered[0]?.best}, high ${unordered[0]?.high}`,
    );
    const byId = new Map(result.incidents.map((i) => [i.id, i]));
    for (const r of unordered)
      expect(byId.get(`ucdp-${r.id}`)?.note).toContain(
        `UCDP's figures out of order (low ${r.low}, best ${r.best}, high ${r.high})`,
      );
  });

  it("imports totals equal to UCDP's own: best as given, the range lowest to highest of the three", () => {
    // Independently of the importer: the lowest and highest of each raw event's three figures.
    const expected = emptyTally();
    for (const r of raw) {
      const [low, best, high] = figures(r);
      add(expected, Math.min(low, best, high), best, Math.max(low, best, high));
    }
    const imported = emptyTally();
    for (const i of result.incidents)
      add(
        imported,
        i.killedMin ?? Number.NaN,
        i.killedBest ?? Number.NaN,
        i.killedMax ?? Number.NaN,
      );
    expect(imported).toEqual(expected);
    // Computed once with a separate Python csv pass over the raw file (data/ucdp-syria/README.md).
    expect(imported).toEqual({ events: 16566, low: 104742, best: 112337, high: 119193 });
  });

  const governorateOf = (incident: Incident): string => {
    const byId = new Map(gazetteer.map((p) => [p.id, p]));
    let place = byId.get(incident.placeId);
    while (place && place.level > 1) place = place.parentId ? byId.get(place.parentId) : undefined;
    return place?.id ?? 'none';
  };

  it('imports the same totals per governorate as the raw adm_1 labels give', () => {
    const expected: Record<string, Tally> = {};
    for (const r of raw) {
      const pcode = ADM1_LABEL_TO_PCODE[r.adm_1 ?? ''] ?? `unknown label ${r.adm_1}`;
      const [low, best, high] = figures(r);
      add(tallyFor(expected, pcode), Math.min(low, best, high), best, Math.max(low, best, high));
    }
    const imported: Record<string, Tally> = {};
    for (const i of result.incidents) {
      add(
        tallyFor(imported, governorateOf(i)),
        i.killedMin ?? 0,
        i.killedBest ?? 0,
        i.killedMax ?? 0,
      );
    }
    expect(imported).toEqual(expected);
    expect(Object.keys(imported).sort()).toEqual([...Object.values(ADM1_LABEL_TO_PCODE)].sort());
  });

  it('disagrees with the point-in-polygon crosswalk near borders, as SOURCES.md documents', () => {
    const crosswalk = Papa.parse<Record<string, string>>(readFileSync(CROSSWALK, 'utf8'), {
      header: true,
      skipEmptyLines: 'greedy',
    }).data;
    const byPolygon = new Map<string, number>();
    for (const r of crosswalk)
      byPolygon.set(r.adm1_pcode || 'outside', (byPolygon.get(r.adm1_pcode || 'outside') ?? 0) + 1);
    const byLabel = new Map<string, number>();
    for (const r of raw) {
      const pcode = ADM1_LABEL_TO_PCODE[r.adm_1 ?? ''] ?? '?';
      byLabel.set(pcode, (byLabel.get(pcode) ?? 0) + 1);
    }
    // Documented: 1,654 events fall in SY05's polygon, 1,386 carry the "Hamah Governorate" label;
    // 52 fall outside every polygon.
    expect(byPolygon.get('SY05')).toBe(1654);
    expect(byLabel.get('SY05')).toBe(1386);
    expect(byPolygon.get('outside')).toBe(52);
    // Per-event: how many imported events sit in a different governorate than their point.
    const polygonOf = new Map(crosswalk.map((r) => [`ucdp-${r.id}`, r.adm1_pcode ?? '']));
    const differ = result.incidents.filter(
      (i) => governorateOf(i) !== 'none' && polygonOf.get(i.id) !== governorateOf(i),
    );
    expect(differ.length).toBe(DISAGREEING_EVENTS);
  });

  it('points each event to the report of its (offices, dyad) pair, which holds both', () => {
    // Independently: offices split on ';', trimmed, deduplicated and sorted; the dyad as UCDP
    // codes it (dyad_new_id, side_a, side_b).
    const officesOf = (r: Record<string, string>) =>
      [
        ...new Set(
          (r.source_office ?? '')
            .split(';')
            .map((o) => o.trim())
            .filter(Boolean),
        ),
      ].sort((x, y) => x.localeCompare(y, 'en'));
    const rawById = new Map(raw.map((r) => [`ucdp-${r.id}`, r]));
    const reportById = new Map(result.reports.map((r) => [r.id, r]));
    const pairs = new Set<string>();
    for (const incident of result.incidents) {
      const r = rawById.get(incident.id);
      expect(r).toBeDefined();
      if (!r) continue;
      const offices = officesOf(r);
      pairs.add(`${r.dyad_new_id}|${offices.join(';')}`);
      expect(incident.reportIds).toHaveLength(1);
      const report = reportById.get(incident.reportIds[0] ?? '');
      expect(report?.id.startsWith(`ucdp-${r.dyad_new_id}-`)).toBe(true);
      expect(report?.attributedTo).toEqual(offices);
      expect(report?.title).toBe(
        `UCDP GED events, dyad: ${r.side_a} – ${r.side_b}; sources: ${offices.join('; ')}`,
      );
      // The event itself: the civilian figure, one-sided violence's perpetrator, and nothing
      // the place id or the report already says.
      expect(incident.note).toBe(
        ordered(r)
          ? `${Number(r.deaths_civilians)} civilians`
          : `${Number(r.deaths_civilians)} civilians; UCDP's figures out of order (low ${r.low}, best ${r.best}, high ${r.high}); range is lowest to highest`,
      );
      expect(incident.perpetrator).toBe(r.type_of_violence === '3' ? r.side_a : null);
      expect([incident.admin1, incident.admin2, incident.attributedTo]).toEqual([null, null, []]);
      expect(incident.datePrecision).toBe(r.date_prec === '1' ? 'exact' : 'approximate');
    }
    // One report per pair, every report used.
    expect(result.reports).toHaveLength(pairs.size);
    expect(pairs.size).toBe(491);
    expect(new Set(result.incidents.map((i) => i.reportIds[0])).size).toBe(pairs.size);
  });

  it('reports the place names the gazetteer lacks, and still imports those events', () => {
    expect(result.unmatchedNames).toEqual([
      { column: 'adm_2', name: 'Atarib district', rows: 131 },
      { column: 'adm_2', name: 'Dayr Hafir district', rows: 46 },
      { column: 'adm_2', name: 'Markaz Tartus district', rows: 3 },
    ]);
    expect(result.issues.filter((i) => i.severity === 'warning')).toHaveLength(180 + 101);
    expect(result.issues.filter((i) => i.severity === 'error')).toHaveLength(0);
  });
});

/** Measured; the label and polygon views must keep disagreeing by exactly this many events. */
const DISAGREEING_EVENTS = 497;
