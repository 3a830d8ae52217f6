import { describe, expect, it } from 'vitest';
import { bandLabel, share } from './ageWords';
import { heading } from './lsoaHeading';
import { pct } from './spinePosition';
import { syntheticMeta } from '../../core/testFixtures';

describe('age pyramid words', () => {
  it('labels bands with an en dash, and the top band with a plus', () => {
    expect(bandLabel({ band: '0-4', start: 0, end: 4, area: null, comparator: null })).toBe('0–4');
    expect(bandLabel({ band: '85+', start: 85, end: null, area: null, comparator: null })).toBe('85+');
  });
  it('writes shares to one decimal place, or No data', () => {
    expect(share(6.25)).toBe('6.3%');
    expect(share(0)).toBe('0.0%');
    expect(share(null)).toBe('No data');
  });
});

describe('neighbourhood table headings', () => {
  it('adds the unit in brackets, (%) for percentages', () => {
    expect(heading(syntheticMeta({ name: 'Income deprivation', unit: '%' }))).toBe('Income deprivation (%)');
    expect(heading(syntheticMeta({ name: 'Population density', unit: 'people per hectare' }))).toBe('Population density (people per hectare)');
  });
  it('keeps only the explanation of a unit that repeats the name’s last word', () => {
    expect(heading(syntheticMeta({ name: 'National deprivation decile', unit: 'decile (1 = most deprived)' }))).toBe(
      'National deprivation decile (1 = most deprived)',
    );
  });
});

describe('spine chart positions', () => {
  it('puts 0 at 3% and 1 at 97% of the width', () => {
    expect([pct(0), pct(0.5), pct(1)]).toEqual(['3%', '50%', '97%']);
  });
});
