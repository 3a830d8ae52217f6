// Every row and figure here is SYNTHETIC (made up for the test, built with testFixtures.ts): none is a
// real published value or a real authority's figure.
import { describe, expect, it } from 'vitest';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { ordinal } from '../../core/format';
import { authorityIndicatorIds, authorityPeriods, buildAuthoritiesModel, choosePeriod, quarterOf, quartilesOf, rankDescending, rankSentence, sortEntries } from './model';
import { authorityList } from '../../core/authorityList';

const PERSONS = { sex: 'Persons', age: 'All ages', categoryType: '', category: '' };
const meta = syntheticMeta({ unit: 'per 100,000 (age-standardised)', valueType: 'rate', publisher: 'OHID Fingertips' });

describe('ranking with ties', () => {
  it('ranks 1 for the highest value, ties share the best rank and the next is skipped', () => {
    expect(rankDescending([10, 30, 20, 30, 5])).toEqual([4, 1, 3, 1, 5]);
  });

  it('gives missing values no rank and does not count them', () => {
    expect(rankDescending([null, 3, 3, null, 1])).toEqual([null, 1, 1, null, 3]);
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 45, 101, 111, 112].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '45th', '101st', '111th', '112th',
    ]);
  });
});

describe('quartiles', () => {
  it('interpolates linearly (R type 7, as Excel QUARTILE.INC)', () => {
    const q = quartilesOf([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(q).toMatchObject({ q1: 3, median: 5, q3: 7, min: 1, max: 9, n: 9 });
    const even = quartilesOf([1, 2, 3, 4]);
    expect(even).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25 });
  });

  it('leaves missing values out, never as 0', () => {
    expect(quartilesOf([null, 1, 2, 3, 4, 5, null])).toMatchObject({ q1: 2, median: 3, q3: 4, n: 5 });
    expect(quartilesOf([null])).toBeNull();
  });

  it('puts a value on a boundary in the lower quarter', () => {
    const q = quartilesOf([1, 2, 3, 4, 5, 6, 7, 8, 9])!;
    expect([1, 3, 3.5, 5, 6, 7, 7.1, 9].map((v) => quarterOf(v, q))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('the rank sentence', () => {
  it('says the rank, the number ranked and which way round', () => {
    expect(rankSentence('Testtown', 45, 1, 151)).toBe('Testtown ranks 45th of 151 authorities, where 1 is the highest value.');
  });

  it('says "joint" for a tie', () => {
    expect(rankSentence('Testtown', 2, 3, 10)).toBe('Testtown ranks joint 2nd (with 2 others on the same value) of 10 authorities, where 1 is the highest value.');
    expect(rankSentence('Testtown', 2, 2, 10)).toBe('Testtown ranks joint 2nd (with 1 other on the same value) of 10 authorities, where 1 is the highest value.');
  });

  it('says when the place has no figure', () => {
    expect(rankSentence('Testtown', null, 0, 10)).toMatch(/^Testtown has no figure for this period, so it is not ranked among the 10/);
  });
});

describe('the distribution of authorities', () => {
  // Ten synthetic authorities E06000001…E06000010; Testtown (E06000001) ties with E06000002.
  const values: (number | null)[] = [60, 60, 90, 10, 20, 30, 40, 50, 70, null];
  const rows = [
    ...values.map((v, i) =>
      syntheticRow(`E060000${String(i + 1).padStart(2, '0')}`, v, {
        areaName: i === 0 ? 'Testtown' : `Authority ${i + 1}`,
        areaType: 'Local authority',
        period: '2020',
        lower95: null,
        upper95: null,
        publishedComparison: i === 0 ? 'Worse' : 'Similar',
      }),
    ),
    syntheticRow('E92000001', 45, { period: '2020', areaType: 'England', publishedComparison: 'Not compared' }),
    syntheticRow('E06000001', 30, { period: '2019', areaType: 'Local authority' }),
    syntheticRow('E06000001', 99, { period: '2021', areaType: 'Local authority', value: null }),
    syntheticRow('E06000002', 31, { period: '2021', areaType: 'Local authority' }),
    syntheticRow('E06000003', 32, { period: '2021', areaType: 'Local authority' }),
  ];
  const model = buildAuthoritiesModel({ meta, period: '2020', breakdown: PERSONS, breakdowns: [PERSONS], rows, place: { code: 'E06000001', name: 'Testtown' }, country: { code: 'E92000001', name: 'England' } });

  it('ranks the authorities with a figure, highest first, and lists those without last', () => {
    expect(model.ranked).toBe(9);
    expect(model.missing).toBe(1);
    expect(model.entries.map((e) => e.value)).toEqual([90, 70, 60, 60, 50, 40, 30, 20, 10, null]);
    expect(model.entries.map((e) => e.rank)).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, null]);
  });

  it('says when the file does not hold every English authority', () => {
    expect(model.coverageText).toBe('Only 10 authorities are in this file, not every English authority: ranks and quarters are among these 9.');
  });

  it('does not count England as an authority', () => {
    expect(model.entries.some((e) => e.code === 'E92000001')).toBe(false);
    expect(model.country?.value).toBe(45);
  });

  it('finds the place, its tied rank, its quarter and its published comparison', () => {
    expect(model.place).toMatchObject({ code: 'E06000001', rank: 3, tiedWith: 2, quarter: 3, outcome: 'worse' });
    expect(model.quartiles).toMatchObject({ q1: 30, median: 50, q3: 60 });
    // 60 is the upper quartile itself: on the boundary, so the second-highest quarter (3), not the highest.
    expect(model.rankText).toBe('Testtown ranks joint 3rd (with 1 other on the same value) of 9 authorities, where 1 is the highest value.');
    expect(model.comparisonText).toBe('Worse than England, as published by OHID Fingertips.');
  });

  it('writes one summary sentence', () => {
    expect(model.summary).toMatch(/^In 2020, Testtown’s figure for synthetic share was 60 per 100,000: joint 3rd highest of 9 authorities, in the second-highest quarter, and worse than England \(45 per 100,000\), as published by OHID Fingertips\.$/);
  });

  it('offers the periods with figures, defaulting to the latest with a figure for the place', () => {
    expect(authorityPeriods(rows, 'synthetic', PERSONS)).toEqual(['2019', '2020', '2021']);
    expect(choosePeriod(['2019', '2020', '2021'], undefined, rows, 'synthetic', PERSONS, 'E06000001')).toBe('2020');
    expect(choosePeriod(['2019', '2020', '2021'], '2019', rows, 'synthetic', PERSONS, 'E06000001')).toBe('2019');
    expect(choosePeriod(['2019', '2020', '2021'], '1999', rows, 'synthetic', PERSONS, 'E06000001')).toBe('2020');
  });

  it('lists indicators and authorities', () => {
    expect([...authorityIndicatorIds(rows)]).toEqual(['synthetic']);
    const list = authorityList(rows);
    expect(list).toHaveLength(10);
    expect(list.some((a) => a.code === 'E92000001')).toBe(false);
  });

  it('sorts the table with missing values last in both directions', () => {
    const up = sortEntries(model.entries, 'value', false);
    expect(up.map((e) => e.value)).toEqual([10, 20, 30, 40, 50, 60, 60, 70, 90, null]);
    const byRank = sortEntries(model.entries, 'rank', true);
    expect(byRank.at(-1)?.value).toBeNull();
  });
});
