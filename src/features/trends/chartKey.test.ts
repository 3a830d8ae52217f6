import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../../domain/indicators';
import { axisValues, outcomeKeyWords, placeOutcomes, seriesStyles, unitWords } from './chartKey';
import { seriesStyle } from './seriesStyle';
import type { Series } from './model';

describe('seriesStyles', () => {
  it('numbers the comparators on their own, whatever comes between them', () => {
    const kinds: Pick<Series, 'kind'>[] = [{ kind: 'place' }, { kind: 'country' }, { kind: 'comparator' }, { kind: 'region' }, { kind: 'comparator' }];
    expect(seriesStyles(kinds)).toEqual([
      seriesStyle('place', 0),
      seriesStyle('country', 0),
      seriesStyle('comparator', 0),
      seriesStyle('region', 0),
      seriesStyle('comparator', 1),
    ]);
  });
});

describe('placeOutcomes', () => {
  it('lists each published comparison of a point with a value once, in order', () => {
    const points = [
      { value: 10, published: 'Worse' },
      { value: null, published: 'Better' },
      { value: 11, published: '' },
      { value: 12, published: 'Worse' },
    ];
    expect(placeOutcomes(points)).toEqual(['worse', 'not-compared']);
  });
});

describe('axisValues', () => {
  it('gathers every value and interval end, gaps included', () => {
    const series = [{ points: [{ period: '2020', value: 5, lower95: 4, upper95: 6, published: '' }] }, { points: [{ period: '2020', value: null, lower95: null, upper95: null, published: '' }] }];
    expect(axisValues(series)).toEqual([5, 4, 6, null, null, null]);
  });
});

describe('words', () => {
  it('writes a percentage unit as "per cent"', () => {
    expect(unitWords({ unit: '%' } as IndicatorMeta)).toBe('per cent');
    expect(unitWords({ unit: '% (crude)' } as IndicatorMeta)).toBe('per cent');
    expect(unitWords({ unit: 'per 100,000' } as IndicatorMeta)).toBe('per 100,000');
  });
  it('says how each published comparison stands against the country', () => {
    expect(outcomeKeyWords('not-compared', 'Not compared', 'England')).toBe('Not compared');
    expect(outcomeKeyWords('similar', 'Similar', 'England')).toBe('Similar to England');
    expect(outcomeKeyWords('worse', 'Worse', 'England')).toBe('Worse than England');
  });
});
