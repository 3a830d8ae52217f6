import { describe, expect, it } from 'vitest';
import { chartDecimals, fittedLine, gradientPoints, outcomeKeyText, outcomesShown, unitSuffix } from './gradientPoints';
import type { GradientArea, InequalityModel } from './model';

// Only the fields the chart reads; SYNTHETIC values.
const area = (code: string, x: number | null, value: number | null, lower: number | null, upper: number | null, outcome = 'similar') =>
  ({
    code,
    name: `Area ${code}`,
    x,
    value,
    lower,
    upper,
    valueText: value === null ? '' : String(value),
    intervalText: lower === null ? '' : `${lower} to ${upper}`,
    deprivationText: '31.2',
    deprivationRank: 1,
    comparison: { outcome },
  }) as unknown as GradientArea;

describe('gradientPoints', () => {
  it('places each area at its population midpoint as a percentage, with distances to the interval ends', () => {
    const [p] = gradientPoints([area('A', 0.125, 20, 17.5, 23, 'worse')]);
    expect(p).toEqual({
      code: 'A',
      name: 'Area A',
      x: 12.5,
      y: 20,
      // 20 − 17.5 = 2.5 below, 23 − 20 = 3 above.
      err: [2.5, 3],
      valueText: '20',
      intervalText: '17.5 to 23',
      deprivationText: '31.2',
      rank: 1,
      outcome: 'worse',
    });
  });
  it('gives zero-length bars when an interval end is missing, and leaves out areas without a position or value', () => {
    const points = gradientPoints([area('A', 0.5, 10, null, null), area('B', null, 5, 4, 6), area('C', 0.9, null, null, null)]);
    expect(points.map((p) => [p.code, p.err])).toEqual([['A', [0, 0]]]);
  });
});

describe('fittedLine', () => {
  it('scales x to 0–100 and is empty without a slope index', () => {
    const sii = { fitted: [{ x: 0, y: 30 }, { x: 1, y: 10 }] } as unknown as InequalityModel['sii'];
    expect(fittedLine(sii)).toEqual([{ x: 0, y: 30 }, { x: 100, y: 10 }]);
    expect(fittedLine(null)).toEqual([]);
  });
});

describe('units and decimals', () => {
  it('adds % only to percentages and rounds ranks to whole numbers', () => {
    expect(unitSuffix({ unit: '%' })).toBe('%');
    expect(unitSuffix({ unit: 'per 100,000' })).toBe('');
    expect(chartDecimals({ valueType: 'rank' })).toBe(0);
    expect(chartDecimals({ valueType: 'rate' })).toBe(1);
  });
});

describe('the key', () => {
  it('lists each outcome once, in order of first appearance', () => {
    expect(outcomesShown([{ outcome: 'worse' }, { outcome: 'similar' }, { outcome: 'worse' }])).toEqual(['worse', 'similar']);
  });
  it('says how each outcome stands against the benchmark', () => {
    expect(outcomeKeyText('worse', 'Worse', 'York')).toBe('Worse than York');
    expect(outcomeKeyText('similar', 'Similar', 'York')).toBe('Similar to York');
    expect(outcomeKeyText('not-compared', 'Not compared', 'York')).toBe('Not compared');
  });
});
