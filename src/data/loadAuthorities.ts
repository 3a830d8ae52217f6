import { ingestCsvStream } from '../ingest';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
// Every English authority's rows (about 8 MB). Only the Trends and "York among authorities" views
// import this module, so the file is fetched only when one of them is opened.
import authoritiesUrl from '@data/authorities.csv?url';

export interface AuthoritiesData {
  rows: IndicatorRow[];
  /** Problems found while reading the file: shown, never hidden. */
  warnings: string[];
}

/**
 * Fetches data/authorities.csv and reads it through the same ingestion path as the snapshot and every
 * upload, labelled with the snapshot's indicator metadata. ingestCsvStream is ingestCsvText in chunks
 * (the same reader and checks), yielding between chunks so the page stays responsive while it reads.
 */
export async function loadAuthorities(metadata: IndicatorMeta[], url: string = authoritiesUrl): Promise<AuthoritiesData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the authorities file (${response.status})`);
  const text = await response.text();
  const result = await ingestCsvStream(text, { fileName: 'authorities.csv', metadata, origin: 'bundled', chunkSize: 1 << 18 });
  if (result.error) throw new Error(`The authorities file could not be read: ${result.error}`);
  // Expected and harmless: 99.8% limits left blank where only 95% limits were published.
  const warnings = result.warnings.filter((w) => !/no 99\.8% limits/.test(w));
  if (result.stats.rejected > 0) {
    warnings.push(`${result.stats.rejected} rows of the authorities file were rejected: ${result.rejected[0]?.reason ?? ''}`);
  }
  return { rows: result.rows, warnings };
}
