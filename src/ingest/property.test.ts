// Property-based tests (fast-check). All inputs are SYNTHETIC: random bytes, and random
// mutations of a small valid canonical file written below.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ingestCsvStream, ingestCsvText, IndicatorRowSchema } from './index';
import { canonicalCsv, meta, YORK_AREAS } from './test-helpers';
import type { IngestResult } from './result';

const META = [meta('p1'), meta('r1', { valueType: 'rate', multiplier: 100000 })];

const VALID = canonicalCsv(
  [
    {},
    { 'Area Code': 'E05010312', 'Area Name': 'Bishopthorpe', Value: '*' },
    { 'Area Code': 'E05010313', 'Area Name': 'Clifton', 'Value note': 'note, with "quotes"' },
    { 'Indicator ID': 'r1', Value: '500', Count: '5', Denominator: '1000', 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': '' },
    { 'Category Type': 'Deprivation', Category: 'Most deprived "quintile"\nline two' },
    { 'Area Code': 'E06000014', 'Area Name': 'York', 'Area Type': '', Count: '1,234', Denominator: '99,999' },
  ],
  '\r\n',
);

// Larger than the 4 KB the ingester reads before it starts parsing, so that chunked reads
// really carry unfinished records from one chunk to the next.
const VALID_BIG = canonicalCsv(
  Array.from({ length: 60 }, (_, i) => ({
    'Area Code': `E0${String(5010311 + i)}`,
    'Area Name': `Ward "${i}", with comma`,
    'Value note': i % 5 === 0 ? 'two\nlines' : '',
    Value: i % 9 === 0 ? '*' : String(i),
  })),
  '\r\n',
);

function invariants(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected).toHaveLength(r.stats.rejected);
  expect(r.stats.read).toBeGreaterThanOrEqual(0);
  expect(Array.isArray(r.warnings)).toBe(true);
  for (const row of r.rows) {
    const z = IndicatorRowSchema.safeParse(row);
    expect(z.success, JSON.stringify(row)).toBe(true);
  }
  if (r.format === 'canonical') expect(r.rows).toHaveLength(r.stats.accepted);
  for (let i = 1; i < r.rejected.length; i++) expect(r.rejected[i]!.line).toBeGreaterThan(r.rejected[i - 1]!.line);
  for (const x of r.rejected) expect(x.reason.length).toBeGreaterThan(5);
}

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number };

const piece = fc.constantFrom(',', '"', '\n', '\r\n', '\r', ';', '\t', ' ', '*', '-1', '12abc', '1,234', '\u0000', 'x', '9'.repeat(400), 'E05010311', 'NA', '<b>', '=cmd', '\uFEFF', '£', '\uD83D');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(piece, fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function apply(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const n = t.length;
    if (m.kind === 'insert') {
      const at = n === 0 ? 0 : m.at % (n + 1);
      t = t.slice(0, at) + m.text + t.slice(at);
    } else if (m.kind === 'delete') {
      if (n === 0) continue;
      const at = m.at % n;
      t = t.slice(0, at) + t.slice(at + m.length);
    } else if (m.kind === 'truncate') {
      t = t.slice(0, n === 0 ? 0 : m.at % n);
    } else {
      const lines = t.split('\n');
      if (m.kind === 'duplicateLine') {
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]!);
      } else {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      t = lines.join('\n');
    }
  }
  return t;
}

describe('properties', () => {
  it('the unmutated file is fully accepted (so mutations start from a valid file)', () => {
    const r = ingestCsvText(VALID, { metadata: META, knownAreas: YORK_AREAS });
    expect(r.stats).toEqual({ read: 6, accepted: 6, rejected: 0 });
    invariants(r);
    expect(VALID_BIG.length).toBeGreaterThan(4096);
    expect(ingestCsvText(VALID_BIG, { metadata: META }).stats).toEqual({ read: 60, accepted: 60, rejected: 0 });
  });

  it('random bytes, decoded, never throw and keep read === accepted + rejected', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, withHeader) => {
        const prefix = withHeader ? new TextEncoder().encode('area_code,area_name,period,indicator,value\n') : new Uint8Array();
        const all = new Uint8Array([...prefix, ...bytes]);
        const d = decodeBytes(all);
        expect(typeof d.text).toBe('string');
        const r = ingestCsvText(d.text, { metadata: META });
        invariants(r);
      }),
      { numRuns: 400 },
    );
  });

  it('random mutations of a valid canonical file never throw and keep the invariants', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const text = apply(VALID, ms);
        const r = ingestCsvText(text, { metadata: META, knownAreas: YORK_AREAS });
        invariants(r);
        // Nothing can be accepted that is not in the text: accepted <= non-blank lines.
        expect(r.stats.accepted).toBeLessThanOrEqual(text.split(/\r\n|\n|\r/).length);
      }),
      { numRuns: 600 },
    );
  });

  it('the stream and text entry points agree on mutated files, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 4 }), fc.integer({ min: 1, max: 700 }), fc.boolean(), async (ms, chunkSize, asBlob) => {
        const text = apply(VALID_BIG, ms);
        const a = ingestCsvText(text, { metadata: META });
        const source = asBlob ? new Blob([text]) : text;
        const b = await ingestCsvStream(source, { metadata: META, chunkSize });
        invariants(b);
        // A Blob holding a lone surrogate is re-encoded as U+FFFD, so compare on stats then.
        if (!asBlob || !/[\uD800-\uDFFF]/.test(text)) {
          expect(b.rows).toEqual(a.rows);
          expect(b.rejected).toEqual(a.rejected);
          expect(b.format).toBe(a.format);
          expect(b.error).toBe(a.error);
        }
      }),
      { numRuns: 150 },
    );
  });
});
