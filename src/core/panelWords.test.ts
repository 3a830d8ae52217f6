// SYNTHETIC lines only: not real figures.
import { describe, expect, it } from 'vitest';
import { plainOutcome, plainOutcomeLabel, publishedNote, themeGroups, themeSummary, unitBeside } from './panelWords';
import { syntheticRow } from './testFixtures';

const bench = (name: string) => ({ code: name, name, row: syntheticRow('E92000001', 1) });
const line = (theme: string, outcome: 'worse' | 'better' | 'similar' | 'worst', benchmark = 'England') => ({
  meta: { theme },
  comparison: { outcome, reason: '' },
  benchmark: bench(benchmark),
});

describe('the all-indicator table’s words', () => {
  it('groups consecutive lines by theme and says what each holds', () => {
    const lines = [line('Deprivation', 'worse'), line('Deprivation', 'worst'), line('Deprivation', 'better', 'York'), line('Carers', 'similar')];
    const groups = themeGroups(lines);
    expect(groups.map((g) => [g.theme, g.lines.length])).toEqual([['Deprivation', 3], ['Carers', 1]]);
    expect(themeSummary(groups[0]!.lines)).toBe('3 figures, 2 worse than England, 1 better than York');
    expect(themeSummary(groups[1]!.lines)).toBe('1 figure');
  });

  it('says a comparison in plain words, the publisher’s verdict never “significantly”', () => {
    expect(plainOutcome('worst', 'England', 'computed')).toBe('Significantly worse than England');
    expect(plainOutcome('worse', 'England', 'published')).toBe('Worse than England, as the publisher judges it');
    expect(plainOutcome('similar', 'York')).toBe('Not significantly different from York');
    expect(plainOutcomeLabel('worst')).toBe('Worse, very clearly');
    expect(plainOutcomeLabel('similar')).toBe('Similar');
    expect(publishedNote(['OHID Fingertips', 'OHID Fingertips'])).toMatch(/^“As the publisher judges it”: OHID Fingertips compared/);
  });

  it('writes the unit beside a value unless the value carries it', () => {
    expect(unitBeside({ unit: '%' })).toBe('');
    expect(unitBeside({ unit: 'years' })).toBe('');
    expect(unitBeside({ unit: 'per 100,000 (age-standardised)' })).toBe('per 100,000 (age-standardised)');
  });
});
