import { describe, expect, it } from 'vitest';
import * as stats from './index';
import type { Outcome, Polarity } from './index';

describe('public API of src/stats', () => {
  it.each([
    'wilsonInterval',
    'byarInterval',
    'exactPoissonInterval',
    'crudeRate',
    'directlyStandardisedRate',
    'indirectlyStandardisedRatio',
    'indirectlyStandardisedRate',
    'meanInterval',
    'compareWithBenchmark',
    'compareTwoLevels',
    'slopeIndexOfInequality',
    'normalQuantile',
    'chiSquareQuantile',
    'studentTQuantile',
    'zForConfidence',
  ])('exports the function %s', (name) => {
    expect(typeof (stats as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports ESP2013 with weights easy to read in band order', () => {
    expect(stats.ESP2013.map((b) => b.weight)).toEqual(stats.ESP2013_WEIGHTS);
    expect(stats.ESP2013_BANDS[0]).toBe('0-4');
    expect(stats.ESP2013_BANDS[18]).toBe('90+');
  });

  it('defaults to 95% confidence everywhere', () => {
    const z = 1.959963984540054;
    expect(stats.wilsonInterval(1, 4)).toEqual(stats.wilsonInterval(1, 4, { confidence: 0.95 }));
    expect(stats.crudeRate(12, 1000)).toEqual(stats.crudeRate(12, 1000, { confidence: 0.95 }));
    expect(stats.byarInterval(30).upper).toBeCloseTo(31 * (1 - 1 / (9 * 31) + z / (3 * Math.sqrt(31))) ** 3, 10);
    expect(stats.meanInterval([1, 2, 3])).toEqual(stats.meanInterval([1, 2, 3], { confidence: 0.95 }));
  });

  it('uses the documented default multipliers', () => {
    expect(stats.wilsonInterval(1, 4).value).toBe(25); // percentage
    expect(stats.crudeRate(10, 200000).value).toBeCloseTo(5, 12); // per 100 000
    const local = [{ count: 10, population: 1000 }];
    const ref = [{ count: 100, population: 10000 }];
    expect(stats.indirectlyStandardisedRatio(local, ref).value).toBeCloseTo(1, 12); // ratio
    expect(stats.indirectlyStandardisedRate(local, ref).value).toBeCloseTo(1000, 9); // per 100 000
  });

  it('types Polarity and Outcome as the documented string unions', () => {
    const p: Polarity[] = ['high-is-good', 'low-is-good', 'no-judgement'];
    const o: Outcome[] = ['better', 'similar', 'worse', 'higher', 'lower', 'best', 'worst', 'not-compared'];
    expect(stats.POLARITIES).toEqual(p);
    expect(o).toHaveLength(8);
  });
});
