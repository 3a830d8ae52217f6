import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon, Polygon } from 'topojson-specification';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import type { RawFolder } from './readRaw';

type Props = { code: string; name: string };

/** 5 decimal places is about 1 m: finer than the generalised boundaries themselves. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function roundPositions(coords: unknown): unknown {
  if (!Array.isArray(coords)) throw new TypeError('GeoJSON coordinates must be arrays');
  if (typeof coords[0] === 'number') {
    const p = coords as Position;
    return [round5(p[0] as number), round5(p[1] as number)];
  }
  return coords.map(roundPositions);
}

const collection = (features: Feature<Geometry, Props>[]): FeatureCollection<Geometry, Props> => ({
  type: 'FeatureCollection',
  features,
});

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

/**
 * MSOAs are whole groups of LSOAs, so their shapes are the LSOAs dissolved by MSOA: merge() on an
 * unquantised topology removes the shared inner edges and keeps the outer ones exactly, so the final
 * topology shares those arcs with the LSOA layer.
 */
function dissolveMsoas(lsoas: Feature<Geometry, Props>[], place: SnapshotPlace, path: string): Feature<Geometry, Props>[] {
  const lsoaTopology = topology({ lsoas: collection(lsoas) });
  const geometries = (lsoaTopology.objects.lsoas as GeometryCollection<Props>).geometries;
  const msoaOf = new Map(place.lsoas.map((l) => [l.code, l.msoaName]));
  return place.msoas.map((m) => {
    const members = geometries.filter((g) => msoaOf.get((g.properties as Props | undefined)?.code ?? '') === m.name) as (Polygon | MultiPolygon)[];
    if (members.length === 0) throw new PipelineError(path, `no LSOA shapes for MSOA ${m.code} ${m.name}`);
    return { type: 'Feature', properties: { code: m.code, name: m.name }, geometry: merge(lsoaTopology, members) };
  });
}

/** One TopoJSON file holds wards, MSOAs, LSOAs and the authority outline, with shared arcs and integer coordinates. */
export function buildBoundaries(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): string {
  const wards = slimFeatures(raw, configFile(config, 'wardBoundaries'), 'code', 'name', place.wards, 'ward');
  const lsoaPath = configFile(config, 'lsoaBoundaries');
  const lsoas = slimFeatures(raw, lsoaPath, 'LSOA21CD', 'LSOA21NM', place.lsoas, 'LSOA');
  const msoas = dissolveMsoas(lsoas, place, lsoaPath);
  const authority = slimFeatures(raw, configFile(config, 'authorityBoundary'), 'code', 'name', [place.localAuthority], 'authority');
  const topo = topology(
    {
      wards: collection(wards),
      msoas: collection(msoas),
      lsoas: collection(lsoas),
      authority: collection(authority),
    },
    1e5,
  );
  return JSON.stringify(topo);
}
