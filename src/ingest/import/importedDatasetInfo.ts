import type { DatasetInfo } from '../../model/datasetInfo';
import type { Incident } from '../../model/incident';

const OCHA_PLACES =
  'Places: UN OCHA, Subnational Administrative Boundaries via the Humanitarian Data Exchange (CC BY 3.0 IGO)';

/** The latest day any record speaks of: an import is as of its data unless told otherwise. */
const latestDay = (incidents: readonly Incident[]): string | null => {
  let latest: string | null = null;
  for (const r of incidents) {
    const day = r.dateEnd ?? r.dateStart;
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest;
};

/**
 * What an imported folder is, for its dataset.json: the publisher's name, licence and citation as
 * the publisher asks for them, and the day it is as of. Coded event data: never grouped again.
 */
export const importedDatasetInfo = (
  format: 'ucdp' | 'acled',
  file: string,
  incidents: readonly Incident[],
  asOf: string | null = null,
): DatasetInfo | null => {
  const day = asOf ?? latestDay(incidents);
  if (day === null) return null;
  const common = { asOf: day, records: 'coded-events' as const, credits: [OCHA_PLACES] };
  if (format === 'ucdp')
    return {
      ...common,
      title: `UCDP Georeferenced Event Dataset (${file})`,
      publisher: 'Uppsala Conflict Data Program (UCDP), Uppsala University',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      citation:
        'Sundberg, Ralph and Erik Melander (2013), "Introducing the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4): 523–532; Högbladh, Stina, UCDP GED Codebook.',
      url: 'https://ucdp.uu.se/downloads/',
    };
  return {
    ...common,
    title: `ACLED events (${file})`,
    publisher: 'Armed Conflict Location & Event Data (ACLED)',
    licence: 'ACLED Terms of Use (attribution required)',
    licenceUrl: 'https://acleddata.com/terms-of-use/',
    citation: `Armed Conflict Location & Event Data (ACLED), ${file}, www.acleddata.com.`,
    url: 'https://acleddata.com/',
  };
};
