import type { IndicatorRow } from '../domain/indicators';
// data/authorities.csv split by indicator and compiled at build time (scripts/vite/authorityChunks.ts):
// only the URLs are in the bundle, and a view fetches the one indicator it shows.
import authorityChunks, { sourceSha256 } from 'virtual:authority-chunks';
import { compiledRowsProblem, expandRows, type CompiledRows } from './compiledRows';

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
 * Fetches one indicator's rows for every English authority. They were read through the same ingestion
 * path as the snapshot and every upload when the site was built; here they are only expanded.
 * An indicator without authority rows gives no rows, not an error.
 */
export async function loadAuthorities(
  indicatorId: string,
  chunks: Record<string, string> = authorityChunks,
  expectedSha256: string = sourceSha256,
): Promise<AuthoritiesData> {
  const url = chunks[indicatorId];
  if (url === undefined) return { rows: [], warnings: [] };
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the authorities’ figures for this indicator (${response.status})`);
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch {
    throw new Error('The authorities’ figures for this indicator could not be read: the file may have been cut short while downloading');
  }
  const problem = compiledRowsProblem(value, expectedSha256);
  if (problem) throw new Error(`The authorities’ figures for this indicator cannot be used: ${problem}`);
  const compiled = value as CompiledRows;
  // Expected and harmless: 99.8% limits left blank where only 95% limits were published.
  const warnings = compiled.warnings.filter((w) => !/no 99\.8% limits/.test(w));
  if (compiled.rejected > 0) warnings.push(`${compiled.rejected} rows of the authorities’ figures were rejected: ${compiled.firstRejectedReason}`);
  return { rows: expandRows(compiled), warnings };
}
