import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { Manifest, Place } from '../domain/place';
// Vite copies these into the build with hashed names; fetching them keeps the first bundle small.
import boundariesUrl from '@data/boundaries.topo.json?url';
import compiledRowsUrl from 'virtual:compiled-rows';
import metaUrl from '@data/indicators-meta.json?url';
import manifestUrl from '@data/manifest.json?url';
import placeUrl from '@data/place.json?url';
import { type AreaFeatures, type Boundaries } from '../domain/areas';
import { compiledRowsProblem, expandRows, type CompiledRows } from './compiledRows';

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
  /**
   * Why the figures file could not be used (missing, cut short, or from another build), if it could not.
   * The rows are then empty: views that need figures say so, and About and Import still work.
   */
  rowsProblem?: string;
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

/** The compiled figures file (src/data/compiledRows.ts) as fetched, or why it could not be read. */
async function fetchCompiledRows(): Promise<{ value: unknown } | { problem: string }> {
  try {
    const response = await fetch(compiledRowsUrl);
    if (!response.ok) return { problem: `the figures file is missing from the site (${response.status})` };
    return { value: JSON.parse(await response.text()) };
  } catch {
    return { problem: 'the figures file could not be read: it may have been cut short while downloading' };
  }
}

/** The fetched figures checked against the manifest before a row is built. */
function checkRows(fetched: { value: unknown } | { problem: string }, manifest: Manifest): { compiled: CompiledRows } | { problem: string } {
  if ('problem' in fetched) return fetched;
  const expected = manifest.outputs.find((o) => o.path === 'indicators.csv')?.sha256;
  const problem = compiledRowsProblem(fetched.value, expected);
  return problem ? { problem: `the figures file cannot be used: ${problem}` } : { compiled: fetched.value as CompiledRows };
}

/**
 * The bundled snapshot. Its figures were read by the same ingestion path as a user's upload, once, when
 * the site was built (scripts/vite/compiledSnapshot.ts); the page expands the compiled rows.
 */
export async function loadSnapshot(): Promise<Snapshot> {
  // All five files at once: the figures are checked against the manifest only after both have arrived.
  const [texts, fetchedRows] = await Promise.all([Promise.all([placeUrl, manifestUrl, metaUrl, boundariesUrl].map(fetchText)), fetchCompiledRows()]);
  const [placeText, manifestText, metaText, topoText] = texts;
  const manifest = JSON.parse(manifestText as string) as Manifest;
  const loaded = checkRows(fetchedRows, manifest);
  const base = {
    place: JSON.parse(placeText as string) as Place,
    manifest,
    indicators: JSON.parse(metaText as string) as IndicatorMeta[],
    boundaries: boundariesFromTopology(JSON.parse(topoText as string) as Topology),
  };
  if ('problem' in loaded) return { ...base, rows: [], warnings: [], rejectedCount: 0, rowsProblem: loaded.problem };
  const { compiled } = loaded;
  const warnings = [...compiled.warnings];
  if (compiled.rejected > 0) warnings.push(`${compiled.rejected} rows of the bundled data were rejected: ${compiled.firstRejectedReason}`);
  return { ...base, rows: expandRows(compiled), warnings, rejectedCount: compiled.rejected };
}
