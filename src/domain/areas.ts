// Area shapes as the maps draw them: one GeoJSON feature per area, with its code and name.
import type { FeatureCollection, Geometry } from 'geojson';

export type AreaFeatures = FeatureCollection<Geometry, { code: string; name: string }>;

export interface Boundaries {
  wards: AreaFeatures;
  lsoas: AreaFeatures;
  msoas: AreaFeatures;
  authority: AreaFeatures;
}
