import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH } from './mapGeometry';
import { centreOn, IDENTITY, MAX_ZOOM, zoomAt } from './useMapZoom';

describe('the map zoom', () => {
  it('keeps the point under the pointer in place', () => {
    const t = zoomAt(IDENTITY, 2, 100, 200);
    expect(t.k).toBe(2);
    // The map point (100, 200) is still drawn at (100, 200).
    expect(100 * t.k + t.x).toBeCloseTo(100);
    expect(200 * t.k + t.y).toBeCloseTo(200);
  });

  it('never zooms out past the whole map nor in past MAX_ZOOM, and keeps the map in the frame', () => {
    expect(zoomAt(IDENTITY, 0.5, 10, 10)).toEqual({ k: 1, x: 0, y: 0 });
    expect(zoomAt(IDENTITY, 1000, 0, 0).k).toBe(MAX_ZOOM);
    const corner = zoomAt(IDENTITY, 3, MAP_WIDTH, MAP_HEIGHT);
    expect(corner.x).toBeCloseTo(MAP_WIDTH * (1 - 3));
    expect(corner.y).toBeCloseTo(MAP_HEIGHT * (1 - 3));
  });

  it('centres a point', () => {
    const t = centreOn(4, MAP_WIDTH / 2 + 10, MAP_HEIGHT / 2 - 20);
    expect((MAP_WIDTH / 2 + 10) * t.k + t.x).toBeCloseTo(MAP_WIDTH / 2);
    expect((MAP_HEIGHT / 2 - 20) * t.k + t.y).toBeCloseTo(MAP_HEIGHT / 2);
  });
});
