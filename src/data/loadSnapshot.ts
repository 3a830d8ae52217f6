import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ingestCsvText } from '../ingest';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { Manifest, Place } from '../domain/place';
// Vite copies these into the build with hashed names; fetching them keeps the first bundle small.
import boundariesUrl from '@data/boundaries.topo.json?url';
import indicatorsUrl from '@data/indicators.csv?url';
import metaUrl from '@data/indicators-meta.json?url';
import manifestUrl from '@data/manifest.json?url';
import placeUrl from '@data/place.json?url';
import { type AreaFeatures, type Boundaries } from '../domain/areas';

export interface Snapshot {
  place: Place;
  manifest: Manifest;
  indicators: IndicatorMeta[];
  rows: IndicatorRow[];
  boundaries: Boundaries;
  /** Notes from reading the bundled data, listed on the About page. */
  warnings: string[];
  /** Rows of the bundled data that could not be read: an alert on every page. */
  rejectedCount: number;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return response.text();
}

export function boundariesFromTopology(topology: Topology): Boundaries {
  const pick = (name: string) => {
    const object = topology.objects[name] as GeometryCollection<{ code: string; name: string }> | undefined;
    if (!object) throw new Error(`The boundary file has no "${name}" layer`);
    return feature(topology, object) as AreaFeatures;
  };
  return { wards: pick('wards'), lsoas: pick('lsoas'), msoas: pick('msoas'), authority: pick('authority') };
}

/** The bundled snapshot goes through the same ingestion path as a user's upload. */
export async function loadSnapshot(): Promise<Snapshot> {
  const [placeText, manifestText, metaText, csvText, topoText] = await Promise.all(
    [placeUrl, manifestUrl, metaUrl, indicatorsUrl, boundariesUrl].map(fetchText),
  );
  const indicators = JSON.parse(metaText as string) as IndicatorMeta[];
  const result = ingestCsvText(csvText as string, { fileName: 'indicators.csv', metadata: indicators, origin: 'bundled' });
  const warnings = [...result.warnings];
  if (result.stats.rejected > 0) {
    warnings.push(`${result.stats.rejected} rows of the bundled data were rejected: ${result.rejected[0]?.reason ?? ''}`);
  }
  return {
    place: JSON.parse(placeText as string) as Place,
    manifest: JSON.parse(manifestText as string) as Manifest,
    indicators,
    rows: result.rows,
    boundaries: boundariesFromTopology(JSON.parse(topoText as string) as Topology),
    warnings,
    rejectedCount: result.stats.rejected,
  };
}
