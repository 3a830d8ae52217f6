// Declarative validation with zod. zod checks everything structured that reaches the
// ingester from outside the CSV text: the metadata sidecar (indicators-meta.json), the
// area lookup, the user's column mapping and the options object as a whole (it may arrive
// through postMessage from the UI). The per-field number rule is also written here as a
// zod schema; the hot row loop uses the hand-written parseNumber (numbers.ts) for speed,
// and the tests check that both give the same answer on generated input, and that every
// row the ingester accepts satisfies IndicatorRowSchema.

import { z } from 'zod';
import { MISSING_MARKERS } from './numbers';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod's JIT would probe
// `new Function` (reported as a violation even though the error is caught), so it is turned off.
z.config({ jitless: true });
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { ColumnMapping, KnownArea } from './result';

/** Digits with optional thousands grouping, decimals and exponent; at least one digit. */
const NUMBER_TEXT = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/**
 * One numeric CSV field (comma-delimited file): a finite number, or null for a
 * missing-value marker. Rejects "12abc", "1,23", hex, Infinity.
 */
export const NumericFieldSchema = z.string().transform((raw, ctx): number | null => {
  const s = raw.trim();
  if (MISSING_MARKERS.has(s.toLowerCase())) return null;
  if (!NUMBER_TEXT.test(s)) {
    ctx.addIssue({ code: 'custom', message: `not a number: ${JSON.stringify(raw)}` });
    return z.NEVER;
  }
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: `number out of range: ${JSON.stringify(raw)}` });
    return z.NEVER;
  }
  return n;
});

const finiteOrNull = z.number().finite().nullable();
const nonNegativeOrNull = z.number().finite().nonnegative().nullable();

export const CiMethodSchema = z.enum(['published', 'wilson', 'byar', 'exact', 'dobson', 'none']);
export const ValueTypeSchema = z.enum(['proportion', 'rate', 'score', 'count', 'years', 'rank', 'other']);
export const PolaritySchema = z.enum(['high-is-good', 'low-is-good', 'no-judgement']);

export const IndicatorMetaSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string(),
  definition: z.string(),
  whyItMatters: z.string(),
  unit: z.string(),
  valueType: ValueTypeSchema,
  multiplier: z.number().finite().positive().nullable(),
  polarity: PolaritySchema,
  comparisonLevel: z.union([z.literal(0.95), z.literal(0.998)]),
  geographies: z.array(z.string()),
  theme: z.string(),
  period: z.string(),
  source: z.string(),
  sourceFiles: z.array(z.string()),
  publisher: z.string(),
  licence: z.string(),
  attribution: z.string(),
  caveats: z.array(z.string()),
  origin: z.enum(['bundled', 'imported']),
  // Optional roles an indicator can carry (bundled or imported): see IndicatorMeta.
  subject: z.string().trim().min(1).optional(),
  population: z.string().trim().min(1).optional(),
  continues: z.array(z.string().trim().min(1)).optional(),
  continuesNote: z.string().optional(),
  englandLsoaTenths: z.array(z.number().finite()).length(9).optional(),
  decimals: z.number().int().min(0).max(4).optional(),
  superseded: z.string().optional(),
  referenceLine: z.object({ value: z.number().finite(), label: z.string().trim().min(1) }).optional(),
});

/** What every accepted row must satisfy (the tests use it as an oracle on real and random files). */
export const IndicatorRowSchema = z.object({
  indicatorId: z.string().min(1),
  areaCode: z.string().min(1),
  areaName: z.string(),
  areaType: z.string(),
  sex: z.string(),
  age: z.string(),
  categoryType: z.string(),
  category: z.string(),
  period: z.string(),
  value: finiteOrNull,
  lower95: finiteOrNull,
  upper95: finiteOrNull,
  lower998: finiteOrNull,
  upper998: finiteOrNull,
  count: nonNegativeOrNull,
  denominator: nonNegativeOrNull,
  valueNote: z.string(),
  ciMethod: CiMethodSchema,
  publishedComparison: z.string(),
});

export const KnownAreaSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string(),
  type: z.string(),
});

const GenericValueColumnSchema = z.object({
  column: z.string().min(1),
  indicatorId: z.string().trim().min(1),
  name: z.string(),
  unit: z.string().optional(),
  valueType: ValueTypeSchema.optional(),
  multiplier: z.number().finite().positive().nullable().optional(),
});

const optionalColumn = z.string().min(1).nullable().optional();

export const ColumnMappingSchema = z
  .object({
    areaCode: z.string().min(1).nullable(),
    areaName: z.string().min(1).nullable(),
    period: z.string().min(1).nullable(),
    fixedPeriod: z.string().optional(),
    values: z.array(GenericValueColumnSchema).min(1, 'choose at least one value column'),
    count: optionalColumn,
    denominator: optionalColumn,
    lower95: optionalColumn,
    upper95: optionalColumn,
    category: optionalColumn,
    categoryType: z.string().optional(),
    sex: optionalColumn,
    age: optionalColumn,
    allowDuplicates: z.boolean().optional(),
  })
  .refine((m) => m.areaCode !== null || m.areaName !== null, { message: 'choose an area code or an area name column' })
  .refine((m) => m.values.length === 1 || (!m.count && !m.denominator && !m.lower95 && !m.upper95), {
    message: 'count, denominator and limits can only be mapped when there is exactly one value column',
  })
  .refine((m) => new Set(m.values.map((v) => v.indicatorId)).size === m.values.length, {
    message: 'each value column needs its own indicator id',
  });

export const IngestOptionsSchema = z.object({
  fileName: z.string().optional(),
  metadata: z.array(z.unknown()).optional(),
  knownAreas: z.array(z.unknown()).optional(),
  knownAreasLabel: z.string().optional(),
  columnMapping: z.unknown().optional(),
  origin: z.enum(['bundled', 'imported']).optional(),
});

// Compile-time checks that the schemas and the hand-written types agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const metaAgrees: Same<z.infer<typeof IndicatorMetaSchema>, Omit<IndicatorMeta, 'geographies' | 'comparisonLevel'> & { geographies: string[]; comparisonLevel: 0.95 | 0.998 }> = true;
const rowAgrees: Same<z.infer<typeof IndicatorRowSchema>, Omit<IndicatorRow, 'areaType'> & { areaType: string }> = true;
const areaAgrees: Same<z.infer<typeof KnownAreaSchema>, Omit<KnownArea, 'type'> & { type: string }> = true;
const mappingFits: z.infer<typeof ColumnMappingSchema> extends ColumnMapping ? true : false = true;
void metaAgrees;
void rowAgrees;
void areaAgrees;
void mappingFits;

/** Formats the first few zod issues as one sentence. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
