import { z } from 'zod';
import { decimalCell, idCell, optionalTextCell, requiredTextCell } from '../../model/cells';
import type { Place } from '../../model/place';
import type { RowIssue } from '../../model/rowIssue';
import { parseTable } from '../parseTable';

/** The columns of OCHA's Syria populated-places table (syria-communities.csv). */
export const COMMUNITY_COLUMNS = [
  'pcode',
  'name_en',
  'name_en_ref',
  'name_ar',
  'adm3_pcode',
  'adm3_en',
  'adm3_ar',
  'adm2_pcode',
  'adm2_en',
  'adm1_pcode',
  'adm1_en',
  'latitude',
  'longitude',
  'capital_level',
] as const;

const communityRowSchema = z
  .object({
    pcode: idCell,
    name_en: requiredTextCell,
    name_en_ref: optionalTextCell,
    name_ar: optionalTextCell,
    adm2_pcode: idCell,
    latitude: decimalCell.pipe(
      z.number().min(-90).max(90, { error: 'is out of range (expected -90 to 90)' }),
    ),
    longitude: decimalCell.pipe(
      z.number().min(-180).max(180, { error: 'is out of range (expected -180 to 180)' }),
    ),
  })
  .transform(
    (row): Place => ({
      id: row.pcode,
      level: 4,
      // Communities hang from their district: places.csv carries districts, not sub-districts.
      parentId: row.adm2_pcode,
      name: row.name_en,
      // name_en_ref is the same name without apostrophes ("Ar-Raee" for "Ar-Ra'ee").
      altNames: row.name_en_ref && row.name_en_ref !== row.name_en ? [row.name_en_ref] : [],
      lat: row.latitude,
      lon: row.longitude,
      nameAr: row.name_ar,
    }),
  );

export interface CommunitiesGazetteer {
  places: Place[];
  issues: RowIssue[];
}

/**
 * Reads OCHA's populated places into level-4 `Place`s whose parent is the district (adm2).
 * The districts and governorates themselves come from places.csv.
 */
export const readCommunitiesGazetteer = (
  text: string,
  file = 'communities.csv',
): CommunitiesGazetteer => {
  const parsed = parseTable(text, {
    file,
    columns: COMMUNITY_COLUMNS,
    rowSchema: communityRowSchema,
  });
  return { places: parsed.records.map((r) => r.record), issues: parsed.issues };
};
