import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState, viewFromSearch, viewToSearch } from './viewState';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(viewToSearch(DEFAULT_VIEW)).toBe('');
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every field', () => {
    const view: ViewState = {
      page: 'add',
      dataset: 'ucdp-syria',
      filters: {
        regions: ['SY07', 'SY0200'],
        from: '2024-11-27',
        to: '2024-12-02',
        sources: [
          'White Helmets (Syria Civil Defence)',
          'Syrian Observatory for Human Rights (SOHR)',
        ],
        eventTypes: ['air strike', 'shelling'],
      },
      mode: 'stated',
      unit: 'week',
      scale: 'log',
      ranges: 'end',
      period: { from: '2024-12-01', to: '2024-12-01' },
      sort: { key: 'killed', descending: true },
      map: { level: 'districts', measure: 'upper' },
      unpublished: { count: 2, fingerprint: '0a1b2c3d' },
    };
    const search = viewToSearch(view);
    expect(search).toContain('region=SY07%2CSY0200');
    expect(search).toContain('mine=2.0a1b2c3d');
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('ignores malformed values instead of failing', () => {
    const view = viewFromSearch(
      '?from=2024-02-30&to=yesterday&view=pie&unit=hour&period=2024-12-05..2024-12-01&sort=-nope',
    );
    expect(view.filters.from).toBeNull();
    expect(view.filters.to).toBeNull();
    expect(view.mode).toBe('cumulative');
    expect(view.unit).toBe('auto');
    expect(view.period).toBeNull();
    expect(view.sort).toEqual({ key: 'date', descending: true });
    expect(viewFromSearch('?mine=yes').unpublished).toBeNull();
    expect(viewFromSearch('?mine=0.0a1b2c3d').unpublished).toBeNull();
    expect(viewFromSearch('?mine=3.0A1B2C3D').unpublished).toBeNull();
  });

  it('holds the map: open at its level, shaded by deaths unless told otherwise', () => {
    expect(viewFromSearch('?map=governorates').map).toEqual({
      level: 'governorates',
      measure: 'killed',
    });
    expect(
      viewToSearch({ ...DEFAULT_VIEW, map: { level: 'governorates', measure: 'killed' } }),
    ).toBe('?map=governorates');
    expect(viewFromSearch('?map=provinces&mapby=area').map).toEqual({
      level: 'governorates',
      measure: 'killed',
    });
    expect(viewFromSearch('?mapby=records').map).toBeNull();
  });
});
