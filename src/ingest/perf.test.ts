// Speed on a large SYNTHETIC canonical file (generated values, not real data).
// The brief's target is ~1.3x the time of bare papaparse (Papa.parse on the same text,
// which only builds arrays of strings); that figure is measured by `npm run bench`
// (scripts/bench.ts), not here: on a shared machine, with other test files running in
// parallel, single timings swing by +-50%. Measured for this code: ~1.1-1.25x at 1,000,000
// rows, 1.1-1.7x at 400,000 rows depending on load. This test alternates the two, keeps
// the best of each and asserts a loose 2.5x bound: it should not flake, yet anything
// quadratic in the number of rows (e.g. re-scanning or copying everything read so far for
// each chunk or row) fails it by a wide margin at this size.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ingestCsvText } from './index';
import { canonicalCsv, meta } from './test-helpers';
import { CANONICAL_COLUMNS } from '../domain/indicators';

const N = 300_000;
const META = Array.from({ length: 20 }, (_, i) => meta(`ind${i}`, i % 2 ? {} : { valueType: 'rate', multiplier: 100000 }));

function bigCanonical(n: number): string {
  const lines: string[] = [CANONICAL_COLUMNS.join(',')];
  const sexes = ['Persons', 'Male', 'Female'];
  let k = 0;
  for (let p = 2000; k < n; p++) {
    for (let ind = 0; ind < 20 && k < n; ind++) {
      for (let a = 0; a < 3400 && k < n; a++) {
        for (const s of sexes) {
          if (k++ >= n) break;
          const v = ((a * 7919 + ind * 104729 + p) % 5000) / 100;
          lines.push(
            `ind${ind},E01${String(a).padStart(6, '0')},Synthetic area ${a},LSOA,${s},All ages,,,${p},${v},${(v - 1).toFixed(4)},${(v + 1).toFixed(4)},${(v - 2).toFixed(4)},${(v + 2).toFixed(4)},${a % 300},${1000 + a},,published,Similar`,
          );
        }
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** Alternates the two functions and keeps the best time of each, so that load from other
 * processes (or other test files running in parallel) affects both alike. */
function interleaved(a: () => void, b: () => void, rounds: number): [number, number] {
  let ta = Infinity;
  let tb = Infinity;
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    a();
    ta = Math.min(ta, performance.now() - t);
    t = performance.now();
    b();
    tb = Math.min(tb, performance.now() - t);
  }
  return [ta, tb];
}

describe('large canonical file', () => {
  it(`ingests ${N.toLocaleString('en-GB')} rows within 2.5x of bare papaparse (no pathological slowdown)`, () => {
    const text = bigCanonical(N);
    // Warm both up on a small file first.
    const small = canonicalCsv([{}]);
    Papa.parse(small);
    ingestCsvText(small, { metadata: META });

    let rows = 0;
    let accepted = 0;
    const [papa, ours] = interleaved(
      () => {
        rows = Papa.parse<string[]>(text).data.length;
      },
      () => {
        const r = ingestCsvText(text, { metadata: META });
        accepted = r.stats.accepted;
        expect(r.stats.rejected).toBe(0);
      },
      3,
    );
    expect(rows).toBe(N + 2); // header + trailing empty record
    expect(accepted).toBe(N);
    console.info(`[ingest perf] ${N} rows: papaparse ${papa.toFixed(0)} ms, ingestCsvText ${ours.toFixed(0)} ms (${(ours / papa).toFixed(2)}x)`);
    expect(ours / papa).toBeLessThan(2.5);
  });
});
