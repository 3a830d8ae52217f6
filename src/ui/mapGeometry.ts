// Pure geometry for the maps: extents, Leaflet bounds and the order labels are placed in. No React, no DOM.
import type { Geometry } from 'geojson';
import type { LatLngBoundsExpression } from 'leaflet';
import { type AreaFeatures } from '../domain/areas';

/** [minX, minY, maxX, maxY] of some geometries, in lon/lat. */
export function extentOf(geometries: Geometry[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      minX = Math.min(minX, x as number);
      maxX = Math.max(maxX, x as number);
      minY = Math.min(minY, y as number);
      maxY = Math.max(maxY, y as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const g of geometries) visit((g as Geometry & { coordinates: unknown }).coordinates);
  return [minX, minY, maxX, maxY];
}

export function boundsOf(features: AreaFeatures): LatLngBoundsExpression {
  const [minX, minY, maxX, maxY] = extentOf(features.features.map((f) => f.geometry));
  return [
    [minY, minX],
    [maxY, maxX],
  ];
}

/** Larger areas first, so when labels collide the bigger area keeps its name. */
export function bySizeDescending(features: AreaFeatures['features']) {
  const size = (f: AreaFeatures['features'][number]) => {
    const [minX, minY, maxX, maxY] = extentOf([f.geometry]);
    return (maxX - minX) * (maxY - minY);
  };
  return [...features].sort((a, b) => size(b) - size(a));
}
