import { describe, expect, it } from 'vitest';
import { chartData, seriesStyle } from './seriesStyle';
import type { Series } from './model';

describe('seriesStyle', () => {
  it('draws the place thick and solid, England dashed, the region dotted', () => {
    expect(seriesStyle('place', 0)).toEqual({ colour: '#0b0c0c', width: 3, dash: undefined, marker: 'circle', words: 'thick solid line, large circles' });
    expect(seriesStyle('country', 0)).toEqual({ colour: '#1d70b8', width: 2.5, dash: '7 4', marker: 'square', words: 'dashed line, squares' });
    expect(seriesStyle('region', 3)).toEqual({ colour: '#505a5f', width: 2, dash: '2 3', marker: 'triangle', words: 'dotted line, triangles' });
  });

  it('gives each comparator its own colour, dash and marker, repeating after five', () => {
    expect(seriesStyle('comparator', 0)).toEqual({ colour: '#a33a00', width: 2, dash: '8 3', marker: 'diamond', words: 'thin line, diamonds' });
    expect(seriesStyle('comparator', 1)).toEqual({ colour: '#00703c', width: 2, dash: '2 3', marker: 'triangle-down', words: 'thin line, upside-down triangles' });
    expect(seriesStyle('comparator', 4)).toEqual({ colour: '#4c2c92', width: 2, dash: '1 2', marker: 'wye', words: 'thin line, Y-shaped markers' });
    expect(seriesStyle('comparator', 7)).toEqual(seriesStyle('comparator', 2));
    expect(seriesStyle('comparator', 2).words).toBe('thin line, crosses');
    expect(seriesStyle('comparator', 3).words).toBe('thin line, stars');
  });
});

describe('chartData', () => {
  const point = (period: string, value: number | null, lower95: number | null = null, upper95: number | null = null) => ({ period, value, lower95, upper95, published: '' });
  const series = (code: string, points: ReturnType<typeof point>[]): Series => ({ code, name: code, kind: 'comparator', points, hasData: true });

  it('gives one row per period, each series’ value (null when missing) and its interval as distances', () => {
    const data = chartData({
      periods: ['2019', '2020'],
      series: [series('a', [point('2019', 10, 8, 13), point('2020', null)]), series('b', [point('2019', 4), point('2020', 5.5, 5, 6.25)])],
    });
    expect(data).toEqual([
      { period: '2019', s0: 10, e0: [2, 3], s1: 4 },
      { period: '2020', s0: null, s1: 5.5, e1: [0.5, 0.75] },
    ]);
  });
});
