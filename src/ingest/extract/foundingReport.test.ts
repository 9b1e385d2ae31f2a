import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_COLUMNS, placeRowSchema } from '../../model/place';
import { parseTable } from '../parseTable';
import { extractRecords } from './extractRecords';

// The founding report (team data in ../shared/seed, read in place, never copied).
const seedDir = new URL('../../../../shared/seed/', import.meta.url);
const places = parseTable(
  readFileSync(new URL('../../../data/places.csv', import.meta.url), 'utf8'),
  {
    file: 'places.csv',
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  },
).records.map((r) => r.record);

describe('the founding report', () => {
  const file = readdirSync(seedDir).find((f) => f.endsWith('.txt'));
  const text = readFileSync(new URL(file ?? 'missing.txt', seedDir), 'utf8');
  const records = extractRecords(text, { published: '2024-12-02', gazetteer: places });

  it('gives its two figures, both in the Idlib region: the strikes on Idlib and the total since November 27', () => {
    expect(records.map((r) => [r.kind, r.killedMin, r.childrenMin, r.admin1])).toEqual([
      ['incident', 25, 10, 'Idleb'],
      ['cumulative', 56, 20, 'Idleb'],
    ]);
    expect(records[1]?.periodStart).toBe('2024-11-27');
    expect(
      records.every((r) => r.attributedTo.includes('White Helmets (Syria Civil Defence)')),
    ).toBe(true);
  });
});
