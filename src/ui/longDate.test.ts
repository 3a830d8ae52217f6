import { describe, expect, it } from 'vitest';
import { longDate } from './longDate';

describe('longDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(longDate('2026-11-25')).toBe('25 November 2026');
    expect(longDate('2025-01-01')).toBe('1 January 2025');
  });
});
