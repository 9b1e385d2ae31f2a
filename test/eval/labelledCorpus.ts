import { z } from 'zod';
import type { IsoDay } from '../../src/model/isoDay';

/*
 * Labelled corpora for measuring the extractor, kept as JSON lines under test/corpora (one
 * report a line). Two shapes:
 * - synthetic reports (written by us, labelled with gazetteer ids): `CorpusReport`;
 * - real report excerpts (from public pages, each with its URL), labelled with place names as
 *   the text gives them so that places outside any gazetteer can be scored: `RealReport`.
 * A line that does not fit is an error naming the file, the line and the field.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/) as unknown as z.ZodType<IsoDay>;
const count = z.number().int().min(0);
const bounds = z.tuple([count.nullable(), count.nullable()]);

const expectedRecordSchema = z.object({
  kind: z.enum(['incident', 'cumulative']),
  dateStart: isoDay.nullable(),
  dateEnd: isoDay.nullable(),
  periodStart: isoDay.nullable(),
  placeId: z.string().nullable(),
  killedMin: count.nullable(),
  killedMax: count.nullable(),
  childrenMin: count.nullable(),
  childrenMax: count.nullable(),
  attributedTo: z.array(z.string()),
  eventType: z.string().nullable(),
});
export type ExpectedRecord = z.infer<typeof expectedRecordSchema>;

const corpusReportSchema = z.object({
  id: z.string().min(1),
  about: z.string(),
  published: isoDay,
  text: z.string(),
  expected: z.array(expectedRecordSchema),
});
export type CorpusReport = z.infer<typeof corpusReportSchema>;

/** How a figure is coded: one event, a running total over a period, or one day's total. */
export const GOLD_KINDS = ['incident', 'running', 'daily'] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

const goldRecordSchema = z.object({
  kind: z.enum(GOLD_KINDS),
  deaths: bounds,
  children: bounds.optional(),
  injured: bounds.optional(),
  /** [date start, date end, period start], as the codebook (data/README.md §9.5) codes them. */
  dates: z.tuple([isoDay.nullable(), isoDay.nullable(), isoDay.nullable()]),
  place: z.string().nullable(),
  admin1: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  by: z.array(z.string()),
});
export type GoldRecord = z.infer<typeof goldRecordSchema>;

const realReportSchema = z.object({
  id: z.string().min(1),
  conflict: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  published: isoDay,
  text: z.string().min(1),
  records: z.array(goldRecordSchema),
  note: z.string().optional(),
});
export type RealReport = z.infer<typeof realReportSchema>;

/** A coder's event note (ACLED's `notes`) with the fatalities the coders gave the event. */
const eventNoteSchema = z.object({
  id: z.string().min(1),
  country: z.string().min(1),
  /** The event day: a note has no publication day, and its relative dates are about this one. */
  published: isoDay,
  url: z.url({ protocol: /^https?$/ }),
  text: z.string().min(1),
  deaths: count,
});
export type EventNote = z.infer<typeof eventNoteSchema>;

const readLines = <T>(text: string, file: string, schema: z.ZodType<T>): T[] => {
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON: ${line.slice(0, 80)}`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    out.push(parsed.data);
  });
  return out;
};

export const parseSyntheticCorpus = (text: string, file: string): CorpusReport[] =>
  readLines(text, file, corpusReportSchema);

export const parseRealCorpus = (text: string, file: string): RealReport[] =>
  readLines(text, file, realReportSchema);

export const parseEventNotes = (text: string, file: string): EventNote[] =>
  readLines(text, file, eventNoteSchema);
