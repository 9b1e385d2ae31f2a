import { shortSourceName } from '../analysis/cumulativeMarkers';
import type { DatasetInfo } from '../model/datasetInfo';

/** Sources named before "+N more". */
const SOURCES_NAMED = 5;

/**
 * The credit under every chart and export: the dataset's publisher and licence first (its
 * licence requires it), then the sources behind most figures, "+N more" for the rest.
 */
export const sourceLine = (info: DatasetInfo | null, sources: readonly string[]): string => {
  const shown = sources.slice(0, SOURCES_NAMED).map(shortSourceName);
  const more = sources.length - shown.length;
  const named = `${shown.join(', ')}${more > 0 ? ` +${more} more` : ''}`;
  const data = info ? `Data: ${info.publisher} (${info.licence}). ` : '';
  return `${data}Sources: ${shown.length > 0 ? named : 'no records'}; compiled by Tolltrack.`;
};
