import { describe, expect, it } from 'vitest';
import { GEO_LABEL, gradientTableCaption, includedCount, riiUsable, scaleWords } from './gapWords';

describe('riiUsable', () => {
  it('needs both fitted ends above zero and a finite ratio', () => {
    // 30 / 10 = 3: usable.
    expect(riiUsable({ mostDeprived: 30, leastDeprived: 10, rii: 3 })).toBe(true);
    expect(riiUsable({ mostDeprived: 30, leastDeprived: 0, rii: Infinity })).toBe(false);
    expect(riiUsable({ mostDeprived: -2, leastDeprived: 10, rii: -0.2 })).toBe(false);
    expect(riiUsable({ mostDeprived: 30, leastDeprived: 10, rii: Number.NaN })).toBe(false);
    expect(riiUsable(null)).toBe(false);
  });
});

describe('includedCount', () => {
  it('counts the areas not excluded', () => {
    expect(includedCount([{ excluded: '' }, { excluded: 'No count' }, { excluded: '' }])).toBe(2);
  });
});

describe('scaleWords', () => {
  it('fits rates on the log scale and everything else on log-odds', () => {
    expect(scaleWords('rate')).toEqual({ scale: 'log scale', kind: 'rates' });
    expect(scaleWords('proportion')).toEqual({ scale: 'log-odds scale', kind: 'percentages' });
  });
});

describe('gradientTableCaption', () => {
  it('names the indicator, period and areas, ranked by deprivation', () => {
    expect(gradientTableCaption('Smoking', '2023', 'York', GEO_LABEL.ward.words, 21)).toBe(
      'Smoking (2023) in York’s wards, ranked from most deprived (1) to least deprived (21)',
    );
    expect(GEO_LABEL.lsoa.plural).toBe('Neighbourhoods (LSOAs)');
  });
});
