import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import type { ImportedDataset } from './importStore';

/**
 * Imported indicators get ids prefixed by their dataset, so two uploads of the same Fingertips
 * indicator (or an upload of a bundled one) sit side by side instead of overwriting each other.
 */
export function importedId(datasetId: string, indicatorId: string): string {
  return `imp:${datasetId}:${indicatorId}`;
}

/** True for an indicator id made by importedId. */
export function isImportedId(indicatorId: string): boolean {
  return indicatorId.startsWith('imp:');
}

/** A dataset's indicators as the views see them: namespaced, labelled imported, with a caveat. */
export function namespacedIndicators(dataset: Pick<ImportedDataset, 'id' | 'indicators' | 'fileName' | 'importedAt'>): IndicatorMeta[] {
  return dataset.indicators.map((m) => ({
    ...m,
    id: importedId(dataset.id, m.id),
    origin: 'imported',
    theme: m.theme || 'Imported',
    caveats: [...m.caveats, `Imported by you from ${dataset.fileName} on ${dataset.importedAt.slice(0, 10)}; not checked by the dashboard's maintainers.`],
  }));
}

/** A dataset's rows with namespaced indicator ids, as they are stored. */
export function namespacedRows(datasetId: string, rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.map((r) => ({ ...r, indicatorId: importedId(datasetId, r.indicatorId) }));
}
