import { describe, expect, it } from 'vitest';
import { compareTwoLevels, compareWithBenchmark, type Outcome, type Polarity } from './index';

describe('compareWithBenchmark', () => {
  const ci = { value: 50, lower: 45, upper: 55 };
  it.each<[number, Polarity, Outcome]>([
    [40, 'high-is-good', 'better'],
    [40, 'low-is-good', 'worse'],
    [40, 'no-judgement', 'higher'],
    [60, 'high-is-good', 'worse'],
    [60, 'low-is-good', 'better'],
    [60, 'no-judgement', 'lower'],
    [50, 'high-is-good', 'similar'],
    [50, 'low-is-good', 'similar'],
    [50, 'no-judgement', 'similar'],
  ])('benchmark %s, %s → %s', (benchmark, polarity, outcome) => {
    expect(compareWithBenchmark(ci, benchmark, polarity)).toBe(outcome);
  });

  it('treats a benchmark exactly on either limit as similar (inclusive)', () => {
    expect(compareWithBenchmark(ci, 45, 'high-is-good')).toBe('similar');
    expect(compareWithBenchmark(ci, 55, 'high-is-good')).toBe('similar');
    expect(compareWithBenchmark(ci, 44.999999, 'high-is-good')).toBe('better');
    expect(compareWithBenchmark(ci, 55.000001, 'high-is-good')).toBe('worse');
  });

  it.each([
    [{ value: 50, lower: null, upper: 55 }, 40],
    [{ value: 50, lower: 45, upper: undefined }, 40],
    [{ value: 50, lower: Number.NaN, upper: 55 }, 40],
    [{ value: 50, lower: 45, upper: 55 }, null],
    [{ value: 50, lower: 45, upper: 55 }, undefined],
    [{ value: 50, lower: 45, upper: 55 }, Number.NaN],
  ])('is not-compared when a limit or the benchmark is missing (%o vs %s)', (interval, benchmark) => {
    expect(compareWithBenchmark(interval, benchmark, 'high-is-good')).toBe('not-compared');
  });

  it('uses whatever interval it is given (a 99.8% interval can be similar where 95% is not)', () => {
    expect(compareWithBenchmark({ lower: 46, upper: 54 }, 45, 'high-is-good')).toBe('better');
    expect(compareWithBenchmark({ lower: 43, upper: 57 }, 45, 'high-is-good')).toBe('similar');
  });

  it('rejects an unknown polarity and inverted limits', () => {
    expect(() => compareWithBenchmark(ci, 40, 'up' as Polarity)).toThrow(RangeError);
    expect(() => compareWithBenchmark({ lower: 55, upper: 45 }, 40, 'high-is-good')).toThrow(RangeError);
  });
});

describe('compareTwoLevels', () => {
  const ci = { value: 50, lower95: 45, upper95: 55, lower998: 42, upper998: 58 };
  it.each<[number, Polarity, Outcome]>([
    [50, 'high-is-good', 'similar'],
    [45, 'high-is-good', 'similar'],
    [44, 'high-is-good', 'better'],
    [42, 'high-is-good', 'better'], // on the 99.8% limit: inclusive, so not beyond it
    [41, 'high-is-good', 'best'],
    [56, 'high-is-good', 'worse'],
    [59, 'high-is-good', 'worst'],
    [41, 'low-is-good', 'worst'],
    [44, 'low-is-good', 'worse'],
    [56, 'low-is-good', 'better'],
    [59, 'low-is-good', 'best'],
    [41, 'no-judgement', 'higher'],
    [44, 'no-judgement', 'higher'],
    [59, 'no-judgement', 'lower'],
    [56, 'no-judgement', 'lower'],
    [55, 'no-judgement', 'similar'],
  ])('benchmark %s, %s → %s', (benchmark, polarity, outcome) => {
    expect(compareTwoLevels(ci, benchmark, polarity)).toBe(outcome);
  });

  it('is not-compared when any limit or the benchmark is missing', () => {
    expect(compareTwoLevels({ ...ci, lower998: null }, 30, 'high-is-good')).toBe('not-compared');
    expect(compareTwoLevels({ ...ci, upper95: undefined }, 30, 'high-is-good')).toBe('not-compared');
    expect(compareTwoLevels(ci, null, 'high-is-good')).toBe('not-compared');
  });

  it('rejects a 99.8% interval narrower than the 95% one', () => {
    expect(() => compareTwoLevels({ ...ci, lower998: 47 }, 30, 'high-is-good')).toThrow(RangeError);
  });
});
