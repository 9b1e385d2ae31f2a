/**
 * Where the built site serves the map's boundaries: OCHA's governorates and districts (objects
 * `governorates`, `districts`; feature ids are P-codes), simplified into TopoJSON at build time
 * from ../shared/data. Absent when the site was built without ../shared.
 */
export const BOUNDARIES_FILE = 'boundaries/syria-admin.topo.json';

/** Shown with the map and in its exports: the licence requires it. */
export const BOUNDARIES_ATTRIBUTION =
  'Boundaries: UN OCHA (UNCS, OCHA ROSC) via HDX, CC BY 3.0 IGO; simplified by Tolltrack.';
