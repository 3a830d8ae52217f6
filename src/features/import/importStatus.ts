// The import view's status and what follows from it, out of its components. Pure: no React, no DOM, no worker.
import type { ImportStage, IngestSummary } from '../../data/imported/runIngestWorker';
import type { IndicatorMeta } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import type { ColumnMapping, IngestOptions } from '../../ingest';
import { knownAreasOf } from '../../ingest/report';

/** Where an import stands: nothing yet, reading or saving a file, stopped, failed, or done with its summary. */
export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; fraction: number; stage: ImportStage }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'crashed'; fileName: string; message: string }
  | { kind: 'done'; file: File; summary: IngestSummary };

/** The reader's options: the place's areas to match against, the bundled metadata, and a confirmed mapping when there is one. */
export function ingestOptions(place: Place, metadata: IndicatorMeta[], columnMapping?: ColumnMapping): IngestOptions {
  return {
    knownAreas: knownAreasOf(place),
    knownAreasLabel: `${place.localAuthority.name}'s lookup`,
    metadata,
    ...(columnMapping ? { columnMapping } : {}),
  };
}

/** How far reading has got, as a whole percentage. */
export function percentRead(fraction: number): number {
  return Math.round(fraction * 100);
}

/** What the column-mapping form needs when a file was read but not saved because its columns need confirming. */
export interface MappingOffer {
  proposal: ColumnMapping;
  preview: { header: string[]; rows: string[][] };
  /** Rows collided under the proposed mapping (rather than the mapping being unclear). */
  collided: boolean;
}

/** The mapping form's inputs, or null when there is nothing to confirm. */
export function mappingOffer(summary: IngestSummary): MappingOffer | null {
  if (summary.savedAs || !summary.mapping || !summary.preview) return null;
  return { proposal: summary.mapping, preview: summary.preview, collided: Boolean(summary.needsMapping && summary.stats.read > 0) };
}
