import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  byarInterval,
  compareTwoLevels,
  compareWithBenchmark,
  crudeRate,
  directlyStandardisedRate,
  exactPoissonInterval,
  meanInterval,
  slopeIndexOfInequality,
  wilsonInterval,
  type Outcome,
  type Polarity,
} from './index';
import { exactPoissonByBisection } from './test-helpers';

const confidence = fc.constantFrom(0.9, 0.95, 0.98, 0.99, 0.998);

/** A numerator/denominator pair with 0 ≤ x ≤ n and n ≥ 1. */
const proportionPair = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('properties: Wilson', () => {
  it('lower ≤ value ≤ upper, all within [0, m]', () => {
    fc.assert(
      fc.property(proportionPair, confidence, ([x, n], c) => {
        const r = wilsonInterval(x, n, { confidence: c });
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.lower).toBeLessThanOrEqual(r.value + 1e-9);
        expect(r.value).toBeLessThanOrEqual(r.upper + 1e-9);
        expect(r.upper).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  it('the 99.8% interval contains the 95% interval', () => {
    fc.assert(
      fc.property(proportionPair, ([x, n]) => {
        const a = wilsonInterval(x, n);
        const b = wilsonInterval(x, n, { confidence: 0.998 });
        expect(b.lower).toBeLessThanOrEqual(a.lower);
        expect(b.upper).toBeGreaterThanOrEqual(a.upper);
        expect(b.upper - b.lower).toBeGreaterThan(a.upper - a.lower);
      }),
      { numRuns: 300 },
    );
  });

  it('narrows as the denominator grows at a fixed proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.integer({ min: 2, max: 50 }),
        confidence,
        ([x, n], k, c) => {
          const small = wilsonInterval(x, n, { confidence: c });
          const large = wilsonInterval(k * x, k * n, { confidence: c });
          expect(large.value).toBeCloseTo(small.value, 9);
          expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('properties: counts and rates', () => {
  const count = fc.integer({ min: 0, max: 5000 });
  const population = fc.integer({ min: 1, max: 10_000_000 });

  it('crude rate: lower ≤ value ≤ upper, method exact below 10 and byar from 10', () => {
    fc.assert(
      fc.property(count, population, confidence, (o, n, c) => {
        const r = crudeRate(o, n, { confidence: c });
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.lower).toBeLessThanOrEqual(r.value);
        expect(r.value).toBeLessThanOrEqual(r.upper);
        expect(r.method).toBe(o < 10 ? 'exact' : 'byar');
      }),
      { numRuns: 500 },
    );
  });

  it('crude rate: the 99.8% interval contains the 95% interval', () => {
    fc.assert(
      fc.property(count, population, (o, n) => {
        const a = crudeRate(o, n);
        const b = crudeRate(o, n, { confidence: 0.998 });
        expect(b.lower).toBeLessThanOrEqual(a.lower);
        expect(b.upper).toBeGreaterThan(a.upper);
      }),
      { numRuns: 300 },
    );
  });

  it('exact limits agree with bisection on the Poisson CDF', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), confidence, (o, c) => {
        const r = exactPoissonInterval(o, { confidence: c });
        const ref = exactPoissonByBisection(o, c);
        expect(r.lower).toBeCloseTo(ref.lower, 8);
        expect(r.upper).toBeCloseTo(ref.upper, 8);
      }),
      { numRuns: 100 },
    );
  });

  it('Byar limits bracket the count whenever the lower limit exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), confidence, (o, c) => {
        const r = byarInterval(o, { confidence: c });
        if (r.lower !== null) expect(r.lower).toBeLessThan(o);
        expect(r.upper).toBeGreaterThan(o);
      }),
      { numRuns: 300 },
    );
  });

  it('DSR: suppressed exactly when total events < 10; otherwise the 99.8% interval contains the 95%', () => {
    const band = fc.record({ count: fc.integer({ min: 0, max: 40 }), population: fc.integer({ min: 1, max: 50000 }) });
    fc.assert(
      fc.property(fc.array(band, { minLength: 19, maxLength: 19 }), (bands) => {
        const total = bands.reduce((s, b) => s + b.count, 0);
        const a = directlyStandardisedRate(bands);
        const b = directlyStandardisedRate(bands, { confidence: 0.998 });
        expect(a.suppressed).toBe(total < 10);
        expect(a.count).toBe(total);
        if (!a.suppressed && !b.suppressed) {
          expect(a.lower).toBeLessThanOrEqual(a.value);
          expect(a.value).toBeLessThanOrEqual(a.upper);
          expect(b.lower).toBeLessThanOrEqual(a.lower);
          expect(b.upper).toBeGreaterThanOrEqual(a.upper);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('mean: lower ≤ mean ≤ upper and 99.8% contains 95%', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (xs) => {
        const a = meanInterval(xs);
        const b = meanInterval(xs, { confidence: 0.998 });
        expect(a.lower).toBeLessThanOrEqual(a.value + 1e-9);
        expect(a.value).toBeLessThanOrEqual(a.upper + 1e-9);
        expect(b.lower).toBeLessThanOrEqual(a.lower + 1e-9);
        expect(b.upper).toBeGreaterThanOrEqual(a.upper - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties: benchmark comparison', () => {
  const flip: Record<Polarity, Polarity> = {
    'high-is-good': 'low-is-good',
    'low-is-good': 'high-is-good',
    'no-judgement': 'no-judgement',
  };
  const swapped: Partial<Record<Outcome, Outcome>> = { better: 'worse', worse: 'better', best: 'worst', worst: 'best' };
  const swap = (o: Outcome): Outcome => swapped[o] ?? o;
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const polarity = fc.constantFrom<Polarity>('high-is-good', 'low-is-good', 'no-judgement');

  it('flipping polarity swaps better and worse and leaves the rest', () => {
    fc.assert(
      fc.property(finite, finite, finite, polarity, (x, y, bench, p) => {
        const ci = { lower: Math.min(x, y), upper: Math.max(x, y) };
        const a = compareWithBenchmark(ci, bench, p);
        const b = compareWithBenchmark(ci, bench, flip[p]);
        expect(b).toBe(swap(a));
      }),
      { numRuns: 500 },
    );
  });

  it('no-judgement gives higher/lower exactly where the judged polarities give better/worse', () => {
    fc.assert(
      fc.property(finite, finite, finite, (x, y, bench) => {
        const ci = { lower: Math.min(x, y), upper: Math.max(x, y) };
        const judged = compareWithBenchmark(ci, bench, 'high-is-good');
        const neutral = compareWithBenchmark(ci, bench, 'no-judgement');
        const expected = judged === 'better' ? 'higher' : judged === 'worse' ? 'lower' : judged;
        expect(neutral).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('two-level comparison is symmetric under polarity flip and agrees with the 95% single level', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 4, maxLength: 4 }), finite, polarity, (xs, bench, p) => {
        const [l998, l95, u95, u998] = [...xs].sort((a, b) => a - b) as [number, number, number, number];
        const ci = { lower95: l95, upper95: u95, lower998: l998, upper998: u998 };
        const a = compareTwoLevels(ci, bench, p);
        expect(compareTwoLevels(ci, bench, flip[p])).toBe(swap(a));
        const single = compareWithBenchmark({ lower: l95, upper: u95 }, bench, p);
        const collapsed = a === 'best' ? 'better' : a === 'worst' ? 'worse' : a;
        expect(collapsed).toBe(single);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties: SII reproducibility', () => {
  const group = fc.record({
    population: fc.integer({ min: 100, max: 100000 }),
    value: fc.double({ min: 1, max: 1000, noNaN: true }),
    se: fc.double({ min: 0.1, max: 50, noNaN: true }),
  });
  const groups = fc.array(group, { minLength: 2, maxLength: 10 });
  const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

  it('the same seed repeats exactly; a different seed changes the limits but not the point estimates', () => {
    fc.assert(
      fc.property(groups, seed, seed, (gs, s1, s2) => {
        fc.pre(s1 !== s2);
        const options = { valueType: 'other' as const, repetitions: 1000 };
        const a = slopeIndexOfInequality(gs, { ...options, seed: s1 });
        const again = slopeIndexOfInequality(gs, { ...options, seed: s1 });
        const other = slopeIndexOfInequality(gs, { ...options, seed: s2 });
        expect(again).toEqual(a);
        expect(other.sii).toBe(a.sii);
        expect(other.rii).toBe(a.rii);
        expect(other.intercept).toBe(a.intercept);
        expect([other.lower, other.upper]).not.toEqual([a.lower, a.upper]);
      }),
      { numRuns: 25 },
    );
  });

  it('limits are ordered and, for a linear fit on normal draws, bracket the SII', () => {
    fc.assert(
      fc.property(groups, seed, (gs, s) => {
        const r = slopeIndexOfInequality(gs, { valueType: 'other', repetitions: 2000, seed: s });
        expect(r.lower).toBeLessThanOrEqual(r.upper);
        expect(r.lower).toBeLessThan(r.sii);
        expect(r.upper).toBeGreaterThan(r.sii);
      }),
      { numRuns: 25 },
    );
  });
});
