import { z } from 'zod';
import { decimalCell, idCell, listCell, optionalTextCell, requiredTextCell } from './cells';
import { shownValue } from './shownValue';

export const PLACE_COLUMNS = [
  'id',
  'level',
  'parent_id',
  'name',
  'alt_names',
  'lat',
  'lon',
  'name_ar',
] as const;

/**
 * 0 country, 1 governorate (ADM1), 2 district (ADM2), 3 sub-district (ADM3),
 * 4 community: a town, village or neighbourhood from OCHA's populated places.
 */
export const placeLevelSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

export const placeSchema = z.object({
  /** The OCHA P-code (SY07 for Idleb) or community code (C3878). */
  id: z.string().min(1),
  level: placeLevelSchema,
  parentId: z.string().nullable(),
  name: z.string().min(1),
  altNames: z.array(z.string()),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  nameAr: z.string().nullable(),
});
export type Place = z.infer<typeof placeSchema>;

export const placeRowSchema = z
  .object({
    id: idCell,
    level: z.enum(['0', '1', '2', '3', '4'], {
      error: (iss) =>
        `${shownValue(iss.input)} is not a level (expected 0 country, 1 governorate, 2 district, 3 sub-district or 4 community)`,
    }),
    parent_id: optionalTextCell,
    name: requiredTextCell,
    alt_names: listCell,
    lat: decimalCell.pipe(
      z.number().min(-90).max(90, { error: 'is out of range (expected -90 to 90)' }),
    ),
    lon: decimalCell.pipe(
      z.number().min(-180).max(180, { error: 'is out of range (expected -180 to 180)' }),
    ),
    name_ar: optionalTextCell.optional().transform((v) => v ?? null),
  })
  .transform(
    (row): Place => ({
      id: row.id,
      level: Number(row.level) as PlaceLevel,
      parentId: row.parent_id,
      name: row.name,
      altNames: row.alt_names,
      lat: row.lat,
      lon: row.lon,
      nameAr: row.name_ar,
    }),
  );
