// Every figure here is SYNTHETIC (made up for the test, built with testFixtures.ts): none is a real
// published value. The rule's tests moved here from the trends tests (compareTwoPeriods,
// describeRecentChange) and the ward profile tests (assessTrend, trendPoints), with their fixtures.
import { describe, expect, it } from 'vitest';
import { buildIndicatorIndex } from './indicatorIndex';
import { syntheticMeta, syntheticRow } from './testFixtures';
import {
  type PeriodValue,
  type TrendPoint,
  assessTrend,
  changeMeaning,
  compareTwoPeriods,
  describeRecentChange,
  hasInterval,
  trendPoints,
} from './periodChange';

// Fixtures of the trends tests (a trends series point is a PeriodValue with the publisher's label).
type SeriesPoint = PeriodValue & { published: string };
const rate = syntheticMeta({ id: 'rate', name: 'Hospital admissions for synthetic reasons (test method)', unit: 'per 100,000 (age-standardised)', valueType: 'rate', multiplier: 100000, publisher: 'Office for Health Improvement and Disparities (OHID), Fingertips' });
const share = syntheticMeta({ id: 'share', name: 'Synthetic share', unit: '%' });

const point = (period: string, value: number | null, interval?: [number, number], published = ''): SeriesPoint => ({
  period,
  value,
  lower95: interval ? interval[0] : null,
  upper95: interval ? interval[1] : null,
  published,
});

describe('the direction of change in words', () => {
  it('calls a rise significant only when the two 95% intervals do not overlap', () => {
    const c = compareTwoPeriods(point('2019', 10, [9, 11]), point('2020', 15, [14, 16]), 1, share);
    expect(c.direction).toBe('rise');
    expect(c.significance).toBe('significant');
    expect(c.words).toBe('Rose significantly from 10.0% in 2019 to 15.0% in 2020 (the 95% confidence intervals do not overlap).');
  });

  it('calls a fall significant when the intervals do not overlap', () => {
    const c = compareTwoPeriods(point('2019', 20, [19, 21]), point('2020', 15, [14, 16]), 1, share);
    expect(c.direction).toBe('fall');
    expect(c.significance).toBe('significant');
    expect(c.words).toMatch(/^Fell significantly from 20\.0% in 2019 to 15\.0% in 2020/);
  });

  it('says "no clear change" when the intervals overlap, even when the value rose', () => {
    const c = compareTwoPeriods(point('2019', 10, [8, 12]), point('2020', 11, [9, 13]), 1, share);
    expect(c.direction).toBe('rise');
    expect(c.significance).toBe('no-clear-change');
    expect(c.words).toBe('No clear change: 10.0% in 2019, 11.0% in 2020 (the 95% confidence intervals overlap).');
  });

  it('intervals that only touch count as overlapping', () => {
    expect(compareTwoPeriods(point('2019', 10, [9, 11]), point('2020', 12, [11, 13]), 1, share).significance).toBe('no-clear-change');
  });

  it('without intervals, describes the change in value and never says "significantly"', () => {
    const up = compareTwoPeriods(point('2016/17', 691), point('2017/18', 724), 0, rate);
    expect(up.significance).toBe('not-tested');
    expect(up.words).toBe('Rose from 691 per 100,000 in 2016/17 to 724 per 100,000 in 2017/18 (up 33, 4.8%).');
    const down = compareTwoPeriods(point('2016/17', 724), point('2017/18', 691), 0, rate);
    expect(down.words).toBe('Fell from 724 per 100,000 in 2016/17 to 691 per 100,000 in 2017/18 (down 33, 4.6%).');
    expect(up.words + down.words).not.toMatch(/significant/);
  });

  it('when only one of the two has an interval, does not test', () => {
    expect(compareTwoPeriods(point('2019', 10, [9, 11]), point('2020', 20), 1, share).significance).toBe('not-tested');
  });

  it('equal values at the precision shown are "the same", never a rise', () => {
    const c = compareTwoPeriods(point('2019', 10.01), point('2020', 10.04), 1, share);
    expect(c.direction).toBe('same');
    expect(c.words).toBe('The same in 2020 as in 2019: 10.0%.');
  });

  it('compares the latest period with the one before and with five periods earlier', () => {
    const points = ['2010', '2011', '2012', '2013', '2014', '2015', '2016'].map((p, i) => point(p, 10 + i));
    const r = describeRecentChange(points, share, 1);
    expect(r.latest?.period).toBe('2016');
    expect(r.sincePrevious?.from.period).toBe('2015');
    expect(r.sinceFiveEarlier?.from.period).toBe('2011');
    expect(r.statements[0]).toBe('Since the period before: rose from 15.0% in 2015 to 16.0% in 2016 (up 1.0, 6.7%).');
    expect(r.statements[1]).toBe('Since five periods earlier: rose from 11.0% in 2011 to 16.0% in 2016 (up 5.0, 45.5%).');
    expect(r.statements.at(-1)).toMatch(/no confidence intervals.*cannot say whether it is significant/);
    expect(r.tested).toBe(false);
  });

  it('with intervals throughout, states significance and adds no "no intervals" caveat', () => {
    const points = ['2010', '2011', '2012', '2013', '2014', '2015'].map((p, i) => point(p, 10 + i * 2, [9 + i * 2, 11 + i * 2]));
    const r = describeRecentChange(points, share, 1);
    expect(r.sincePrevious?.significance).toBe('no-clear-change');
    expect(r.sinceFiveEarlier?.significance).toBe('significant');
    expect(r.tested).toBe(true);
    expect(r.statements.join(' ')).not.toMatch(/no confidence intervals/);
  });

  it('says when the series is too short or has a gap, rather than skipping over it', () => {
    const short = describeRecentChange([point('2019', 1), point('2020', 2)], share, 1);
    expect(short.sinceFiveEarlier).toBeNull();
    expect(short.statements.join(' ')).toMatch(/too short for a comparison with five periods earlier/);
    const gap = describeRecentChange([point('2018', 1), point('2019', null), point('2020', 2), point('2021', null)], share, 1);
    expect(gap.latest?.period).toBe('2020');
    expect(gap.statements[0]).toMatch(/latest figure is for 2020: there is no figure for 2021/);
    expect(gap.sincePrevious).toBeNull();
    expect(gap.statements[1]).toMatch(/Since the period before \(2019\): there is no figure/);
  });
});

describe('trend flag (synthetic periods)', () => {
  const point = (period: string, value: number | null, half: number | null = 0.5): TrendPoint => ({
    indicatorId: 'synthetic',
    period,
    value,
    lower95: value === null || half === null ? null : value - half,
    upper95: value === null || half === null ? null : value + half,
  });
  const worse = { outcome: 'worse' as const, reason: '' };
  const meta = syntheticMeta();

  it('flags "worse than England and getting worse" when the latest rise is beyond both intervals', () => {
    const t = assessTrend([point('2019', 10), point('2020', 11), point('2021', 13)], meta, worse, 'England');
    expect(t).toMatchObject({ change: 'rose', direction: 'worse', significant: true, flag: true });
    expect(t?.flagText).toBe('Worse than England and getting worse');
    expect(t?.sentence).toBe('Rose from 11.0% (2020) to 13.0% (2021), a significant change.');
  });

  it('does not flag a rise within the margin of error', () => {
    const t = assessTrend([point('2020', 11, 2), point('2021', 12, 2)], meta, worse, 'England');
    expect(t).toMatchObject({ direction: 'worse', significant: false, flag: false });
    expect(t?.sentence).toBe('Rose from 11.0% (2020) to 12.0% (2021), within the margin of error.');
  });

  it('flags a change with no intervals, which cannot be tested, and says so only by omission', () => {
    const t = assessTrend([point('2019', 8.1, null), point('2025', 12, null)], meta, worse, 'England');
    expect(t).toMatchObject({ significant: null, flag: true, sentence: 'Rose from 8.1% (2019) to 12.0% (2025).' });
  });

  it('does not flag when the area is not worse, when it is improving, or when neither direction is bad', () => {
    const similar = { outcome: 'similar' as const, reason: '' };
    expect(assessTrend([point('2020', 10), point('2021', 13)], meta, similar, 'England')?.flag).toBe(false);
    expect(assessTrend([point('2020', 13), point('2021', 10)], meta, worse, 'England')).toMatchObject({ direction: 'better', flag: false });
    const noJudgement = syntheticMeta({ polarity: 'no-judgement' });
    expect(assessTrend([point('2020', 10), point('2021', 13)], noJudgement, { outcome: 'higher', reason: '' }, 'England')).toMatchObject({
      direction: 'neither',
      flag: false,
    });
    const highGood = syntheticMeta({ polarity: 'high-is-good' });
    expect(assessTrend([point('2020', 13), point('2021', 10)], highGood, worse, 'England')).toMatchObject({ direction: 'worse', flag: true });
  });

  it('needs two periods with values, skipping missing ones, and reads equal rounded values as no change', () => {
    expect(assessTrend([point('2021', 10)], meta, worse, 'England')).toBeNull();
    expect(assessTrend([point('2019', 9), point('2020', null), point('2021', 10)], meta, worse, 'England')?.previous.period).toBe('2019');
    expect(assessTrend([point('2020', 0.01, null), point('2021', 0.02, null)], meta, worse, 'England')).toMatchObject({
      change: 'unchanged',
      flag: false,
      sentence: 'Was 0.0% in both 2020 and 2021.',
    });
  });

  it('finds the periods in the index, oldest first, and follows a renamed indicator', () => {
    const rows = [
      syntheticRow('E05000001', 12, { period: '2021' }),
      syntheticRow('E05000001', 10, { period: '2019' }),
      syntheticRow('E05000002', 3, { period: '2021' }),
    ];
    const index = buildIndicatorIndex([syntheticMeta()], rows);
    expect(trendPoints(index, ['synthetic'], 'E05000001').map((p) => [p.period, p.value])).toEqual([
      ['2019', 10],
      ['2021', 12],
    ]);
  });
});

describe('one rule for both uses', () => {
  it('gives the same direction and significance to the trends page and the ward flag', () => {
    const pairs: [number, number, [number, number] | null, [number, number] | null][] = [
      [10, 15, [9, 11], [14, 16]],
      [10, 11, [8, 12], [9, 13]],
      [10, 12, [9, 11], [11, 13]],
      [0.01, 0.04, null, null],
      [12, 8.1, null, null],
      [20, 15, [19, 21], null],
    ];
    for (const [a, b, ia, ib] of pairs) {
      const from = { indicatorId: 'synthetic', period: '2020', value: a, lower95: ia?.[0] ?? null, upper95: ia?.[1] ?? null };
      const to = { indicatorId: 'synthetic', period: '2021', value: b, lower95: ib?.[0] ?? null, upper95: ib?.[1] ?? null };
      const c = compareTwoPeriods(from, to, 1, share);
      const t = assessTrend([from, to], share, { outcome: 'worse', reason: '' }, 'England');
      expect(t?.change).toBe({ rise: 'rose', fall: 'fell', same: 'unchanged' }[c.direction]);
      expect(t?.significant).toBe(c.significant);
      expect(t?.direction).toBe(changeMeaning(c.direction, share.polarity));
    }
  });

  it('reads a change as bad or good news by polarity', () => {
    expect(changeMeaning('rise', 'low-is-good')).toBe('worse');
    expect(changeMeaning('fall', 'low-is-good')).toBe('better');
    expect(changeMeaning('rise', 'high-is-good')).toBe('better');
    expect(changeMeaning('fall', 'high-is-good')).toBe('worse');
    expect(changeMeaning('rise', 'no-judgement')).toBe('neither');
    expect(changeMeaning('same', 'low-is-good')).toBe('neither');
  });

  it('keeps the significance even when the change is "the same" when shown, but never calls it significant', () => {
    const c = compareTwoPeriods(point('2019', 10.01, [10, 10.02]), point('2020', 10.04, [10.03, 10.05]), 1, share);
    expect(c.direction).toBe('same');
    expect(c.significant).toBe(true);
    expect(c.significance).toBe('no-clear-change');
  });

  it('knows a point has an interval only with both limits', () => {
    expect(hasInterval(point('2019', 10, [9, 11]))).toBe(true);
    expect(hasInterval(point('2019', 10))).toBe(false);
    expect(hasInterval({ period: '2019', value: 10, lower95: 9, upper95: null })).toBe(false);
  });
});
