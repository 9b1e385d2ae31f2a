import { z } from 'zod';
import {
  httpUrlValue,
  idCell,
  listCell,
  optionalDayCell,
  optionalTextCell,
  requiredTextCell,
} from './cells';
import { isoDaySchema } from './isoDay';
import { shownValue } from './shownValue';

/** The public column order of `data/reports.csv` (other tools read it: extend, never break). */
export const REPORT_COLUMNS = [
  'id',
  'publisher',
  'attributed_to',
  'url',
  'published',
  'title',
  'language',
] as const;

export const reportSchema = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  /** Organisations the figures come from, e.g. "White Helmets (Syria Civil Defence)". */
  attributedTo: z.array(z.string().min(1)).min(1),
  url: z.url({ protocol: /^https?$/ }),
  published: isoDaySchema.nullable(),
  title: z.string().nullable(),
  language: z.string().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportRowSchema = z
  .object({
    id: idCell,
    publisher: requiredTextCell,
    attributed_to: listCell.pipe(
      z.array(z.string()).min(1, { error: 'is empty (expected at least one organisation)' }),
    ),
    url: httpUrlValue,
    published: optionalDayCell,
    title: optionalTextCell,
    language: z
      .string()
      .regex(/^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/, {
        error: (iss) =>
          `${shownValue(iss.input)} is not a language code (expected an ISO 639 code such as en, ar, pt)`,
      })
      .transform((s) => (s === '' ? null : s)),
  })
  .transform(
    (row): Report => ({
      id: row.id,
      publisher: row.publisher,
      attributedTo: row.attributed_to,
      url: row.url,
      published: row.published,
      title: row.title,
      language: row.language,
    }),
  );
