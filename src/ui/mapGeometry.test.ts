import { describe, expect, it } from 'vitest';
import type { AreaFeatures } from '../domain/areas';
import { boundsOf, bySizeDescending, extentOf } from './mapGeometry';

const square = (code: string, x: number, y: number, side: number): AreaFeatures['features'][number] => ({
  type: 'Feature',
  properties: { code, name: `Area ${code}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
        [x, y],
      ],
    ],
  },
});

describe('extentOf', () => {
  it('spans every coordinate of polygons and multipolygons', () => {
    expect(extentOf([square('a', -1.2, 53.9, 0.1).geometry])).toEqual([-1.2, 53.9, -1.2 + 0.1, 53.9 + 0.1]);
    const multi = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [2, 1], [1, 3], [0, 0]]], [[[-4, -2], [-3, -2], [-3, -1], [-4, -2]]]] };
    expect(extentOf([multi])).toEqual([-4, -2, 2, 3]);
  });
  it('of nothing is an empty (inverted) extent', () => {
    expect(extentOf([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });
});

describe('boundsOf', () => {
  it('gives [[south, west], [north, east]] of all features', () => {
    const features: AreaFeatures = { type: 'FeatureCollection', features: [square('a', -1, 53, 1), square('b', 1, 54, 2)] };
    expect(boundsOf(features)).toEqual([
      [53, -1],
      [56, 3],
    ]);
  });
});

describe('bySizeDescending', () => {
  it('orders areas by the size of their box, largest first, without changing the input', () => {
    const input = [square('small', 0, 0, 1), square('large', 0, 0, 3), square('middle', 5, 5, 2)];
    expect(bySizeDescending(input).map((f) => f.properties.code)).toEqual(['large', 'middle', 'small']);
    expect(input.map((f) => f.properties.code)).toEqual(['small', 'large', 'middle']);
  });
});
