import type { IndicatorMeta, IndicatorRow } from '../../ingest/types';
import type { ImportedDataset } from './importStore';

/**
 * Imported indicators get ids prefixed by their dataset, so two uploads of the same Fingertips
 * indicator (or an upload of a bundled one) sit side by side instead of overwriting each other.
 */
export function importedId(datasetId: string, indicatorId: string): string {
  return `imp:${datasetId}:${indicatorId}`;
}

export function namespaced(dataset: ImportedDataset): { indicators: IndicatorMeta[]; rows: IndicatorRow[] } {
  return {
    indicators: dataset.indicators.map((m) => ({
      ...m,
      id: importedId(dataset.id, m.id),
      origin: 'imported',
      theme: m.theme || 'Imported',
      caveats: [...m.caveats, `Imported by you from ${dataset.fileName} on ${dataset.importedAt.slice(0, 10)}; not checked by the dashboard's maintainers.`],
    })),
    rows: dataset.rows.map((r) => ({ ...r, indicatorId: importedId(dataset.id, r.indicatorId) })),
  };
}
