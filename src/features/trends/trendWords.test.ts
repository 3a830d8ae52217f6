import { describe, expect, it } from 'vitest';
import { breakdownSuffix, missingComparatorsText, trendTableCaption } from './trendWords';

describe('breakdownSuffix', () => {
  it('follows the name with the breakdown, or nothing for the headline', () => {
    expect(breakdownSuffix('males')).toBe(', males');
    expect(breakdownSuffix('')).toBe('');
  });
});

describe('missingComparatorsText', () => {
  it('names the authorities without figures, with the breakdown when there is one', () => {
    expect(missingComparatorsText(['Leeds'], '')).toBe('No figures for Leeds for this indicator: it is not in the chart.');
    expect(missingComparatorsText(['Leeds', 'Hull'], 'males')).toBe('No figures for Leeds, Hull for this indicator (males): they are not in the chart.');
  });
});

describe('trendTableCaption', () => {
  it('names the indicator, breakdown, unit and areas', () => {
    expect(trendTableCaption('Smoking', 'males', '%', ['York', 'England'])).toBe('Smoking, males, per cent, by period: York, England');
    expect(trendTableCaption('Deaths', '', 'per 100,000', ['York'])).toBe('Deaths, per 100,000, by period: York');
  });
});
