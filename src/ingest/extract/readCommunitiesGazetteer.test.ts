import { describe, expect, it } from 'vitest';
import { readCommunitiesGazetteer } from './readCommunitiesGazetteer';

// Two rows in OCHA's populated-places layout (the first is Idleb city).
const HEADER =
  'pcode,name_en,name_en_ref,name_ar,adm3_pcode,adm3_en,adm3_ar,adm2_pcode,adm2_en,adm1_pcode,adm1_en,latitude,longitude,capital_level';
const ROWS = [
  'C3871,Idleb,Idleb,إدلب,SY070000,Idleb,مركز إدلب,SY0700,Idleb,SY07,Idleb,35.9319912,36.6349095,1',
  "C1250,Ar-Ra'ee,Ar-Raee,الراعي,SY020203,Ar-Ra'ee,الراعي,SY0202,Al Bab,SY02,Aleppo,36.6113945,37.4475488,3",
];

describe('readCommunitiesGazetteer', () => {
  it('turns communities into level-4 places under their district', () => {
    const { places, issues } = readCommunitiesGazetteer([HEADER, ...ROWS].join('\n'));
    expect(issues).toEqual([]);
    expect(places).toEqual([
      {
        id: 'C3871',
        level: 4,
        parentId: 'SY0700',
        name: 'Idleb',
        altNames: [],
        lat: 35.9319912,
        lon: 36.6349095,
        nameAr: 'إدلب',
      },
      {
        id: 'C1250',
        level: 4,
        parentId: 'SY0202',
        name: "Ar-Ra'ee",
        altNames: ['Ar-Raee'],
        lat: 36.6113945,
        lon: 37.4475488,
        nameAr: 'الراعي',
      },
    ]);
  });

  it('reports a bad row with its line and column instead of throwing', () => {
    const { places, issues } = readCommunitiesGazetteer(
      [HEADER, ROWS[0]?.replace('35.9319912', 'north')].join('\n'),
    );
    expect(places).toEqual([]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([[2, 'latitude']]);
  });
});
