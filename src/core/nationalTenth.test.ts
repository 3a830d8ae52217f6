import { describe, expect, it } from 'vitest';
import { nationalPlacement, nationalTenth } from './nationalTenth';

// Synthetic cut points for the tests: the tops of the tenths of the values 1…100 (10, 20, …, 90).
const CUTS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

describe('nationalTenth', () => {
  it.each([
    [1, 1],
    [10, 1], // the top of the first tenth belongs to it
    [10.001, 2],
    [55, 6],
    [90, 9],
    [90.5, 10],
    [1e9, 10],
  ])('puts %s in tenth %s', (value, tenth) => {
    expect(nationalTenth(value, CUTS)).toBe(tenth);
  });

  it('refuses a wrong number of cut points or a non-finite value', () => {
    expect(() => nationalTenth(5, [1, 2, 3])).toThrow(RangeError);
    expect(() => nationalTenth(Number.NaN, CUTS)).toThrow(RangeError);
  });
});

describe('nationalPlacement', () => {
  it('says only what the tenth proves, with the direction that is better', () => {
    expect(nationalPlacement(95, { englandLsoaTenths: CUTS, polarity: 'low-is-good' })).toBe(
      "higher than at least 90% of England's neighbourhoods (lower is better)",
    );
    expect(nationalPlacement(5, { englandLsoaTenths: CUTS, polarity: 'high-is-good' })).toBe(
      "lower than at least 90% of England's neighbourhoods (higher is better)",
    );
    expect(nationalPlacement(45, { englandLsoaTenths: CUTS, polarity: 'no-judgement' })).toBe("lower than at least 50% of England's neighbourhoods");
  });

  it('is empty without national tenths or without a value', () => {
    expect(nationalPlacement(45, { polarity: 'low-is-good' })).toBe('');
    expect(nationalPlacement(null, { englandLsoaTenths: CUTS, polarity: 'low-is-good' })).toBe('');
  });
});
