// Priorities scoring (moved from model.test.ts). Every figure here is SYNTHETIC, not York data.
import { describe, expect, it } from 'vitest';
import { excessCount, relativeGap, scoreFinding, WEIGHTS } from './scoring';

describe('scoring criteria (synthetic)', () => {
  it('measures the gap and the excess in the bad direction for either polarity', () => {
    expect(relativeGap(20, 10, 'low-is-good')).toBe(1);
    expect(relativeGap(8, 10, 'high-is-good')).toBeCloseTo(0.2, 12);
    expect(relativeGap(12, 10, 'high-is-good')).toBeCloseTo(-0.2, 12);
    expect(relativeGap(5, 0, 'low-is-good')).toBeNull();
    expect(excessCount(2000, 10000, 10, 100, 'low-is-good')).toBe(1000);
    expect(excessCount(800, 10000, 10, 100, 'high-is-good')).toBe(200);
    expect(excessCount(null, 10000, 10, 100, 'low-is-good')).toBeNull();
    expect(excessCount(5, 10, 10, null, 'low-is-good')).toBeNull();
  });

  it('adds up the documented points', () => {
    const top = scoreFinding({ outcome: 'worst', gap: 1, excess: 1000, gettingWorse: true, deprivationRank: 1, deprivationOf: 3 });
    expect(top.points).toEqual({ significance: 35, gap: 25, residents: 20, trend: 10, deprivation: 10 });
    expect(top.score).toBe(100);
    expect(Object.values(WEIGHTS).reduce((s, w) => s + w, 0) - WEIGHTS.worse).toBe(100);
    const none = scoreFinding({ outcome: 'similar', gap: -0.5, excess: -40, gettingWorse: false, deprivationRank: 3, deprivationOf: 3 });
    expect(none.score).toBe(0);
    // 20 × log10(1 + 20) / log10(1 + 1000), worked by hand: 20 × 1.322219 / 3.000434 = 8.8135.
    expect(scoreFinding({ outcome: 'worse', gap: 0, excess: 20, gettingWorse: false, deprivationRank: null, deprivationOf: 3 }).points.residents).toBeCloseTo(8.8135, 3);
  });
});
