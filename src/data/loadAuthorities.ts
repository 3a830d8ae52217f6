import { ingestCsvStream } from '../ingest';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
// data/authorities.csv split by indicator at build time (scripts/vite/authorityChunks.ts): only the URLs
// are in the bundle, and a view fetches the one indicator it shows.
import authorityChunks from 'virtual:authority-chunks';

export interface AuthoritiesData {
  rows: IndicatorRow[];
  /** Problems found while reading the file: shown, never hidden. */
  warnings: string[];
}

/** Ids of the indicators with figures for every English authority in the snapshot. */
export function bundledAuthorityIds(chunks: Record<string, string> = authorityChunks): Set<string> {
  return new Set(Object.keys(chunks));
}

/**
 * Fetches one indicator's rows for every English authority and reads them through the same ingestion
 * path as the snapshot and every upload, labelled with the snapshot's indicator metadata. ingestCsvStream is
 * ingestCsvText in chunks (the same reader and checks), yielding between chunks so the page stays responsive.
 * An indicator without authority rows gives no rows, not an error.
 */
export async function loadAuthorities(
  metadata: IndicatorMeta[],
  indicatorId: string,
  chunks: Record<string, string> = authorityChunks,
): Promise<AuthoritiesData> {
  const url = chunks[indicatorId];
  if (url === undefined) return { rows: [], warnings: [] };
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the authorities’ figures for this indicator (${response.status})`);
  const text = await response.text();
  const result = await ingestCsvStream(text, { fileName: 'authorities.csv', metadata, origin: 'bundled', chunkSize: 1 << 18 });
  if (result.error) throw new Error(`The authorities’ figures could not be read: ${result.error}`);
  // Expected and harmless: 99.8% limits left blank where only 95% limits were published.
  const warnings = result.warnings.filter((w) => !/no 99\.8% limits/.test(w));
  if (result.stats.rejected > 0) {
    warnings.push(`${result.stats.rejected} rows of the authorities’ figures were rejected: ${result.rejected[0]?.reason ?? ''}`);
  }
  return { rows: result.rows, warnings };
}
