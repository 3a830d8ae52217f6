// One adapter per layout: it turns a parsed CSV record (string[]) into IndicatorRows and
// hands them to the RowSink for the checks every format shares. Adapters only ever
// receive records of a length the session has already checked (>= minFields).
// Each publisher format has its own file; this lists them.

export { emptyPeriodReason, type Adapter, type AdapterContext } from './adapterShared';
export { LongAdapter } from './longAdapter';
export { IodAdapter } from './iodAdapter';
export { TidyAdapter } from './tidyAdapter';
export { GenericAdapter, genericIndicatorId } from './genericAdapter';
