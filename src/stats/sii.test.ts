import { describe, expect, it } from 'vitest';
import { percentileRanks, rankMidpoints, slopeIndexOfInequality, type SiiGroup } from './index';

const Z95 = 1.959963984540054;

/** Independent WLS by weighted means: β₁ = Σa(b−b̄)(y−ȳ)/Σa(b−b̄)², β₀ = ȳ − β₁b̄. */
function weightedFit(pops: number[], y: number[]) {
  const { a, b } = rankMidpoints(pops);
  const bBar = a.reduce((s, aj, j) => s + aj * (b[j] ?? 0), 0);
  const yBar = a.reduce((s, aj, j) => s + aj * (y[j] ?? 0), 0);
  const sbb = a.reduce((s, aj, j) => s + aj * ((b[j] ?? 0) - bBar) ** 2, 0);
  const sby = a.reduce((s, aj, j) => s + aj * ((b[j] ?? 0) - bBar) * ((y[j] ?? 0) - yBar), 0);
  const beta1 = sby / sbb;
  /** sd of β₁ when y_j has standard error se_j: √Σ(a_j(b_j−b̄)/sbb)² se_j². */
  const slopeSd = (se: number[]) =>
    Math.sqrt(a.reduce((s, aj, j) => s + ((aj * ((b[j] ?? 0) - bBar)) / sbb) ** 2 * (se[j] ?? 0) ** 2, 0));
  return { beta0: yBar - beta1 * bBar, beta1, slopeSd };
}

describe('rankMidpoints', () => {
  it('puts each quantile at the middle of its slice of the population (12% → 0.06, then 0.17)', () => {
    const { a, b } = rankMidpoints([12, 10, 78]);
    expect(a[0]).toBeCloseTo(0.12, 14);
    expect(b[0]).toBeCloseTo(0.06, 14);
    expect(b[1]).toBeCloseTo(0.17, 14);
    expect(b[2]).toBeCloseTo(0.61, 14);
  });
});

describe('percentileRanks', () => {
  it.each([
    [100000, 0.95, 2500, 97500],
    [1000, 0.95, 25, 975],
    [10000, 0.998, 10, 9990],
    [1000, 0.998, 1, 999],
    [10000, 0.9, 500, 9500],
  ])('R = %s at %s → %s and %s', (r, c, lower, upper) => {
    expect(percentileRanks(r, c)).toEqual({ lower, upper });
  });
});

describe('slopeIndexOfInequality: point estimates', () => {
  it('recovers an exactly linear gradient: y = 10 + 5b gives SII 5, intercept 10, RII 1.5', () => {
    const pops = [100, 200, 300, 400, 500];
    const { b } = rankMidpoints(pops);
    const groups = pops.map((population, j) => ({ population, value: 10 + 5 * (b[j] ?? 0), se: 0.5 }));
    const r = slopeIndexOfInequality(groups, { valueType: 'other', repetitions: 1000 });
    expect(r.sii).toBeCloseTo(5, 12);
    expect(r.intercept).toBeCloseTo(10, 12);
    expect(r.rii).toBeCloseTo(1.5, 12);
  });

  // Values from an independent Python computation by weighted means.
  const pops = [1200, 1000, 1500, 900, 1100];
  it('value type other: matches the weighted-means fit', () => {
    const values = [82.1, 75.3, 70.2, 66.8, 60.0];
    const r = slopeIndexOfInequality(
      pops.map((population, j) => ({ population, value: values[j] ?? 0, se: 1 })),
      { valueType: 'other', repetitions: 1000 },
    );
    expect(r.sii).toBeCloseTo(-26.188124046771723, 11);
    expect(r.intercept).toBeCloseTo(84.18879886549112, 11);
    expect(r.rii).toBeCloseTo(0.6889357681820284, 12);
  });

  const rates = [820, 700, 640, 560, 480];
  const rateGroups: SiiGroup[] = rates.map((value, j) => ({
    population: pops[j] ?? 0,
    value,
    lower: value * Math.exp(-Z95 * 0.05),
    upper: value * Math.exp(Z95 * 0.05),
  }));

  it('rates without transform: linear fit on the rates', () => {
    const r = slopeIndexOfInequality(rateGroups, { valueType: 'rate', repetitions: 1000 });
    expect(r.sii).toBeCloseTo(-407.0076258261312, 9);
    expect(r.intercept).toBeCloseTo(848.4160936148199, 9);
    expect(r.rii).toBeCloseTo(0.5202735675463127, 12);
  });

  it('rates with transform: log-linear fit, back-transformed', () => {
    const r = slopeIndexOfInequality(rateGroups, { valueType: 'rate', transform: true, repetitions: 1000 });
    expect(r.sii).toBeCloseTo(-412.9791715721604, 9);
    expect(r.rii).toBeCloseTo(0.5273213660717315, 12);
    expect(r.intercept).toBeCloseTo(873.6996807747232, 9);
  });

  it('proportions with transform and multiplier 100 (percentage points)', () => {
    const props = [0.3, 0.26, 0.22, 0.2, 0.15];
    const groups = props.map((value, j) => ({ population: pops[j] ?? 0, value, lower: value - 0.02, upper: value + 0.02 }));
    const r = slopeIndexOfInequality(groups, { valueType: 'proportion', transform: true, multiplier: 100, repetitions: 1000 });
    expect(r.sii).toBeCloseTo(-18.09897441658966, 10);
    expect(r.rii).toBeCloseTo(0.4452811774888739, 12);
    expect(r.intercept).toBeCloseTo(32.62729455376763, 10);
  });

  it('a negative multiplier flips the SII and inverts the RII', () => {
    const pos = slopeIndexOfInequality(rateGroups, { valueType: 'rate', repetitions: 1000 });
    const neg = slopeIndexOfInequality(rateGroups, { valueType: 'rate', repetitions: 1000, multiplier: -1 });
    expect(neg.sii).toBeCloseTo(-pos.sii, 10);
    expect(neg.rii).toBeCloseTo(1 / pos.rii, 12);
  });

  it('point estimates do not depend on the seed or repetitions', () => {
    const a = slopeIndexOfInequality(rateGroups, { valueType: 'rate', transform: true, seed: 1, repetitions: 1000 });
    const b = slopeIndexOfInequality(rateGroups, { valueType: 'rate', transform: true, seed: 2, repetitions: 2000 });
    expect([a.sii, a.rii, a.intercept]).toEqual([b.sii, b.rii, b.intercept]);
    expect(a.lower).not.toBe(b.lower);
  });
});

describe('slopeIndexOfInequality: Monte Carlo limits', () => {
  const pops = [1200, 1000, 1500, 900, 1100, 1300, 800];
  const values = [90, 84, 80, 71, 70, 64, 55];
  const se = [3, 2.5, 2, 3.5, 2.2, 2.8, 4];

  it('value type other: limits ≈ β₁ ∓ z·sd(β₁) for normal draws (R = 10 000)', () => {
    const ref = weightedFit(pops, values);
    const sd = ref.slopeSd(se);
    const r = slopeIndexOfInequality(
      pops.map((population, j) => ({ population, value: values[j] ?? 0, se: se[j] ?? 0 })),
      { valueType: 'other', repetitions: 10000, seed: 2024 },
    );
    expect(r.sii).toBeCloseTo(ref.beta1, 10);
    // The Monte Carlo error of a 2.5% quantile with R = 10 000 is about 0.03·sd.
    expect(Math.abs(r.lower - (ref.beta1 - Z95 * sd))).toBeLessThan(0.1 * sd);
    expect(Math.abs(r.upper - (ref.beta1 + Z95 * sd))).toBeLessThan(0.1 * sd);
    expect(r.riiLower).toBeLessThan(r.rii);
    expect(r.riiUpper).toBeGreaterThan(r.rii);
  });

  it('99.8% limits are wider, using the 0.1% and 99.9% points', () => {
    const ref = weightedFit(pops, values);
    const sd = ref.slopeSd(se);
    const groups = pops.map((population, j) => ({ population, value: values[j] ?? 0, se: se[j] ?? 0 }));
    const r = slopeIndexOfInequality(groups, { valueType: 'other', repetitions: 10000, confidence: 0.998, seed: 5 });
    expect(Math.abs(r.lower - (ref.beta1 - 3.090232306167813 * sd))).toBeLessThan(0.25 * sd);
    expect(Math.abs(r.upper - (ref.beta1 + 3.090232306167813 * sd))).toBeLessThan(0.25 * sd);
    expect(r.upper - r.lower).toBeGreaterThan(2 * 2.5758293035489 * sd);
  });

  it('derives the se from 95% limits with z(0.975), whatever the SII confidence', () => {
    const withSe = pops.map((population, j) => ({ population, value: values[j] ?? 0, se: se[j] ?? 0 }));
    const withLimits = pops.map((population, j) => ({
      population,
      value: values[j] ?? 0,
      lower: (values[j] ?? 0) - Z95 * (se[j] ?? 0),
      upper: (values[j] ?? 0) + Z95 * (se[j] ?? 0),
    }));
    for (const confidence of [0.95, 0.998]) {
      const a = slopeIndexOfInequality(withSe, { valueType: 'other', repetitions: 2000, confidence, seed: 3 });
      const b = slopeIndexOfInequality(withLimits, { valueType: 'other', repetitions: 2000, confidence, seed: 3 });
      expect(b.lower).toBeCloseTo(a.lower, 9);
      expect(b.upper).toBeCloseTo(a.upper, 9);
    }
  });

  it('rates with transform: limits map the log-scale slope percentiles round the midpoint', () => {
    const sLog = [0.04, 0.05, 0.03, 0.06, 0.05, 0.04, 0.07];
    const groups = pops.map((population, j) => {
      const value = (values[j] ?? 0) * 10;
      return { population, value, lower: value * Math.exp(-Z95 * (sLog[j] ?? 0)), upper: value * Math.exp(Z95 * (sLog[j] ?? 0)) };
    });
    const ref = weightedFit(pops, groups.map((g) => Math.log(g.value)));
    const sd = ref.slopeSd(sLog);
    const mu = ref.beta0 + ref.beta1 / 2;
    const siiAt = (s: number) => Math.exp(mu + s / 2) - Math.exp(mu - s / 2);
    const r = slopeIndexOfInequality(groups, { valueType: 'rate', transform: true, repetitions: 10000, seed: 11 });
    const expectLower = siiAt(ref.beta1 - Z95 * sd);
    const expectUpper = siiAt(ref.beta1 + Z95 * sd);
    const tol = 0.1 * (siiAt(ref.beta1 + sd) - siiAt(ref.beta1));
    expect(Math.abs(r.lower - expectLower)).toBeLessThan(tol);
    expect(Math.abs(r.upper - expectUpper)).toBeLessThan(tol);
    expect(r.riiLower).toBeCloseTo(Math.exp(ref.beta1 - Z95 * sd), 1);
    expect(r.riiUpper).toBeCloseTo(Math.exp(ref.beta1 + Z95 * sd), 1);
  });

  it('with transform, a negative multiplier swaps the ends and inverts the RII exactly', () => {
    const groups = pops.map((population, j) => {
      const value = (values[j] ?? 0) / 100;
      return { population, value, lower: value - 0.03, upper: Math.min(0.99, value + 0.03) };
    });
    const opts = { valueType: 'proportion' as const, transform: true, repetitions: 2000, seed: 8 };
    const pos = slopeIndexOfInequality(groups, opts);
    const neg = slopeIndexOfInequality(groups, { ...opts, multiplier: -1 });
    expect(neg.lower).toBeCloseTo(-pos.upper, 12);
    expect(neg.upper).toBeCloseTo(-pos.lower, 12);
    expect(neg.riiLower).toBeCloseTo(1 / pos.riiUpper, 12);
    expect(neg.riiUpper).toBeCloseTo(1 / pos.riiLower, 12);
  });

  it('with transform, a positive multiplier below 1 does not swap (PIM quirk not copied)', () => {
    const rateGroups = pops.map((population, j) => {
      const value = (values[j] ?? 0) * 10;
      return { population, value, lower: value * 0.9, upper: value * 1.1 };
    });
    const r = slopeIndexOfInequality(rateGroups, { valueType: 'rate', transform: true, multiplier: 0.5, repetitions: 1000 });
    expect(r.lower).toBeLessThan(r.sii);
    expect(r.upper).toBeGreaterThan(r.sii);
  });

  it('runs with the default 100 000 repetitions and a default seed (reproducible)', () => {
    const groups = pops.map((population, j) => ({ population, value: values[j] ?? 0, se: se[j] ?? 0 }));
    const a = slopeIndexOfInequality(groups, { valueType: 'other' });
    const b = slopeIndexOfInequality(groups, { valueType: 'other' });
    expect(a).toEqual(b);
    const ref = weightedFit(pops, values);
    const sd = ref.slopeSd(se);
    expect(Math.abs(a.lower - (ref.beta1 - Z95 * sd))).toBeLessThan(0.03 * sd);
  });
});

describe('slopeIndexOfInequality: validation', () => {
  const good = [
    { population: 100, value: 5, se: 1 },
    { population: 200, value: 4, se: 1 },
    { population: 150, value: 3, se: 1 },
  ];
  it.each([
    ['fewer than 2 groups', [good[0]], { valueType: 'other' }],
    ['no groups', [], { valueType: 'other' }],
    ['a zero population', [...good, { population: 0, value: 1, se: 1 }], { valueType: 'other' }],
    ['a NaN population', [...good, { population: Number.NaN, value: 1, se: 1 }], { valueType: 'other' }],
    ['a negative se', [...good, { population: 10, value: 1, se: -1 }], { valueType: 'other' }],
    ['no se and no limits', [...good, { population: 10, value: 1 }], { valueType: 'other' }],
    ['a NaN value', [...good, { population: 10, value: Number.NaN, se: 1 }], { valueType: 'other' }],
    ['a zero rate', [...good, { population: 10, value: 0, se: 1 }], { valueType: 'rate' }],
    ['a percentage as a proportion', [...good, { population: 10, value: 45, se: 1 }], { valueType: 'proportion' }],
    ['inverted limits', [...good, { population: 10, value: 1, lower: 2, upper: 0.5 }], { valueType: 'other' }],
    ['transform without limits', good, { valueType: 'rate', transform: true }],
    ['too few repetitions', good, { valueType: 'other', repetitions: 999 }],
    ['fractional repetitions', good, { valueType: 'other', repetitions: 1500.5 }],
    ['a zero multiplier', good, { valueType: 'other', multiplier: 0 }],
    ['a bad confidence', good, { valueType: 'other', confidence: 95 }],
    ['a fractional seed', good, { valueType: 'other', seed: 0.5 }],
    ['an unknown value type', good, { valueType: 'ratio' }],
  ])('throws RangeError for %s', (_label, groups, options) => {
    expect(() =>
      slopeIndexOfInequality(groups as SiiGroup[], { repetitions: 1000, ...(options as object) } as never),
    ).toThrow(RangeError);
  });

  it('accepts two groups', () => {
    const r = slopeIndexOfInequality(good.slice(0, 2), { valueType: 'other', repetitions: 1000 });
    expect(Number.isFinite(r.sii)).toBe(true);
  });
});
