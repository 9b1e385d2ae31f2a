import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../../../test/fixtures/test-gazetteer';
import { buildPlaceIndex, findPlaces, normalisePlaceName, placeSkeleton } from './placeIndex';
import { tokenize } from './tokenize';

const index = buildPlaceIndex(testGazetteer());
const ids = (text: string) => findPlaces(index, tokenize(text)).mentions.map((m) => m.place.id);

describe('findPlaces', () => {
  it.each([
    ['strikes in Idlib', ['SY07']],
    ['strikes in Idleb province', ['SY07']],
    ['the city of Idlib', ['C3871']],
    ['in Idlib city', ['C3871']],
    ['in Deir ez-Zor province', ['SY09']],
    ['in Dayr az Zawr province', ['SY09']],
    ['in the city of Deir Ezzor', ['C5086']],
    ['near Saraqeb', ['C3916']],
    ['in Maarat al-Numan', ['C3985']],
    ['on Khan Sheikhoun', ['C3987']],
    ['in Al Bab', ['C1202']],
    ['in Hamah', ['SY05']],
    ['Syrian and Russian jets', []],
    ['Qatar said', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('leaves a village name shared across governorates unresolved without context', () => {
    expect(ids('in Hamra')).toEqual([]);
  });

  it('resolves a shared village name by the governorate the report names', () => {
    const tokens = tokenize('in Hamra');
    expect(findPlaces(index, tokens, new Set(['SY05'])).mentions.map((m) => m.place.id)).toEqual([
      'C3096',
    ]);
  });

  it('gives transliterations one skeleton', () => {
    const skel = (s: string) => placeSkeleton(normalisePlaceName(s));
    expect(skel('Deir ez-Zor')).toBe(skel('Deir Ezzor'));
    expect(skel('Deir ez-Zor')).toBe(skel('Dayr az Zawr'));
    expect(skel('Khan Sheikhoun')).toBe(skel('Khan Shaykun'));
  });
});
