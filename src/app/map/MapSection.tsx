import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { LoadingMessage } from '../components/StatusMessage';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { MapSettings, ViewState } from '../url/viewState';
import type { MapCardProps } from './MapCard';
import { selectRegion } from './selectRegion';

// d3-geo, topojson and the boundaries load only when the map is opened.
const LazyMapCard = lazy(() => import('./MapCard').then((m) => ({ default: m.MapCard })));

type Props = Omit<
  MapCardProps,
  'settings' | 'onSettings' | 'onSelect' | 'gazetteer' | 'recordsPending' | 'getModel'
> & {
  settings: MapSettings | null;
  model: DashboardModel;
  setView: (update: (view: ViewState) => ViewState) => void;
};

/** The map's switch, and the map when it is open (the URL holds which). */
export const MapSection = ({ settings, setView, model, ...card }: Props) => {
  const setSettings = useCallback(
    (map: MapSettings | null) => setView((v) => ({ ...v, map })),
    [setView],
  );
  // The map redraws when its figures, filters or settings change, not with each dashboard view.
  const latest = useRef(model);
  latest.current = model;
  const getModel = useCallback(() => latest.current, []);
  const level = settings?.level;
  const measure = settings?.measure;
  const stableSettings = useMemo(
    () => (level && measure ? { level, measure } : null),
    [level, measure],
  );
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
          {stableSettings && (
            <LazyMapCard
              {...card}
              settings={stableSettings}
              gazetteer={model.gazetteer}
              recordsPending={model.recordsPending}
              getModel={getModel}
              onSettings={setSettings}
              onSelect={onSelect}
            />
          )}
        </Suspense>
      )}
    </>
  );
};
