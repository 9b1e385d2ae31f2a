import type { Incident } from '../../src/model/incident';
import type { Place } from '../../src/model/place';
import type { Report } from '../../src/model/report';

/** Hand-written fixtures for analysis tests (fictional records, not real events). */
export const incident = (overrides: Partial<Incident> & { id: string }): Incident => ({
  reportIds: ['R1'],
  kind: 'incident',
  dateStart: '2024-12-01',
  dateEnd: '2024-12-01',
  periodStart: null,
  country: 'Syria',
  admin1: null,
  admin2: null,
  place: null,
  placeId: 'SY0700',
  killedMin: null,
  killedMax: null,
  childrenMin: null,
  childrenMax: null,
  womenMin: null,
  womenMax: null,
  injuredMin: null,
  injuredMax: null,
  eventType: 'air strike',
  perpetrator: null,
  note: null,
  attributedTo: [],
  coversIds: [],
  datePrecision: 'exact',
  totalType: null,
  victims: 'unknown',
  killedBest: null,
  supersedes: [],
  ...overrides,
});

const place = (
  id: string,
  level: Place['level'],
  parentId: string | null,
  name: string,
  altNames: string[] = [],
): Place => ({
  id,
  level,
  parentId,
  name,
  altNames,
  lat: 35,
  lon: 37,
  nameAr: null,
});

export const testPlaces: Place[] = [
  place('SY', 0, null, 'Syrian Arab Republic', ['Syria']),
  place('SY07', 1, 'SY', 'Idleb', ['Idlib']),
  place('SY02', 1, 'SY', 'Aleppo', ['Halab']),
  place('SY0700', 2, 'SY07', 'Idleb', ['Idlib district']),
  place('SY0701', 2, 'SY07', 'Ariha'),
  place('SY0200', 2, 'SY02', 'Jebel Saman', ['Jabal Saman']),
  place('C3878', 4, 'SY0700', 'Idleb city', ['Idlib city']),
];

export const testReports: Report[] = [
  {
    id: 'R1',
    publisher: 'Wire A',
    attributedTo: ['White Helmets'],
    url: 'https://example.org/1',
    published: '2024-12-02',
    title: null,
    language: 'en',
  },
  {
    id: 'R2',
    publisher: 'Wire B',
    attributedTo: ['SOHR'],
    url: 'https://example.org/2',
    published: '2024-12-02',
    title: null,
    language: 'en',
  },
];
