import { z } from 'zod';
import { isoDaySchema } from './isoDay';

/** The file in a data folder that says what the folder is (written by the importers too). */
export const DATASET_INFO_FILE = 'dataset.json';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * What a data folder is, machine-readable: every chart and export credits its publisher and
 * licence first, and dates itself by `asOf`, not by the latest record in a filter.
 */
export const datasetInfoSchema = z.object({
  title: z.string().min(1),
  /** Who made the data (UCDP, ACLED, or the team coding reports). */
  publisher: z.string().min(1),
  /** The licence's short name, e.g. `CC BY 4.0`. */
  licence: z.string().min(1),
  licenceUrl: httpUrl.nullable().default(null),
  /** How to cite the data, as its publisher asks. */
  citation: z.string().min(1),
  /** The day the data is current to: "as of" in every chart and export. */
  asOf: isoDaySchema,
  /** Where the data comes from. */
  url: httpUrl.nullable().default(null),
  /**
   * `reports`: figures as reports state them (the same event may be reported several times and is
   * grouped into incidents). `coded-events`: events its coders already de-duplicated (UCDP,
   * ACLED): never grouped, never warned about as duplicates.
   */
  records: z.enum(['reports', 'coded-events']).default('reports'),
  /** Other credits the data needs shown (e.g. place names). */
  credits: z.array(z.string().min(1)).default([]),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;
