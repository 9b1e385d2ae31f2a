import { z } from 'zod';

/**
 * A calendar day as `YYYY-MM-DD`. Kept as a string end to end: `new Date('2024-12-02')` is UTC
 * midnight and shows 1 December anywhere west of UTC.
 */
export const isoDaySchema = z.iso.date();
export type IsoDay = z.infer<typeof isoDaySchema>;
