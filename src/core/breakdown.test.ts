// Synthetic rows (tests only, not real figures), shaped like the campylobacter export that mixed
// York's 0-9 yrs and all-ages rates, and like the life-expectancy rows published by sex only.
import { describe, expect, it } from 'vitest';
import {
  breakdownKey,
  breakdownOptions,
  chooseBreakdown,
  describeBreakdown,
  distinguishingLabel,
  parseBreakdownKey,
  seriesName,
  sortBreakdowns,
  summaryBreakdowns,
  type Breakdown,
} from './breakdown';
import { chooseBenchmark } from './comparison';
import { buildIndicatorIndex, combineIndexes } from './indicatorIndex';
import { syntheticMeta, syntheticRow } from './testFixtures';

const bd = (sex: string, age: string, categoryType = '', category = ''): Breakdown => ({ sex, age, categoryType, category });

describe('breakdown keys', () => {
  it('round-trip any text, including the separator', () => {
    for (const b of [bd('Male', 'All ages'), bd('Persons', '0-9 yrs', 'Age band', '0|4'), bd('', '', '', '100%')]) {
      expect(parseBreakdownKey(breakdownKey(b))).toEqual(b);
    }
    expect(breakdownKey(bd('Male', 'All ages'))).toBe('Male|All ages||');
    expect(parseBreakdownKey('not a key')).toBeNull();
  });
});

describe('ordering and the headline', () => {
  it('puts Persons, all ages, no category first', () => {
    const sorted = sortBreakdowns([bd('Persons', '0-9 yrs'), bd('Female', 'All ages'), bd('Persons', 'All ages', 'Deprivation decile', '1'), bd('Persons', 'All ages')]);
    expect(sorted[0]).toEqual(bd('Persons', 'All ages'));
    expect(sorted.at(-1)).toEqual(bd('Persons', 'All ages', 'Deprivation decile', '1'));
  });
  it('orders sexes Persons, Male, Female and ages by their first number', () => {
    expect(sortBreakdowns([bd('Female', 'All ages'), bd('Male', 'All ages')]).map((b) => b.sex)).toEqual(['Male', 'Female']);
    expect(sortBreakdowns([bd('Persons', '65+ yrs'), bd('Persons', '10-14 yrs'), bd('Persons', '<5 yrs')]).map((b) => b.age)).toEqual([
      '<5 yrs',
      '10-14 yrs',
      '65+ yrs',
    ]);
  });
  it('chooses the one asked for, the headline, or the first and says why', () => {
    const list = sortBreakdowns([bd('Persons', 'All ages'), bd('Persons', '0-9 yrs')]);
    expect(chooseBreakdown(list)).toEqual({ breakdown: bd('Persons', 'All ages'), headlineMissing: false, notFound: null });
    expect(chooseBreakdown(list, { age: '0-9 yrs' })?.breakdown).toEqual(bd('Persons', '0-9 yrs'));
    expect(chooseBreakdown(list, { sex: 'Female' })).toEqual({ breakdown: bd('Persons', 'All ages'), headlineMissing: false, notFound: 'Females' });
    const sexOnly = sortBreakdowns([bd('Female', 'All ages'), bd('Male', 'All ages')]);
    expect(chooseBreakdown(sexOnly)).toEqual({ breakdown: bd('Male', 'All ages'), headlineMissing: true, notFound: null });
    expect(chooseBreakdown(sexOnly, { sex: 'Female' })?.breakdown).toEqual(bd('Female', 'All ages'));
    const cats = sortBreakdowns([bd('Persons', 'All ages'), bd('Persons', 'All ages', 'Decile', '1'), bd('Persons', 'All ages', 'Decile', '2')]);
    expect(chooseBreakdown(cats, { category: 'Decile|2' })?.breakdown).toEqual(bd('Persons', 'All ages', 'Decile', '2'));
    expect(breakdownOptions(cats, cats[0] as Breakdown)).toEqual({ sexes: ['Persons'], ages: ['All ages'], categories: cats });
    expect(chooseBreakdown([])).toBeNull();
  });
  it('lists males and females side by side in summaries, but not other age bands', () => {
    expect(summaryBreakdowns(sortBreakdowns([bd('Female', 'All ages'), bd('Male', 'All ages')]))).toEqual([bd('Male', 'All ages'), bd('Female', 'All ages')]);
    expect(summaryBreakdowns(sortBreakdowns([bd('Persons', 'All ages'), bd('Persons', '0-9 yrs')]))).toEqual([bd('Persons', 'All ages')]);
    expect(summaryBreakdowns(sortBreakdowns([bd('Male', '<75 yrs'), bd('Persons', '<75 yrs'), bd('Female', '<75 yrs')]))).toEqual([bd('Persons', '<75 yrs')]);
  });
});

describe('words', () => {
  it('names only what tells breakdowns apart', () => {
    const ages = [bd('Persons', 'All ages'), bd('Persons', '0-9 yrs')];
    expect(distinguishingLabel(ages[1] as Breakdown, ages)).toBe('0-9 yrs');
    expect(distinguishingLabel(ages[0] as Breakdown, [ages[0] as Breakdown])).toBe('');
    expect(describeBreakdown(bd('Male', 'All ages'))).toBe('Males, all ages');
    expect(describeBreakdown(bd('Persons', 'All ages', 'Age band', '0-4'))).toBe('Persons, all ages, Age band: 0-4');
    const sexes = [bd('Male', 'All ages'), bd('Female', 'All ages')];
    expect(seriesName('Life expectancy at birth', sexes[0] as Breakdown, sexes)).toBe('Life expectancy at birth: Males');
    expect(seriesName('Suicide rate (males)', sexes[0] as Breakdown, sexes)).toBe('Suicide rate (males)');
  });
});

describe('the index keeps every series apart', () => {
  const meta = syntheticMeta({ id: 'campy', unit: 'per 100,000', valueType: 'rate', geographies: ['Local authority', 'England'] });
  const rows = [
    syntheticRow('E06000001', 74.9, { indicatorId: 'campy', period: '2017' }),
    syntheticRow('E06000001', 306.9, { indicatorId: 'campy', period: '2017', age: '0-9 yrs' }),
    syntheticRow('E92000001', 100, { indicatorId: 'campy', period: '2017' }),
    syntheticRow('E92000001', 200, { indicatorId: 'campy', period: '2016', age: '0-9 yrs' }),
  ];
  const index = buildIndicatorIndex([meta], rows);

  it('answers with the headline by default and a named breakdown on request', () => {
    expect(index.breakdowns('campy')).toEqual([bd('Persons', 'All ages'), bd('Persons', '0-9 yrs')]);
    expect(index.rows('campy', '2017').get('E06000001')?.value).toBe(74.9);
    expect(index.rows('campy', '2017', bd('Persons', '0-9 yrs')).get('E06000001')?.value).toBe(306.9);
    expect(index.periods('campy')).toEqual(['2017']);
    expect(index.periods('campy', bd('Persons', '0-9 yrs'))).toEqual(['2016', '2017']);
    expect(index.latestPeriod('campy', bd('Female', 'All ages'))).toBeUndefined();
  });

  it('takes the benchmark from the same breakdown, or none', () => {
    const england = [{ code: 'E92000001', name: 'England' }];
    expect(chooseBenchmark(index, 'campy', '2017', england)?.row.value).toBe(100);
    // England has no 0-9 yrs figure for 2017: no benchmark, never the all-ages one.
    expect(chooseBenchmark(index, 'campy', '2017', england, bd('Persons', '0-9 yrs'))).toBeNull();
  });

  it('keeps the series apart when indexes are combined', () => {
    const other = buildIndicatorIndex([syntheticMeta({ id: 'x' })], [syntheticRow('E06000001', 5, { indicatorId: 'x', sex: 'Female' })]);
    const both = combineIndexes(index, other);
    expect(both.breakdowns('x')).toEqual([bd('Female', 'All ages')]);
    expect(both.rows('x', '2025').get('E06000001')?.value).toBe(5);
    expect(both.rows('campy', '2017', bd('Persons', '0-9 yrs')).get('E06000001')?.value).toBe(306.9);
  });
});
