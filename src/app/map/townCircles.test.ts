import { describe, expect, it } from 'vitest';
import type { TownFigures } from '../../analysis/view/mapFigures';
import { CELL_OVER, circleLayout, legendValues, MAX_CIRCLE_RADIUS, radiusOf } from './townCircles';
import { IDENTITY } from './useMapZoom';

const town = (id: string, lon: number, killedMin: number): TownFigures => ({
  id,
  name: id,
  lat: 0,
  lon,
  records: 1,
  incidents: 1,
  killedMin,
  killedMax: killedMin,
  sources: [],
});
const project = (lon: number, lat: number): [number, number] => [lon, lat];

describe('the circles of places with records', () => {
  it('sizes circles by area: four times the figure, twice the radius', () => {
    expect(radiusOf(100, 100)).toBe(MAX_CIRCLE_RADIUS);
    expect(radiusOf(25, 100)).toBeCloseTo(MAX_CIRCLE_RADIUS / 2);
  });

  it('draws one circle per place while they are few, none for a zero', () => {
    const circles = circleLayout(
      [town('a', 10, 4), town('b', 11, 1), town('c', 50, 0)],
      'killed',
      project,
      IDENTITY,
    );
    expect(circles.map((c) => [c.key, c.value])).toEqual([
      ['a', 4],
      ['b', 1],
    ]);
  });

  it('adds up the places of a screen cell when there are many, keeping every figure', () => {
    const many = Array.from({ length: CELL_OVER + 1 }, (_, i) =>
      town(`t${i}`, (i % 2) * 500, i + 1),
    );
    const circles = circleLayout(many, 'killed', project, IDENTITY);
    expect(circles).toHaveLength(2);
    const total = many.reduce((s, t) => s + t.killedMin, 0);
    expect(circles.reduce((s, c) => s + c.value, 0)).toBe(total);
    expect(circles.reduce((s, c) => s + c.towns.length, 0)).toBe(many.length);
  });

  it('gives the legend the largest value and rounder smaller ones', () => {
    expect(legendValues(1234)).toEqual([1234, 300, 70]);
    expect(legendValues(3)).toEqual([3]);
    expect(legendValues(0)).toEqual([]);
  });
});
