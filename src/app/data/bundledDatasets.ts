/** The datasets shipped with the app, each a folder in the data/ format. */
export interface BundledDataset {
  id: string;
  /** Folder under the site root, ending in '/'. */
  path: string;
  label: string;
  /** Shown wherever the data is shown: licences require it. */
  attribution: string;
}

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  {
    id: 'syria-2024',
    path: 'data/',
    label: 'Syria, 26 Nov – 31 Dec 2024: sourced reports',
    attribution:
      'Figures as stated by the reports listed with each record; places: UN OCHA (CC BY 3.0 IGO).',
  },
  {
    id: 'ucdp-syria',
    path: 'data/ucdp-syria/',
    label: 'Syria 2016–2019: UCDP GED events',
    attribution:
      'Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset — Syria, Uppsala University (CC BY 4.0); places: UN OCHA (CC BY 3.0 IGO).',
  },
];

export const findBundledDataset = (id: string): BundledDataset | undefined =>
  BUNDLED_DATASETS.find((d) => d.id === id);
