import { describe, expect, it } from 'vitest';
import { signed } from './signed';

describe('signed', () => {
  it('writes a true minus sign, to one decimal place unless told', () => {
    expect(signed(-3.14)).toBe('−3.1');
    expect(signed(2.5, 2)).toBe('2.50');
    expect(signed(-1234.5, 0)).toBe('−1,235');
  });
});
