import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, normalQuantile, studentTQuantile, zForConfidence } from './index';

describe('zForConfidence', () => {
  // Reference values: R qnorm(c + (1 - c)/2), quoted in methods.md §1.
  it.each([
    [0.95, 1.959963984540054],
    [0.98, 2.326347874040841],
    [0.99, 2.5758293035489],
    [0.998, 3.090232306167813],
  ])('z(%s) = %s', (c, z) => {
    expect(zForConfidence(c)).toBeCloseTo(z, 14);
  });

  it('uses 3.0902 for 99.8%, not the 99% value 2.5758', () => {
    const z = zForConfidence(0.998);
    expect(z).toBeCloseTo(3.0902, 4);
    expect(Math.abs(z - 2.5758293035489)).toBeGreaterThan(0.5);
  });

  it.each([0, 1, -0.5, 1.5, 95, Number.NaN, Infinity])('rejects confidence %s', (c) => {
    expect(() => zForConfidence(c)).toThrow(RangeError);
  });

  it('rejects a missing confidence level', () => {
    expect(() => zForConfidence(undefined as unknown as number)).toThrow(/between 0 and 1/);
  });
});

describe('normalQuantile', () => {
  it('is symmetric and matches published values', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 14);
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 12);
  });
  it('rejects probabilities outside [0, 1]', () => {
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(1.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('chiSquareQuantile', () => {
  // Standard chi-square table values (3 decimals) plus closed forms for 2 df:
  // χ²_{p;2} = −2 ln(1 − p).
  it.each([
    [0.95, 1, 3.841],
    [0.95, 10, 18.307],
    [0.05, 10, 3.94],
    [0.975, 2, 7.378],
    [0.025, 20, 9.591],
    [0.975, 22, 36.781],
    [0.999, 5, 20.515],
  ])('χ²(%s; %s) ≈ %s', (p, df, expected) => {
    expect(chiSquareQuantile(p, df)).toBeCloseTo(expected, 3);
  });
  it('matches the closed form for 2 degrees of freedom', () => {
    for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
      expect(chiSquareQuantile(p, 2)).toBeCloseTo(-2 * Math.log(1 - p), 12);
    }
  });
  it('rejects impossible arguments', () => {
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => chiSquareQuantile(0.5, -2)).toThrow(RangeError);
    expect(() => chiSquareQuantile(2, 2)).toThrow(RangeError);
  });
});

describe('studentTQuantile', () => {
  // Student t table values; t(0.975; 1) = tan(0.475π) = 12.7062…
  it.each([
    [0.975, 1, 12.706],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.995, 5, 4.032],
    [0.975, 7, 2.365],
  ])('t(%s; %s) ≈ %s', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });
  it('has the Cauchy closed form for 1 degree of freedom', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 10);
  });
  it('approaches the normal quantile for large df', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959963984540054, 5);
  });
  it('rejects impossible arguments', () => {
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(-1, 3)).toThrow(RangeError);
  });
});
