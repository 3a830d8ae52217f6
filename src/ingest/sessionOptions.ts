// The checks of an ingest run's options, and the result of input that could not be parsed. Split out of session.ts.

import { listSome } from './areas';
import { describeIssues, IndicatorMetaSchema, IngestOptionsSchema, KnownAreaSchema } from './schemas';
import type { IndicatorMeta } from '../domain/indicators';
import { attachTable, RowTable } from './rowTable';
import type { IngestOptions, IngestResult, KnownArea } from './result';

/** An IngestResult's fields other than its rows (which attachTable adds, non-enumerable). */
export type ResultFields = Omit<IngestResult, 'rows' | 'table'>;

/** Validates the options with zod; drops what is invalid and says so. */
export function checkOptions(options: IngestOptions, warnings: string[]): IngestOptions {
  if (options === null || typeof options !== 'object') return {};
  const out: IngestOptions = { ...options };
  const base = IngestOptionsSchema.safeParse(options);
  if (!base.success) {
    // Drop only the options that are wrong; keep the rest.
    for (const issue of base.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string') delete (out as Record<string, unknown>)[key];
    }
    warnings.push(`Some options were not valid and were ignored: ${describeIssues(base.error)}.`);
  }
  if (out.metadata) {
    const good: IndicatorMeta[] = [];
    const bad: string[] = [];
    out.metadata.forEach((m, i) => {
      const r = IndicatorMetaSchema.safeParse(m);
      if (r.success) good.push(m);
      else bad.push(`entry ${i + 1}${typeof (m as { id?: unknown })?.id === 'string' ? ` (${(m as { id: string }).id})` : ''}: ${describeIssues(r.error, 2)}`);
    });
    if (bad.length) warnings.push(`${bad.length} metadata entr${bad.length === 1 ? 'y is' : 'ies are'} not valid and ${bad.length === 1 ? 'was' : 'were'} ignored: ${listSome(bad, 5)}.`);
    out.metadata = good;
  }
  if (out.knownAreas) {
    const good: KnownArea[] = [];
    let bad = 0;
    for (const a of out.knownAreas) {
      if (KnownAreaSchema.safeParse(a).success) good.push(a);
      else bad++;
    }
    if (bad) warnings.push(`${bad} entr${bad === 1 ? 'y' : 'ies'} of the area lookup ${bad === 1 ? 'is' : 'are'} not valid (code, name and type are needed) and ${bad === 1 ? 'was' : 'were'} ignored.`);
    out.knownAreas = good;
  }
  return out;
}

/** A result for input that could not be parsed at all. */
export function failedResult(error: string, warnings: string[] = [], extra: Partial<ResultFields> = {}): IngestResult {
  const fields: ResultFields = {
    format: 'unknown',
    indicators: [],
    rejected: [],
    warnings,
    stats: { read: 0, accepted: 0, rejected: 0 },
    error,
    ...extra,
  };
  return attachTable(fields, new RowTable());
}
