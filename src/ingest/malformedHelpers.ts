// Helpers of the malformed-input tests (malformed.*.test.ts). SYNTHETIC metadata and bytes only.

import { expect } from 'vitest';
import { ingestCsvText, IndicatorRowSchema } from './index';
import { canonicalCsv, meta } from './test-helpers';
import type { IngestResult } from './result';

export const META = [
  meta('p1'),
  meta('r1', { valueType: 'rate', multiplier: 100000, unit: 'per 100,000' }),
  meta('d1', { valueType: 'rate', multiplier: 100000, unit: 'per 100,000, age-standardised' }),
];

export function ok(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected).toHaveLength(r.stats.rejected);
  for (const row of r.rows) expect(IndicatorRowSchema.safeParse(row).success).toBe(true);
}

export function canon(records: Parameters<typeof canonicalCsv>[0], options = {}): IngestResult {
  const r = ingestCsvText(canonicalCsv(records), { metadata: META, ...options });
  ok(r);
  return r;
}

export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01,
  0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

export function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    o = 2;
  }
  for (let i = 0; i < s.length; i++) {
    out[o + 2 * i] = s.charCodeAt(i) & 0xff;
    out[o + 2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
