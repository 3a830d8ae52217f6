// Point-in-polygon and point-to-boundary distance for GeoJSON polygons, in the polygons' own coordinates
// (longitude, latitude here). Used at build time to place each postcode in a neighbourhood (LSOA).
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/**
 * Ray casting (even–odd rule): a point is inside a ring when a ray from it crosses the ring's edges an odd
 * number of times. A point exactly on an edge may count either way; postcode centroids are not placed on
 * boundaries, and the generalised boundaries are only metres-accurate anyway.
 */
export function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and in none of its holes, for any of the polygon's parts. */
export function inPolygon(x: number, y: number, geometry: Polygon | MultiPolygon): boolean {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.some(([outer, ...holes]) => outer !== undefined && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h)));
}

/**
 * Distance in metres from a point to the nearest edge of a polygon, for longitude/latitude in degrees
 * near the point (an equirectangular approximation: good to well under 1% over a few kilometres).
 */
export function distanceToBoundary(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const metresPerDegreeLat = 111_320;
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((lat * Math.PI) / 180);
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const rings of parts) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1] as [number, number];
        const [x2, y2] = ring[i] as [number, number];
        const ax = (x1 - lon) * metresPerDegreeLon;
        const ay = (y1 - lat) * metresPerDegreeLat;
        const bx = (x2 - lon) * metresPerDegreeLon;
        const by = (y2 - lat) * metresPerDegreeLat;
        const dx = bx - ax;
        const dy = by - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}
