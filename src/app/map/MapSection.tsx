import { lazy, Suspense, useCallback } from 'react';
import { LoadingMessage } from '../components/StatusMessage';
import type { MapSettings, ViewState } from '../url/viewState';
import type { MapCardProps } from './MapCard';
import { selectRegion } from './selectRegion';

// d3-geo, topojson and the boundaries load only when the map is opened.
const LazyMapCard = lazy(() => import('./MapCard').then((m) => ({ default: m.MapCard })));

type Props = Omit<MapCardProps, 'settings' | 'onSettings' | 'onSelect'> & {
  settings: MapSettings | null;
  setView: (update: (view: ViewState) => ViewState) => void;
};

/** The map's switch, and the map when it is open (the URL holds which). */
export const MapSection = ({ settings, setView, ...card }: Props) => {
  const setSettings = (map: MapSettings | null) => setView((v) => ({ ...v, map }));
  // Stable, so the drawn map re-renders only when its figures or selection change.
  const onSelect = useCallback(
    (id: string, add: boolean) =>
      setView((v) => ({
        ...v,
        filters: { ...v.filters, regions: selectRegion(v.filters.regions, id, add) },
        period: null,
      })),
    [setView],
  );
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
          <LazyMapCard {...card} settings={settings} onSettings={setSettings} onSelect={onSelect} />
        </Suspense>
      )}
    </>
  );
};
