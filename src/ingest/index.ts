// Public API of the ingestion core. Pure TypeScript: no DOM, React, fetch or Node-only
// APIs, so it runs in a Web Worker, in the browser's main thread and in Node.

export { ingestCsvText, ingestCsvStream, DEFAULT_CHUNK_SIZE } from './ingest';
export { decodeBytes, sniffText } from './decode';
export type { DecodedText } from './decode';
export { toSafeCsv } from './safeCsv';
export { parseNumber, isMissingMarker, MISSING_MARKERS } from './numbers';
export { areaTypeFromCode, areaTypeFromLabel, normaliseAreaName } from './areas';
export { detectFormat, headerKey } from './detect';
export { classifyIodColumn } from './iod';
export {
  IndicatorMetaSchema,
  IndicatorRowSchema,
  ColumnMappingSchema,
  KnownAreaSchema,
  NumericFieldSchema,
} from './schemas';
export type {
  ColumnMapping,
  GenericValueColumn,
  IngestFormat,
  IngestOptions,
  IngestResult,
  IngestStats,
  KnownArea,
  RejectedRecord,
  StreamIngestOptions,
  TextEncodingName,
} from './result';
export * from '../domain/indicators';
