import { queryOptions } from '@tanstack/react-query';
import { parseTable } from '../../ingest/parseTable';
import { PLACE_COLUMNS, placeRowSchema } from '../../model/place';

/** The bundled gazetteer, for reading place names in report text and choosing a place. */
export const placesQuery = () =>
  queryOptions({
    queryKey: ['places', 'data/places.csv'],
    queryFn: async () => {
      const response = await fetch('data/places.csv');
      if (!response.ok) throw new Error(`data/places.csv could not be loaded: ${response.status}`);
      const parsed = parseTable(await response.text(), {
        file: 'places.csv',
        columns: PLACE_COLUMNS,
        optionalColumns: ['name_ar'],
        rowSchema: placeRowSchema,
      });
      const first = parsed.issues[0];
      if (first) throw new Error(`data/places.csv:${first.row}:${first.column}: ${first.message}`);
      return parsed.records.map((r) => r.record);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
