import type { Incident } from '../model/incident';

/**
 * Incident records from rows of an incidents.csv text that incidentRowSchema has already
 * accepted: the values the schema gives, without checking them again (a large dataset's worker
 * re-reads a few hundred records per view from the text it checked at load, and the schema costs
 * about 20 µs a row). It reads only plain rows; a header or row with a quote, or a row whose cell
 * count is not the header's, gives null, for parseTable. Never use it on text nobody checked: it
 * does not reject anything.
 */
export const createCheckedIncidentReader = (
  header: string,
): ((line: string) => Incident | null) | null => {
  if (header.includes('"') || header.includes('\r')) return null;
  const names = header.split(',');
  const at = (name: string): number => names.indexOf(name);
  const c = {
    id: at('id'),
    reportIds: at('report_ids'),
    kind: at('kind'),
    dateStart: at('date_start'),
    dateEnd: at('date_end'),
    periodStart: at('period_start'),
    country: at('country'),
    admin1: at('admin1'),
    admin2: at('admin2'),
    place: at('place'),
    placeId: at('place_id'),
    killedMin: at('killed_min'),
    killedMax: at('killed_max'),
    childrenMin: at('children_min'),
    childrenMax: at('children_max'),
    womenMin: at('women_min'),
    womenMax: at('women_max'),
    injuredMin: at('injured_min'),
    injuredMax: at('injured_max'),
    eventType: at('event_type'),
    perpetrator: at('perpetrator'),
    note: at('note'),
    attributedTo: at('attributed_to'),
    coversIds: at('covers_ids'),
    datePrecision: at('date_precision'),
    totalType: at('total_type'),
    victims: at('victims'),
    killedBest: at('killed_best'),
    supersedes: at('supersedes'),
    latitude: at('latitude'),
    longitude: at('longitude'),
    coordPrecision: at('coord_precision'),
  };
  return (line: string): Incident | null => {
    if (line.includes('"')) return null;
    const cells = line.split(',');
    if (cells.length !== names.length) return null;
    // The schema's cell rules (model/cells.ts) for values it accepted.
    const raw = (i: number): string => cells[i] ?? '';
    const text = (i: number): string | null => {
      const v = raw(i).trim();
      return v === '' ? null : v;
    };
    const day = (i: number): string | null => (raw(i) === '' ? null : raw(i));
    const count = (i: number): number | null => {
      const v = raw(i).trim();
      return v === '' ? null : Number(v);
    };
    const list = (i: number): string[] =>
      raw(i)
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    const choice = (i: number): string | null => (i === -1 ? null : text(i));
    const kind = raw(c.kind) as Incident['kind'];
    const decimal = (i: number): number | null => (i === -1 ? null : count(i));
    const lat = decimal(c.latitude);
    const lon = decimal(c.longitude);
    return {
      id: raw(c.id),
      reportIds: list(c.reportIds),
      kind,
      dateStart: day(c.dateStart),
      dateEnd: day(c.dateEnd),
      periodStart: day(c.periodStart),
      country: raw(c.country).trim(),
      admin1: text(c.admin1),
      admin2: text(c.admin2),
      place: text(c.place),
      placeId: raw(c.placeId).trim(),
      killedMin: count(c.killedMin),
      killedMax: count(c.killedMax),
      childrenMin: count(c.childrenMin),
      childrenMax: count(c.childrenMax),
      womenMin: count(c.womenMin),
      womenMax: count(c.womenMax),
      injuredMin: count(c.injuredMin),
      injuredMax: count(c.injuredMax),
      eventType: text(c.eventType),
      perpetrator: text(c.perpetrator),
      note: text(c.note),
      attributedTo: c.attributedTo === -1 ? [] : list(c.attributedTo),
      coversIds: c.coversIds === -1 ? [] : list(c.coversIds),
      datePrecision: (choice(c.datePrecision) ?? 'exact') as Incident['datePrecision'],
      totalType:
        kind === 'cumulative'
          ? ((choice(c.totalType) ?? 'running') as NonNullable<Incident['totalType']>)
          : null,
      victims: (choice(c.victims) ?? 'unknown') as Incident['victims'],
      killedBest: c.killedBest === -1 ? null : count(c.killedBest),
      supersedes: c.supersedes === -1 ? [] : list(c.supersedes),
      // Both or neither, as the schema accepted them; absent without a point.
      ...(lat !== null && lon !== null
        ? { coordinates: { lat, lon, precision: decimal(c.coordPrecision) } }
        : {}),
    };
  };
};
