import { describe, expect, it } from 'vitest';
import { testPlaces } from '../../test/helpers/testRecords';
import { buildGazetteer, normalisePlaceName } from './gazetteer';

const gazetteer = buildGazetteer(testPlaces);

describe('gazetteer', () => {
  it.each(['Idlib', 'Idleb', 'SY07', 'sy07', 'IDLIB', 'Idlib Governorate', 'Idlib province'])(
    'resolves %s to the governorate SY07',
    (name) => {
      expect(gazetteer.resolve(name)?.id).toBe('SY07');
    },
  );

  it('prefers the level asked for', () => {
    expect(gazetteer.resolve('Idleb', 2)?.id).toBe('SY0700');
    expect(gazetteer.resolve('Nowhere')).toBeNull();
  });

  it('walks from a town to its governorate', () => {
    expect(gazetteer.governorateOf('C3878')?.id).toBe('SY07');
    expect(gazetteer.isWithin('C3878', 'SY07')).toBe(true);
    expect(gazetteer.isWithin('C3878', 'SY02')).toBe(false);
    expect(gazetteer.governorateOf('SY')).toBeNull();
  });

  it('normalises accents, hyphens and suffixes', () => {
    expect(normalisePlaceName('Al-Ḥasakah Governorate')).toBe('al hasakah');
    expect(normalisePlaceName("Dar'a")).toBe('dara');
  });
});
