// A corpus of malformed and hostile inputs, part of it: Validation rules, intervals, and hostile content that must stay data.
// Every file here is SYNTHETIC: written by the tests themselves to exercise one failure mode; none of the numbers are
// real statistics. Shared helpers are in malformedHelpers.ts.

import { describe, expect, it } from 'vitest';
import { wilsonInterval, crudeRate } from '../stats';
import { ingestCsvText } from './index';
import { type IndicatorRow } from '../domain/indicators';
import { canon } from './malformedHelpers';

describe('validation rules', () => {
  it('duplicate keys are rejected with the line of the first', () => {
    const r = canon([{}, { 'Area Code': 'E05010312' }, {}, {}]);
    expect(r.stats).toEqual({ read: 4, accepted: 2, rejected: 2 });
    expect(r.rejected.map((x) => x.line)).toEqual([4, 5]);
    expect(r.rejected[0]!.reason).toMatch(/^Duplicate of line 2:/);
    expect(r.rejected[1]!.reason).toMatch(/^Duplicate of line 2:/);
  });

  it('the same category under two category types is not a duplicate; each key field matters', () => {
    const r = canon([
      { 'Category Type': 'Deprivation decile (IMD2019)', Category: 'Most deprived decile' },
      { 'Category Type': 'Deprivation decile (IMD2015)', Category: 'Most deprived decile' },
      { Sex: 'Male' },
      { Age: '0-9 yrs' },
      { 'Time period': '2022' },
      { 'Indicator ID': 'r1' },
      {},
    ]);
    expect(r.stats).toEqual({ read: 7, accepted: 7, rejected: 0 });
  });

  it('negative counts and denominators are rejected', () => {
    const r = canon([{ Count: '-1' }, { Denominator: '-100', 'Area Code': 'E05010312' }]);
    expect(r.rejected).toEqual([
      { line: 2, reason: 'Count is negative (-1).' },
      { line: 3, reason: 'Denominator is negative (-100).' },
    ]);
  });

  it('a count above its denominator is rejected for proportions only', () => {
    const r = canon([{ 'Indicator ID': 'p1', Count: '150', Denominator: '100' }, { 'Indicator ID': 'r1', Count: '150', Denominator: '100' }]);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]).toEqual({ line: 2, reason: 'Count (150) is larger than the denominator (100), which is impossible for a proportion.' });
    expect(r.rows[0]!.indicatorId).toBe('r1');
  });

  it('lower > upper and a value outside its interval are warnings; the rows are kept', () => {
    const r = canon([
      { 'Lower CI 95.0 limit': '12', 'Upper CI 95.0 limit': '8' },
      { 'Area Code': 'E05010312', Value: '20' },
    ]);
    expect(r.stats.accepted).toBe(2);
    expect(r.warnings).toContain('1 row has a lower 95% limit above the upper limit (lines 2); kept as published.');
    expect(r.warnings.some((w) => w.startsWith('2 rows have a value outside the 95% interval (lines 2, 3)'))).toBe(true);
    expect(r.warnings.some((w) => w.startsWith('1 row has a value outside the 99.8% interval (lines 3)'))).toBe(true);
  });

  it('computes Wilson limits for proportions and Byar/exact for crude rates when limits are missing', () => {
    const none = { 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': '' };
    const r = canon([
      { ...none, 'Indicator ID': 'p1', Value: '25', Count: '25', Denominator: '100' },
      { ...none, 'Indicator ID': 'r1', Value: '500', Count: '50', Denominator: '10000' },
      { ...none, 'Indicator ID': 'r1', Value: '30', Count: '3', Denominator: '10000', 'Area Code': 'E05010312' },
      // Age-standardised: value is not count/denominator x 100,000, so no crude limits.
      { ...none, 'Indicator ID': 'd1', Value: '612.3', Count: '50', Denominator: '10000' },
      // Suppressed value: nothing is computed.
      { ...none, 'Indicator ID': 'p1', Value: '*', Count: '3', Denominator: '100', 'Area Code': 'E05010312' },
    ]);
    expect(r.stats.accepted).toBe(5);
    const [p, rate, small, dsr, suppressed] = r.rows as [IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow];
    const w95 = wilsonInterval(25, 100, { confidence: 0.95 });
    const w998 = wilsonInterval(25, 100, { confidence: 0.998 });
    expect(p.ciMethod).toBe('wilson');
    expect([p.lower95, p.upper95, p.lower998, p.upper998]).toEqual([w95.lower, w95.upper, w998.lower, w998.upper]);
    expect(rate.ciMethod).toBe('byar');
    expect(rate.lower95).toBe(crudeRate(50, 10000, { confidence: 0.95 }).lower);
    expect(small.ciMethod).toBe('exact');
    expect(small.upper998).toBe(crudeRate(3, 10000, { confidence: 0.998 }).upper);
    expect(dsr.ciMethod).toBe('none');
    expect(dsr.lower95).toBeNull();
    expect(r.warnings.some((w) => w.startsWith('Indicator d1: 1 row has a count and denominator but a value that is not count'))).toBe(true);
    expect(suppressed.ciMethod).toBe('none');
    expect(suppressed.lower95).toBeNull();
  });

  it('allows for rounding when deciding that a value is the crude ratio', () => {
    const none = { 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': '' };
    const r = canon([
      { ...none, Value: '33.3', Count: '1', Denominator: '3' },
      { ...none, Value: '33.4', Count: '1', Denominator: '3', 'Area Code': 'E05010312' },
    ]);
    expect(r.rows.map((x) => x.ciMethod)).toEqual(['wilson', 'none']);
  });

  it('an explicit CI method in a canonical file is respected (no recomputation)', () => {
    const r = canon([{ 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': 'none' }]);
    expect(r.rows[0]!.ciMethod).toBe('none');
    expect(r.rows[0]!.lower95).toBeNull();
  });
});

describe('hostile content stays data', () => {
  it('HTML and script in names and notes are kept exactly as plain text', () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const r = canon([{ 'Area Name': evil, 'Value note': '=HYPERLINK("http://evil")', Category: '{{constructor.constructor("alert(1)")()}}', 'Category Type': 'T' }]);
    expect(r.rows[0]!.areaName).toBe(evil);
    expect(r.rows[0]!.valueNote).toBe('=HYPERLINK("http://evil")');
    expect(r.rows[0]!.category).toBe('{{constructor.constructor("alert(1)")()}}');
    const f = ingestCsvText(`Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value\n1,"${evil.replace(/"/g, '""')}",E06000014,York,2020,1\n`);
    expect(f.indicators[0]!.name).toBe(evil);
  });

  it('an indicator id like __proto__ does not pollute objects', () => {
    const f = ingestCsvText('Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value\n__proto__,x,E06000014,York,2020,1\nconstructor,y,E06000014,York,2020,2\n');
    expect(f.stats.accepted).toBe(2);
    expect(f.indicators.map((m) => m.id)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
