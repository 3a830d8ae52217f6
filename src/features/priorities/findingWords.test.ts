import { describe, expect, it } from 'vitest';
import { excessText, gapText } from './findingWords';
import type { Finding } from './model';

// Only the fields the words read; SYNTHETIC values.
const finding = (value: number, benchmark: number | null, gap: number | null, excess: number | null = null) =>
  ({ value, gap, excess, benchmark: { name: 'York', row: { value: benchmark } } }) as unknown as Finding;

describe('gapText', () => {
  it('gives the gap as a whole percentage of the benchmark, saying when it is better', () => {
    // |21.6 − 10| / 10 = 116%.
    expect(gapText(finding(21.6, 10, 1.16))).toBe('116% above York');
    // |8.8 − 10| / 10 = 12%, lower and better.
    expect(gapText(finding(8.8, 10, -0.12))).toBe('12% below York (better)');
    // Lower but worse (high is good): no "(better)".
    expect(gapText(finding(8.8, 10, 0.12))).toBe('12% below York');
    expect(gapText(finding(10.04, 10, 0.004))).toBe('Within 1% of York');
  });
  it('says No data without a gap or with a benchmark of 0 or none', () => {
    expect(gapText(finding(5, 10, null))).toBe('No data');
    expect(gapText(finding(5, 0, 1))).toBe('No data');
    expect(gapText(finding(5, null, 1))).toBe('No data');
  });
});

describe('excessText', () => {
  it('gives the residents above or below the benchmark, rounded as "about"', () => {
    expect(excessText(finding(1, 1, 0, 123.4))).toBe('about 123 more');
    expect(excessText(finding(1, 1, 0, -1234))).toBe('about 1,230 fewer');
    expect(excessText(finding(1, 1, 0, 0.4))).toBe('About the same');
    expect(excessText(finding(1, 1, 0, null))).toBe('No data');
  });
});
