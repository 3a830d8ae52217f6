import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { Place } from '../../src/data/snapshotTypes';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig } from './place';
import type { RawFolder } from './readRaw';

type Props = { code: string; name: string };

/** 5 decimal places is about 1 m: finer than the generalised boundaries themselves. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function roundPositions(coords: unknown): unknown {
  if (typeof coords[0 as keyof typeof coords] === 'number') {
    const p = coords as Position;
    return [round5(p[0] as number), round5(p[1] as number)];
  }
  return (coords as unknown[]).map(roundPositions);
}

function slimFeatures(
  raw: RawFolder,
  path: string,
  codeField: string,
  nameField: string,
  expected: { code: string; name: string }[],
  what: string,
): Feature<Geometry, Props>[] {
  const collection = raw.json<FeatureCollection>(path);
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new PipelineError(path, 'not a GeoJSON FeatureCollection');
  }
  const wanted = new Map(expected.map((a) => [a.code, a.name]));
  const seen = new Set<string>();
  const features: Feature<Geometry, Props>[] = [];
  collection.features.forEach((f, i) => {
    const code = String(f.properties?.[codeField] ?? '');
    if (!wanted.has(code)) {
      throw new PipelineError(path, `feature ${i + 1}: ${what} code "${code}" is not in the lookup`);
    }
    if (seen.has(code)) throw new PipelineError(path, `feature ${i + 1}: ${what} "${code}" appears twice`);
    seen.add(code);
    const geometry = f.geometry as Geometry & { coordinates: unknown };
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new PipelineError(path, `feature ${i + 1} (${code}): expected a Polygon or MultiPolygon`);
    }
    features.push({
      type: 'Feature',
      properties: { code, name: String(f.properties?.[nameField] ?? wanted.get(code)) },
      geometry: { type: geometry.type, coordinates: roundPositions(geometry.coordinates) } as Geometry,
    });
  });
  const missing = expected.filter((a) => !seen.has(a.code));
  if (missing.length > 0) {
    throw new PipelineError(path, `no shape for ${what}s ${missing.map((m) => `${m.code} ${m.name}`).join(', ')}`);
  }
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  return features;
}

/** One TopoJSON file holds wards, LSOAs and the authority outline, with shared arcs and integer coordinates. */
export function buildBoundaries(raw: RawFolder, config: PlaceConfig, place: Place): string {
  const wards = slimFeatures(raw, configFile(config, 'wardBoundaries'), 'code', 'name', place.wards, 'ward');
  const lsoas = slimFeatures(raw, configFile(config, 'lsoaBoundaries'), 'LSOA21CD', 'LSOA21NM', place.lsoas, 'LSOA');
  const authority = slimFeatures(raw, configFile(config, 'authorityBoundary'), 'code', 'name', [place.localAuthority], 'authority');
  const topo = topology(
    {
      wards: { type: 'FeatureCollection', features: wards },
      lsoas: { type: 'FeatureCollection', features: lsoas },
      authority: { type: 'FeatureCollection', features: authority },
    },
    1e5,
  );
  return JSON.stringify(topo);
}
