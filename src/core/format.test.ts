// Every figure here is SYNTHETIC (made up for the test): none is a real published value.
import { describe, expect, it } from 'vitest';
import { syntheticMeta, syntheticRow } from './testFixtures';
import {
  capitalise,
  countNoun,
  countOf,
  countText,
  displayDecimals,
  fixedDecimals,
  formatAbout,
  formatCount,
  formatFigure,
  formatInterval,
  formatNumber,
  formatTick,
  formatValue,
  formatWhole,
  formatWithUnit,
  listInWords,
  lowerFirst,
  sentenceName,
  unitLabel,
} from './format';

// Moved from the trends tests with the two fixtures they use.
const rate = syntheticMeta({ id: 'rate', name: 'Hospital admissions for synthetic reasons (test method)', unit: 'per 100,000 (age-standardised)', valueType: 'rate', multiplier: 100000, publisher: 'Office for Health Improvement and Disparities (OHID), Fingertips' });
const share = syntheticMeta({ id: 'share', name: 'Synthetic share', unit: '%' });

// Moved from core.test.ts.
describe('formatValue', () => {
  it('shows a missing value as "No data", never 0', () => {
    expect(formatValue(null, syntheticMeta())).toBe('No data');
    expect(formatValue(0, syntheticMeta())).toBe('0.0%');
    expect(formatValue(1234.56, syntheticMeta({ unit: 'score' }))).toBe('1,234.6');
  });
});

// Moved from the trends tests.
describe('numbers', () => {
  it('shows as many decimals as the published values have, at most one', () => {
    expect(displayDecimals([447, 462, null], rate)).toBe(0);
    expect(displayDecimals([21.8, 22], share)).toBe(1);
    expect(displayDecimals([21.845], share)).toBe(1);
  });

  it('missing values are "No data", never 0', () => {
    expect(formatWithUnit(null, 0, rate)).toBe('No data');
    expect(formatWithUnit(447, 0, rate)).toBe('447 per 100,000');
  });
});

describe('one precision rule per use', () => {
  it('fixed decimals: none for counts and ranks, one otherwise', () => {
    expect(fixedDecimals(syntheticMeta({ valueType: 'count' }))).toBe(0);
    expect(fixedDecimals(syntheticMeta({ valueType: 'rank' }))).toBe(0);
    expect(fixedDecimals(share)).toBe(1);
    expect(fixedDecimals(rate)).toBe(1);
  });

  it('formatValue is formatFigure at the fixed decimals', () => {
    for (const v of [0, 0.04, 12.345, 1234.56, -3.25, null]) {
      expect(formatValue(v, share)).toBe(formatFigure(v, fixedDecimals(share), share));
      expect(formatValue(v, rate)).toBe(formatFigure(v, fixedDecimals(rate), rate));
    }
    expect(formatFigure(21.845, 2, share)).toBe('21.85%');
    expect(formatFigure(447, 0, rate)).toBe('447');
    expect(formatFigure(Number.NaN, 1, share)).toBe('No data');
  });

  it('writes intervals at the fixed decimals with the unit on both limits', () => {
    expect(formatInterval(syntheticRow('E05000001', 16.5, { lower95: 15.8, upper95: 17.44 }), share)).toBe('15.8% to 17.4%');
    expect(formatInterval(syntheticRow('E05000001', 16.5, { lower95: 1200.4, upper95: 1300 }), rate)).toBe('1,200.4 to 1,300.0');
    expect(formatInterval(syntheticRow('E05000001', 16.5, { lower95: null, upper95: null }), share)).toBe('');
    expect(formatInterval(undefined, share)).toBe('');
  });

  it('numbers, whole numbers and axis ticks in British style', () => {
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
    expect(formatNumber(2.25, 0)).toBe('2');
    expect(formatWhole(1204)).toBe('1,204');
    expect(formatTick(12.25, share)).toBe('12.3%');
    expect(formatTick(1500, rate)).toBe('1,500');
    expect(formatTick(0, share)).toBe('0%');
    expect(formatWithUnit(21.8, 1, share)).toBe('21.8%');
    expect(formatWithUnit(6.2, 1, syntheticMeta({ unit: 'score (out of 10)' }))).toBe('6.2 (score)');
    expect(formatWithUnit(63.2, 1, syntheticMeta({ unit: 'years' }))).toBe('63.2 years');
    expect(formatWithUnit(105.3, 1, syntheticMeta({ unit: 'index (England 2015 = 100)' }))).toBe('105.3 (index)');
  });
});

describe('counts', () => {
  it('whole counts exactly, estimates as "about", missing as "–" in tables and "No data" in words', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(1234.4)).toBe('about 1,230');
    expect(formatCount(56.6)).toBe('about 57');
    expect(formatCount(null)).toBe('–');
    expect(formatAbout(2874.2)).toBe('about 2,870');
    expect(formatAbout(null)).toBe('No data');
  });

  it('a count of its denominator', () => {
    expect(countText(syntheticRow('E05000001', 20, { count: 40, denominator: 200 }))).toBe('40 of 200');
    expect(countText(syntheticRow('E05000001', 20, { count: 1234.4, denominator: 6171.6 }))).toBe('about 1,230 of 6,172');
    expect(countText(syntheticRow('E05000001', 20, { count: null, denominator: 200 }))).toBe('');
    expect(countText(undefined)).toBe('');
  });

  it('counts with their noun', () => {
    expect(countOf(1, 'indicator', 'indicators')).toBe('1 indicator');
    expect(countOf(1204, 'ward figure', 'ward figures')).toBe('1,204 ward figures');
    expect(countOf(0, 'ward figure', 'ward figures')).toBe('0 ward figures');
    expect(countNoun(syntheticMeta({ id: 'iod2025-idaci', population: 'children' }))).toBe('children');
    expect(countNoun(syntheticMeta({ definition: 'Share of households with disabled residents' }))).toBe('residents');
    expect(countNoun(syntheticMeta({ definition: 'Share of households in fuel poverty' }))).toBe('households');
    expect(countNoun(syntheticMeta())).toBe('residents');
  });
});

describe('units and words', () => {
  it('unit words, capitals and lists', () => {
    expect(unitLabel(share)).toBe('per cent');
    expect(unitLabel(rate)).toBe('per 100,000 (age-standardised)');
    expect(capitalise(unitLabel(share))).toBe('Per cent');
    expect(lowerFirst('Hospital admissions')).toBe('hospital admissions');
    expect(lowerFirst('IMD score')).toBe('IMD score');
    expect(lowerFirst('A')).toBe('A');
    expect(lowerFirst('Health Index: overall')).toBe('Health Index: overall');
    expect(sentenceName(syntheticMeta({ name: 'NHS dental patients (adults)' }))).toBe('NHS dental patients');
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('formatNumber', () => {
  it('never writes a negative zero', () => {
    expect(formatNumber(-0.001, 2)).toBe('0.00');
    expect(formatNumber(-0.01, 2)).toBe('-0.01');
    expect(formatNumber(-1234.5, 1)).toBe('-1,234.5');
  });
});
