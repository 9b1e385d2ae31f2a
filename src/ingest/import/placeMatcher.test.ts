import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import type { Place } from '../../model/place';
import { createPlaceMatcher, placeNameKey } from './placeMatcher';

const names = (country: string, admin1: string, admin2: string, locality?: string) => ({
  country: { column: 'country', name: country },
  admin1: { column: 'adm_1', name: admin1 },
  admin2: { column: 'adm_2', name: admin2 },
  ...(locality === undefined ? {} : { locality: { column: 'location', name: locality } }),
});

describe('placeNameKey', () => {
  it.each([
    ['Idlib Governorate', 'idlib'],
    ['Jabal Saman district', 'jabal saman'],
    ['Deir-ez-Zor', 'deir ez zor'],
    ["Dar'a", 'dara'],
    ['Al Ḥasakah', 'al hasakah'],
    ['  HAMA  ', 'hama'],
  ])('%j → %j', (name, key) => expect(placeNameKey(name)).toBe(key));
});

describe('createPlaceMatcher', () => {
  const match = createPlaceMatcher(TEST_GAZETTEER);

  it('matches UCDP labels by alt name, the district winning over the governorate', () => {
    const m = match(names('Syria', 'Idlib Governorate', 'Markaz Idlib district'));
    expect([m.governorate?.id, m.district?.id, m.best?.id, m.unmatched]).toEqual([
      'SY07',
      'SY0700',
      'SY0700',
      [],
    ]);
  });

  it('looks for a district only at district level: "Hama" is both', () => {
    const m = match(names('Syria', 'Hamah Governorate', 'Hama district'));
    expect([m.governorate?.id, m.district?.id]).toEqual(['SY05', 'SY0501']);
  });

  it('reports an unknown district and keeps the governorate', () => {
    const m = match(names('Syria', 'Aleppo Governorate', 'Atarib district'));
    expect(m.best?.id).toBe('SY02');
    expect(m.unmatched).toEqual([
      {
        column: 'adm_2',
        name: 'Atarib district',
        reason: 'matches no district in the gazetteer (by name or alt_names)',
      },
    ]);
  });

  it('does not accept a district from another governorate', () => {
    const m = match(names('Syria', 'Aleppo Governorate', 'Ariha district'));
    expect(m.best?.id).toBe('SY02');
    expect(m.unmatched[0]?.reason).toBe('names SY0705 Ariha, which is not inside SY02 Aleppo');
  });

  it('takes the governorate from the district when adm_1 is unknown', () => {
    const m = match(names('Syria', 'Nowhere Governorate', 'Ariha district'));
    expect([m.governorate?.id, m.best?.id, m.unmatched.map((u) => u.column)]).toEqual([
      'SY07',
      'SY0705',
      ['adm_1'],
    ]);
  });

  it('places an event with no admin names at the country, without complaint', () => {
    const m = match(names('Syria', '', ''));
    expect([m.best?.id, m.unmatched]).toEqual(['SY', []]);
  });

  it('finds nothing for another country', () => {
    const m = match(names('Turkey', 'Hatay', 'Antakya'));
    expect(m.best).toBeNull();
    expect(m.unmatched.map((u) => u.column)).toEqual(['country']);
  });

  it('matches a community inside the district, and keeps quiet about unknown ones', () => {
    expect(match(names('Syria', 'Idleb', 'Idleb', 'Sarmin')).best?.id).toBe('C3953');
    const unknown = match(names('Syria', 'Idleb', 'Idleb', 'Binnish'));
    expect([unknown.best?.id, unknown.unmatched]).toEqual(['SY0700', []]);
  });

  it('calls a shared name ambiguous instead of guessing', () => {
    const twin: Place = { ...(TEST_GAZETTEER[2] as Place), id: 'SY0299', altNames: [] };
    const m = createPlaceMatcher([...TEST_GAZETTEER, twin])(
      names('Syria', 'Aleppo', 'Jebel Saman'),
    );
    expect(m.best?.id).toBe('SY02');
    expect(m.unmatched[0]?.reason).toMatch(/ambiguous: 2 places .* \(SY0200, SY0299\)/);
  });
});
