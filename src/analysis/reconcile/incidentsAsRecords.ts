import type { Incident } from '../../model/incident';
import type { IncidentEntry } from '../summary';

/**
 * Incidents in the record shape the series functions take: one per incident, spanning its
 * members' dates, from its lowest to its highest source figure. Charts drawn from these count
 * each incident once, like the headline.
 */
export const incidentsAsRecords = (incidents: readonly IncidentEntry[]): Incident[] =>
  incidents.map((incident) => ({
    id: incident.id,
    reportIds: [...new Set(incident.members.flatMap((m) => m.reportIds))],
    kind: 'incident',
    dateStart: incident.dateStart,
    dateEnd: incident.dateEnd,
    periodStart: null,
    country: '',
    admin1: incident.admin1,
    admin2: null,
    place: null,
    placeId: incident.placeId ?? '',
    killedMin: incident.killedMin,
    killedMax: incident.killedMax,
    childrenMin: incident.childrenMin,
    childrenMax: incident.childrenMax,
    womenMin: null,
    womenMax: null,
    injuredMin: null,
    injuredMax: null,
    eventType: null,
    perpetrator: null,
    note: null,
    attributedTo: [...new Set(incident.members.flatMap((m) => m.attributedTo))],
    coversIds: [],
    datePrecision: incident.dateStart === incident.dateEnd ? 'exact' : 'approximate',
    totalType: null,
    victims: 'unknown',
    killedBest: incident.killedBest,
    supersedes: [],
  }));
