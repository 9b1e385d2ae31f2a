import type { Place } from '../../../model/place';

const place = (
  id: string,
  level: Place['level'],
  parentId: string | null,
  name: string,
  altNames: string[],
  lat: number,
  lon: number,
): Place => ({ id, level, parentId, name, altNames, lat, lon, nameAr: null });

/**
 * A small gazetteer for unit tests: real OCHA P-codes, names and centroids taken from
 * shared/data/syria-places.csv and syria-communities.csv, only the units the fixtures use.
 */
export const TEST_GAZETTEER: Place[] = [
  place('SY', 0, null, 'Syria', ['Syrian Arab Republic'], 35.01105, 38.51123),
  place('SY02', 1, 'SY', 'Aleppo', [], 36.21809, 37.64271),
  place('SY0200', 2, 'SY02', 'Jebel Saman', ['Jabal Saman'], 35.99934, 37.11369),
  place('SY0202', 2, 'SY02', 'Al Bab', [], 36.36806, 37.5597),
  place('SY05', 1, 'SY', 'Hama', ['Hamah'], 35.22092, 37.21228),
  place('SY0501', 2, 'SY05', 'Hama', ['Mintaqat Markaz Hamah'], 35.23374, 36.89548),
  place('SY06', 1, 'SY', 'Lattakia', ['Latakia'], 35.57531, 36.02655),
  place('SY07', 1, 'SY', 'Idleb', ['Idlib'], 35.78511, 36.68228),
  place('SY0700', 2, 'SY07', 'Idleb', ['Markaz Idlib'], 35.89088, 36.79118),
  place('SY0705', 2, 'SY07', 'Ariha', [], 35.76563, 36.54603),
  place('C3871', 4, 'SY0700', 'Idleb', ['Idlib'], 35.9319912, 36.6349095),
  place('C3953', 4, 'SY0700', 'Sarmin', [], 35.9040102, 36.723823),
];
