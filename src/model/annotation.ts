import { z } from 'zod';
import { optionalUrlCell, requiredDayCell, requiredTextCell } from './cells';
import { isoDaySchema } from './isoDay';

export const ANNOTATION_COLUMNS = ['date_start', 'date_end', 'label', 'url'] as const;

/** Dated context drawn on the timeline: a line for one day, a shaded band for a range. */
export const annotationSchema = z.object({
  dateStart: isoDaySchema,
  dateEnd: isoDaySchema,
  label: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const annotationRowSchema = z
  .object({
    date_start: requiredDayCell,
    date_end: requiredDayCell,
    label: requiredTextCell,
    url: optionalUrlCell,
  })
  .superRefine((row, ctx) => {
    if (row.date_end < row.date_start) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_end'],
        message: `${row.date_end} is before date_start ${row.date_start} (expected date_end ≥ date_start)`,
      });
    }
  })
  .transform(
    (row): Annotation => ({
      dateStart: row.date_start,
      dateEnd: row.date_end,
      label: row.label,
      url: row.url,
    }),
  );
