import type { IsoDay } from './isoDay';
import type { Report } from './report';

/**
 * The latest publication day among reports (null when none is dated): of two statements of one
 * figure, the later published is the one that stands. Types only from report.ts: the page's
 * first chunk must not build zod schemas before configureZod has run (app/boot.ts).
 */
export const latestPublished = (
  reportIds: readonly string[],
  reportsById: ReadonlyMap<string, Report>,
): IsoDay | null => {
  let latest: IsoDay | null = null;
  for (const id of reportIds) {
    const day = reportsById.get(id)?.published ?? null;
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest;
};
