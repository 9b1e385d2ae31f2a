import { lazy, Suspense } from 'react';
import { LoadingMessage } from '../components/StatusMessage';
import type { MapSettings, ViewState } from '../url/viewState';
import type { MapCardProps } from './MapCard';

// d3-geo, topojson and the boundaries load only when the map is opened.
const LazyMapCard = lazy(() => import('./MapCard').then((m) => ({ default: m.MapCard })));

type Props = Omit<MapCardProps, 'settings' | 'onSettings' | 'onSelect'> & {
  settings: MapSettings | null;
  setView: (update: (view: ViewState) => ViewState) => void;
};

/** A region click sets the filter to it (again: clears it); with Shift it adds or removes it. */
export const selectRegion = (regions: readonly string[], id: string, add: boolean): string[] => {
  if (add) return regions.includes(id) ? regions.filter((r) => r !== id) : [...regions, id];
  return regions.length === 1 && regions[0] === id ? [] : [id];
};

/** The map's switch, and the map when it is open (the URL holds which). */
export const MapSection = ({ settings, setView, ...card }: Props) => {
  const setSettings = (map: MapSettings | null) => setView((v) => ({ ...v, map }));
  return (
    <>
      <div className="map-switch">
        <button
          type="button"
          className="chip"
          aria-expanded={settings !== null}
          onClick={() =>
            setSettings(settings ? null : { level: 'governorates', measure: 'killed' })
          }
        >
          {settings ? 'Hide the map' : 'Map of tolls by governorate and district'}
        </button>
      </div>
      {settings && (
        <Suspense fallback={<LoadingMessage what="the map" />}>
          <LazyMapCard
            {...card}
            settings={settings}
            onSettings={setSettings}
            onSelect={(id, add) =>
              setView((v) => ({
                ...v,
                filters: { ...v.filters, regions: selectRegion(v.filters.regions, id, add) },
                period: null,
              }))
            }
          />
        </Suspense>
      )}
    </>
  );
};
