import { describe, expect, it } from 'vitest';
import { longDate } from './longDate';

describe('longDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(longDate('2026-11-25')).toBe('25 November 2026');
    expect(longDate('2025-01-01')).toBe('1 January 2025');
  });
});

describe('longDate, against the browser formatter it replaced', () => {
  it('writes every day of 2024 (a leap year) exactly as toLocaleDateString does', () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect(longDate(iso)).toBe(new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    }
  });

  it('gives back what is not a date as it was written', () => {
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(longDate('soon')).toBe('soon');
  });
});
