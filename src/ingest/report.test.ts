// The import report's summary of what a file holds. Rows here are SYNTHETIC (made by the test).
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../domain/indicators';
import { contentsSentences, summariseContents } from './report';

function row(over: Partial<IndicatorRow>): IndicatorRow {
  return {
    indicatorId: 'a', areaCode: 'E06000014', areaName: 'York', areaType: 'Local authority', sex: 'Persons', age: 'All ages',
    categoryType: '', category: '', period: '2021', value: 1, lower95: null, upper95: null, lower998: null, upper998: null,
    count: null, denominator: null, valueNote: '', ciMethod: 'none', publishedComparison: '', ...over,
  };
}

describe('summariseContents and contentsSentences', () => {
  it('names indicators, the period range, area types and breakdowns in words', () => {
    const rows = [
      row({}),
      row({ age: '0-9 yrs', period: '2015' }),
      row({ areaCode: 'E92000001', areaName: 'England', areaType: 'England', period: '2017' }),
      row({ indicatorId: 'b', areaCode: 'E05010311', areaType: 'Ward', categoryType: 'General health', category: 'Good health' }),
      row({ indicatorId: 'b', areaCode: 'E05010311', areaType: 'Ward', categoryType: 'General health', category: 'Bad health' }),
    ];
    const c = summariseContents(rows, [
      { id: 'a', name: 'Synthetic rate' },
      { id: 'b', name: 'Synthetic count' },
      { id: 'unused', name: 'No rows' },
    ]);
    expect(c.indicators).toEqual({ count: 2, names: ['Synthetic rate', 'Synthetic count'] });
    expect(c.periods).toEqual({ count: 3, first: '2015', last: '2021' });
    expect(contentsSentences(c)).toEqual([
      '2 indicators: Synthetic rate, Synthetic count.',
      '3 periods, from 2015 to 2021.',
      'Areas: 1 local authority, 1 England, 1 ward.',
      'Breakdowns: 2 age groups: All ages, 0-9 yrs; 1 sex: Persons.',
      'General health: 2 categories (Good health, Bad health).',
    ]);
  });

  it('a single period, many indicators shortened, LSOAs, and no breakdown sentence when there is none', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].flatMap((id) => [
      row({ indicatorId: id, areaCode: 'E01000001', areaType: 'LSOA', sex: '', age: '' }),
      row({ indicatorId: id, areaCode: 'E01000002', areaType: 'LSOA', sex: '', age: '' }),
    ]);
    const lines = contentsSentences(summariseContents(rows, ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `Indicator ${id}` }))));
    expect(lines).toEqual(['5 indicators: Indicator a, Indicator b, Indicator c and 2 more.', 'Period: 2021.', 'Areas: 2 LSOAs.']);
  });

  it('nothing accepted: no sentences', () => {
    expect(contentsSentences(summariseContents([], []))).toEqual([]);
  });
});

describe('summariseContents on a large file (SYNTHETIC rows)', () => {
  it('counts every LSOA in England, not a capped number', () => {
    const rows = Array.from({ length: 33755 }, (_, i) => row({ areaCode: `E01${String(i).padStart(6, '0')}`, areaType: 'LSOA' }));
    expect(contentsSentences(summariseContents(rows, [{ id: 'a', name: 'Synthetic' }]))).toContain('Areas: 33,755 LSOAs.');
  });
});
