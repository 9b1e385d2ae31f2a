import type { Gazetteer } from '../../analysis/gazetteer';
import { theme } from '../theme';

/**
 * A region's colour, fixed across views and exports: governorates by their place in P-code
 * order (14 governorates, 14 colours), any other place by its id's position among its level.
 */
export const regionColor = (regionId: string, gazetteer: Gazetteer): string => {
  const place = gazetteer.byId.get(regionId);
  const peers = [...gazetteer.byId.values()]
    .filter((p) => p.level === (place?.level ?? 1))
    .map((p) => p.id)
    .sort();
  const index = Math.max(0, peers.indexOf(regionId));
  return theme.compare[index % theme.compare.length] ?? theme.deaths;
};
