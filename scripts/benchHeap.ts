// Child process of scripts/bench.ts: measures the peak heap of ONE call (bare Papa.parse, or
// ingestCsvText) on a text read from a file, in a fresh process started with --expose-gc.
//
// Why a child process: bench.ts runs without --expose-gc, so it cannot collect garbage
// before a measurement, and what earlier measurements left in its heap (their garbage,
// the size V8 has grown the old generation to) moves when the next call's collections
// happen, and so its peak. A fresh process per measurement starts both calls alike.
//
// Why v8.GCProfiler and not a setInterval sampler: both calls are synchronous, so a timer
// never fires while they run. Heap use only grows between collections, so its peak is
// either just before one of them (GCProfiler records the heap statistics before and after
// each collection, even inside a synchronous call) or at the end of the call.
//
// "Heap" here is V8's used heap plus its external memory (ArrayBuffer backing stores):
// typed arrays keep their contents outside the JS heap, and a columnar table must not look
// smaller than it is just because its columns are Float64Arrays.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import Papa from 'papaparse';
import { ingestCsvText } from '../src/ingest';

interface GcStat {
  beforeGC: { heapStatistics: { usedHeapSize: number; externalMemory: number } };
}

const [mode, file] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || (mode !== 'papa' && mode !== 'ingest') || !file) {
  console.error('usage: node --expose-gc --import tsx scripts/benchHeap.ts papa|ingest <file>');
  process.exit(2);
}
// The text is allocated (and flattened) before the measurement, so it counts for neither.
const text = readFileSync(file, 'utf8');
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
gc();
gc();
const before = used();
const profiler = new v8.GCProfiler();
profiler.start();
const start = performance.now();
const value: unknown = mode === 'papa' ? Papa.parse(text, { header: false, skipEmptyLines: false }) : ingestCsvText(text, { origin: 'imported' });
const ms = performance.now() - start;
const end = used();
const stats = (profiler.stop() as unknown as { statistics: GcStat[] }).statistics;
let peak = end;
for (const s of stats) peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize + s.beforeGC.heapStatistics.externalMemory);
gc();
const retained = used() - before;
// Keeps the result alive until the retained size has been taken.
const rows = mode === 'papa' ? (value as { data: unknown[] }).data.length : (value as { stats: { accepted: number } }).stats.accepted;
console.log(JSON.stringify({ mode, peak: peak - before, retained, ms, rows, gcs: stats.length }));
