import { describe, expect, it } from 'vitest';
import { COUNT_CLASSES, countClass, countSummary, findings, shownClasses } from './countClasses';

const wards = [
  { code: 'a', name: 'Acomb' },
  { code: 'b', name: 'Clifton' },
  { code: 'c', name: 'Westfield' },
  { code: 'd', name: 'Holgate' },
  { code: 'e', name: 'Guildhall' },
];

describe('countClass', () => {
  it('puts each count in its shade', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => countClass(n).label)).toEqual([
      'None',
      '1 finding',
      '2 or 3 findings',
      '2 or 3 findings',
      '4 or 5 findings',
      '4 or 5 findings',
      '6 or more findings',
      '6 or more findings',
    ]);
    expect(countClass(7).colour).toBe('#54278f');
    expect(countClass(-1)).toBe(COUNT_CLASSES[0]);
  });
  it('keys only the classes some ward is in', () => {
    expect(shownClasses(new Map([['a', 0], ['b', 3], ['c', 2]])).map((c) => c.label)).toEqual(['None', '2 or 3 findings']);
  });
  it('counts findings in words', () => {
    expect(findings(1)).toBe('1 priority finding');
    expect(findings(0)).toBe('0 priority findings');
    expect(findings(3)).toBe('3 priority findings');
  });
});

describe('countSummary', () => {
  it('names the ward with most findings, the next two, and how many have none', () => {
    const counts = new Map([['a', 2], ['b', 2], ['c', 7], ['d', 1]]);
    expect(countSummary(counts, wards, '')).toBe(
      'Westfield has the most priority findings (7), then Acomb (2) and Clifton (2); 4 of 5 wards have at least one, 1 has none.',
    );
  });
  it('says the theme, and leaves off "then" and "none" when there are none to say', () => {
    const counts = new Map([['c', 3]]);
    expect(countSummary(counts, wards.slice(2, 3), ' on carers')).toBe('Westfield has the most priority findings on carers (3); 1 of 1 wards have at least one.');
    expect(countSummary(new Map([['a', 1]]), wards.slice(0, 3), '')).toBe('Acomb has the most priority findings (1); 1 of 3 wards have at least one, 2 have none.');
  });
  it('says when no ward has any', () => {
    expect(countSummary(new Map(), wards, ' on carers')).toBe('No ward has a priority finding on carers.');
  });
});
