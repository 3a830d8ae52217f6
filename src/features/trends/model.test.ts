// Every row and figure here is SYNTHETIC (made up for the test, built with testFixtures.ts): none is a
// real published value.
import { describe, expect, it } from 'vitest';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { buildTrendsModel, pickComparators, trendIndicators, trendSummary, type SeriesPoint } from './model';
import { URL_KEYS } from '../../ui/url/keys';

/** The comparators a `compare` value names: the key's parser, then the trends page's pick. */
const parseComparators = (value: string, known: ReadonlyMap<string, string>, max: number, exclude: string) =>
  pickComparators(URL_KEYS.compare.parse(value), known, max, exclude);
import { axisDomain } from '../../core/axis';
import { breakdownsOf } from '../../core/series';
import { sentenceName } from '../../core/format';
import { sexNote } from '../../core/breakdown';
import { sortPeriods } from '../../core/periods';

const rate = syntheticMeta({ id: 'rate', name: 'Hospital admissions for synthetic reasons (test method)', unit: 'per 100,000 (age-standardised)', valueType: 'rate', multiplier: 100000, publisher: 'Office for Health Improvement and Disparities (OHID), Fingertips' });
const share = syntheticMeta({ id: 'share', name: 'Synthetic share', unit: '%' });

const point = (period: string, value: number | null, interval?: [number, number], published = ''): SeriesPoint => ({
  period,
  value,
  lower95: interval ? interval[0] : null,
  upper95: interval ? interval[1] : null,
  published,
});

describe('periods and sexes', () => {
  it('sorts financial years, calendar years and 3-year ranges by their first year', () => {
    expect(sortPeriods(['2016/17', '2008/09', '2010/11', '2008/09'])).toEqual(['2008/09', '2010/11', '2016/17']);
    expect(sortPeriods(['2016 - 18', '2015 - 17', '2020 - 22'])).toEqual(['2015 - 17', '2016 - 18', '2020 - 22']);
  });

  it('adds "males"/"females" only when the indicator name does not already say it', () => {
    expect(sexNote(share, 'Female')).toBe('females');
    expect(sexNote(share, 'Persons')).toBe('');
    const suicide = syntheticMeta({ name: 'Suicide rate (males)' });
    expect(sexNote(suicide, 'Male')).toBe('');
    // … and the sentence keeps the bracket that names the sex, while other brackets are dropped.
    expect(sentenceName(suicide)).toBe('suicide rate (males)');
    expect(sentenceName(rate)).toBe('hospital admissions for synthetic reasons');
  });

  it('lists Persons first, then males, then females, from rows of every sex', () => {
    const rows = [syntheticRow('E06000001', 1, { sex: 'Female' }), syntheticRow('E06000001', 1, { sex: 'Male' }), syntheticRow('E06000001', 1)];
    expect(breakdownsOf(rows, 'synthetic').map((b) => b.sex)).toEqual(['Persons', 'Male', 'Female']);
  });
});

describe('axes', () => {
  it('starts rates at 0 and ends a round step above the highest value', () => {
    expect(axisDomain([447, 724, null, 606], true)).toEqual({ domain: [0, 800], ticks: [0, 200, 400, 600, 800] });
    expect(axisDomain([0.5, 0.9], true).domain).toEqual([0, 1]);
  });

  it('starts life expectancy near its lowest value, with room above and below', () => {
    const { domain, ticks } = axisDomain([82.2, 84.0, 83.1], false);
    expect(domain[0]).toBeLessThan(82.2);
    expect(domain[1]).toBeGreaterThan(84.0);
    expect(domain[0]).toBeGreaterThan(80);
    // Ticks on round steps from end to end.
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
    expect(ticks.every((t) => Number.isInteger(t * 2))).toBe(true);
  });
});

describe('the one-sentence summary', () => {
  it('gives the first and latest values with their published comparisons', () => {
    const points = [point('2008/09', 400, undefined, 'Better'), point('2012/13', 500, undefined, 'Similar'), point('2016/17', 700, undefined, 'Worse')];
    expect(trendSummary('Testtown', points, rate, 0, '')).toBe(
      'Hospital admissions for synthetic reasons in Testtown rose from 400 per 100,000 in 2008/09, better than England, to 700 per 100,000 in 2016/17, worse than England (published by OHID Fingertips).',
    );
  });

  it('names the sex and leaves out comparisons that were not made', () => {
    const points = [point('2019', 20, undefined, 'Not compared'), point('2020', 15, undefined, '')];
    expect(trendSummary('Testtown', points, share, 1, sexNote(share, 'Female'))).toBe('Synthetic share for females in Testtown fell from 20.0% in 2019 to 15.0% in 2020 (source: tests).');
  });
});

describe('the whole model', () => {
  const rows = [
    ...['2019', '2020', '2021'].map((p, i) => syntheticRow('E06000001', 10 + i, { period: p, publishedComparison: 'Similar' })),
    ...['2019', '2020', '2021'].map((p) => syntheticRow('E92000001', 12, { period: p })),
    syntheticRow('E06000001', 50, { period: '2021', sex: 'Male' }),
  ];
  const authorityRows = [syntheticRow('E06000002', 8, { period: '2020' }), syntheticRow('E06000002', 9, { period: '2022' })];

  it('draws the place, England and comparators on one set of periods, with gaps for missing ones', () => {
    const model = buildTrendsModel({
      indicatorId: 'synthetic',
      breakdown: { sex: 'Persons', age: 'All ages', categoryType: '', category: '' },
      breakdowns: [{ sex: 'Persons', age: 'All ages', categoryType: '', category: '' }],
      meta: share,
      snapshotRows: rows,
      authorityRows,
      place: { code: 'E06000001', name: 'Testtown' },
      region: { code: 'E12000001', name: 'Test region' },
      country: { code: 'E92000001', name: 'England' },
      comparators: [
        { code: 'E06000002', name: 'Otherton' },
        { code: 'E06000003', name: 'Nowhere' },
      ],
    });
    expect(model.periods).toEqual(['2019', '2020', '2021', '2022']);
    expect(model.series.map((s) => s.name)).toEqual(['Testtown', 'England', 'Otherton']);
    expect(model.place.points.map((p) => p.value)).toEqual([10, 11, 12, null]);
    expect(model.series[2]?.points.map((p) => p.value)).toEqual([null, 8, null, 9]);
    expect(model.comparatorsWithoutData).toEqual(['Nowhere']);
    expect(model.hasIntervals).toBe(true);
  });

  it('offers indicators the place has in two or more periods for one sex', () => {
    expect(trendIndicators([share], rows, 'E06000001').map((m) => m.id)).toEqual([]);
    expect(trendIndicators([syntheticMeta()], rows, 'E06000001').map((m) => m.id)).toEqual(['synthetic']);
    expect(trendIndicators([syntheticMeta()], rows.slice(3), 'E06000001')).toEqual([]);
  });

  it('reads comparators from the URL: known codes, no duplicates, not the place, at most the limit', () => {
    const known = new Map([
      ['E06000002', 'Otherton'],
      ['E06000003', 'Elsewhere'],
      ['E06000004', 'Fourth'],
    ]);
    expect(parseComparators('e06000002,E06000002,E06000001,E99999999,E06000003,E06000004', known, 2, 'E06000001')).toEqual(['E06000002', 'E06000003']);
    // While the list of authorities loads, codes are kept as they are.
    expect(parseComparators('E06000009', new Map(), 5, 'E06000001')).toEqual(['E06000009']);
  });
});
