import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../analysis/gazetteer';
import type { AreaFigures } from '../../analysis/view/mapFigures';
import { areaSummary, statedLine, unplacedLine } from './mapText';

const place = (id: string, level: 0 | 1, name: string) => ({
  id,
  level,
  parentId: level === 0 ? null : 'SY',
  name,
  altNames: [],
  lat: 35,
  lon: 38,
  nameAr: null,
});
const gazetteer = buildGazetteer([
  place('SY', 0, 'Syria'),
  place('SY02', 1, 'Aleppo'),
  place('SY07', 1, 'Idleb'),
]);
const area = (f: Partial<AreaFigures>): AreaFigures => ({
  id: 'SY07',
  records: 0,
  incidents: 0,
  killedMin: 0,
  killedMax: 0,
  sources: [],
  ...f,
});

describe('map wording', () => {
  it.each([
    [area({}), 'Idleb: no incident records in this view'],
    [
      area({ records: 1, incidents: 1, killedMin: 5, killedMax: 5 }),
      'Idleb: at least 5 killed, 1 record',
    ],
    [
      area({ records: 92, incidents: 87, killedMin: 1204, killedMax: 1310 }),
      'Idleb: at least 1,204 killed (up to 1,310), 87 incidents in 92 records',
    ],
  ])('says an area figures as lower bound first', (figures, text) => {
    expect(areaSummary('Idleb', figures)).toBe(text);
  });

  it('says where records above the map are coded, never in one governorate', () => {
    const across = {
      ...area({ records: 3, killedMin: 61, killedMax: 61 }),
      placeId: 'SY',
      coversIds: ['SY02', 'SY07'],
    };
    expect(unplacedLine(across, gazetteer)).toBe(
      '61 killed (at least) in 3 records coded across Aleppo and Idleb',
    );
    const country = { ...across, coversIds: [], killedMax: 70 };
    expect(unplacedLine(country, gazetteer)).toBe(
      '61 killed (at least, up to 70) in 3 records coded at country level, in no governorate',
    );
    expect(
      statedLine(
        {
          id: 'SY24-001',
          placeId: 'SY',
          coversIds: ['SY02', 'SY07'],
          dateEnd: '2024-11-28',
          killedMin: 153,
          killedMax: 153,
          sources: ['Syrian Observatory for Human Rights (SOHR)'],
        },
        gazetteer,
      ),
    ).toMatch(/^153 killed, stated by .*SOHR.* as of 28 Nov 2024, across Aleppo and Idleb$/);
  });
});
