import { describe, expect, it } from 'vitest';
import { isOldFigure, periodEndYear, periodWithAge } from './figureAge';

describe('figure age', () => {
  it.each([
    ['2017/18', 2018],
    ['2019 - 21', 2021],
    ['2013-17', 2017],
    ['2013-2017', 2017],
    ['2001–03', 2003],
    ['1999/00', 2000],
    ['2021', 2021],
    ['Census 2021', 2021],
    ['', null],
  ])('ends %s in %s', (period, year) => {
    expect(periodEndYear(period)).toBe(year);
  });

  it('marks a period that ended more than five years before the snapshot, not one that ended five years before', () => {
    expect(isOldFigure('2017/18', '2026-11-25')).toBe(true);
    expect(isOldFigure('2020', '2026-11-25')).toBe(true);
    expect(isOldFigure('2019 - 21', '2026-11-25')).toBe(false);
    expect(isOldFigure('2021', '2026-01-01')).toBe(false);
    expect(isOldFigure('no year', '2026-01-01')).toBe(false);
  });

  it('says so beside the period', () => {
    expect(periodWithAge('2017/18', '2026-11-25')).toBe('2017/18 — the latest open figure');
    expect(periodWithAge('2024', '2026-11-25')).toBe('2024');
  });
});
