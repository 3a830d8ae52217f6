// The hand-written number parser (hot path) against the declarative zod schema, plus
// the small helpers. Inputs are SYNTHETIC.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumericFieldSchema, parseNumber } from './index';
import { roundingHalfUnit } from './numbers';
import { guessUnit, slugify } from './guess';
import { areaTypeFromLabel, normaliseAreaName } from './areas';

function viaZod(s: string): number | null | 'invalid' {
  const r = NumericFieldSchema.safeParse(s);
  return r.success ? r.data : 'invalid';
}

function viaParser(s: string): number | null | 'invalid' {
  const n = parseNumber(s);
  return n !== null && Number.isNaN(n) ? 'invalid' : n;
}

describe('parseNumber', () => {
  it('examples', () => {
    const cases: [string, number | null | 'invalid'][] = [
      ['94.7261896202678', 94.7261896202678],
      ['-3', -3],
      ['+3', 3],
      [' 12 ', 12],
      ['\t12\t', 12],
      ['.5', 0.5],
      ['5.', 5],
      ['1e-5', 0.00001],
      ['1E+3', 1000],
      ['1,234', 1234],
      ['29,199', 29199],
      ['1,234,567.25', 1234567.25],
      ['0012', 12],
      ['*', null],
      ['', null],
      ['NA', null],
      ['n/a', null],
      ['..', null],
      [':', null],
      ['-', null],
      ['x', null],
      ['12abc', 'invalid'],
      ['1,23', 'invalid'],
      ['1234,567', 'invalid'],
      [',123', 'invalid'],
      ['0x10', 'invalid'],
      ['0b1', 'invalid'],
      ['Infinity', 'invalid'],
      ['-Infinity', 'invalid'],
      ['1e400', 'invalid'],
      ['NaN', null],
      ['.', null], // SAS/Stata write a lone dot for missing
      ['+', 'invalid'],
      ['1 2', 'invalid'],
      ['12%', 'invalid'],
      ['£5', 'invalid'],
      ['1e', 'invalid'],
      ['١٢', 'invalid'],
    ];
    for (const [s, want] of cases) {
      expect(viaParser(s), JSON.stringify(s)).toBe(want);
      expect(viaZod(s), `zod ${JSON.stringify(s)}`).toBe(want);
    }
  });

  it('decimal comma (semicolon-delimited files)', () => {
    expect(parseNumber('12,5', true)).toBe(12.5);
    expect(parseNumber('12.5', true)).toBe(12.5);
    expect(Number.isNaN(parseNumber('1.234,5', true))).toBe(true);
  });

  it('agrees with the zod schema on generated number-like text', () => {
    const alphabet = fc.constantFrom(...'0123456789,.eE+- x*aN/:\t'.split(''));
    const numberish = fc.oneof(
      fc.array(alphabet, { maxLength: 14 }).map((a) => a.join('')),
      fc.double({ noNaN: true }).map(String),
      fc.integer().map((n) => n.toLocaleString('en-GB')),
      fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.nat(999)).map(([a, b]) => `${a.toLocaleString('en-GB')}.${b}`),
    );
    fc.assert(
      fc.property(numberish, (s) => {
        expect(viaParser(s)).toBe(viaZod(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every finite double written by JavaScript', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        expect(parseNumber(String(d))).toBe(Number(String(d))); // String(-0) is "0"
        if (d !== 0) expect(parseNumber(String(d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('the fast path for plain decimals is exactly Number() (correct rounding, signs, zeros)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 16 }), fc.nat(17), fc.boolean())
      .map(([neg, ds, dot, withDot]) => {
        const digits = ds.join('');
        const body = withDot ? `${digits.slice(0, dot % (digits.length + 1))}.${digits.slice(dot % (digits.length + 1))}` : digits;
        return (neg ? '-' : '') + body;
      });
    fc.assert(
      fc.property(decimal, (s) => {
        const want = /\d/.test(s) ? Number(s) : null;
        const got = parseNumber(s);
        if (want === null) expect(got === null || Number.isNaN(got)).toBe(true);
        else expect(Object.is(got, want), `${s}: ${got} vs ${want}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const s of ['0.1', '0.7', '1.005', '123456789012345', '1234567890.12345', '-0', '-0.0', '9007199254740993', '0.000000000000001']) {
      expect(Object.is(parseNumber(s), Number(s)), s).toBe(true);
    }
  });

  it('rounding allowance follows the written decimals', () => {
    expect(roundingHalfUnit('94.7')).toBeCloseTo(0.05, 12);
    expect(roundingHalfUnit('12')).toBe(0.5);
    expect(roundingHalfUnit('1.25e2')).toBeCloseTo(0.5, 12);
  });
});

describe('small helpers', () => {
  it('guessUnit reads only what the text states', () => {
    expect(guessUnit('Campylobacter incidence rate/100,000')).toEqual({ unit: 'per 100,000', valueType: 'rate', multiplier: 100000 });
    expect(guessUnit('Rate per 100, 000 population')).toMatchObject({ multiplier: 100000 });
    expect(guessUnit('Directly standardised rate per 100,000')).toMatchObject({ unit: 'per 100,000 (age-standardised)' });
    expect(guessUnit('% population aged 5-16')).toEqual({ unit: '%', valueType: 'proportion', multiplier: 100 });
    expect(guessUnit('Hospital admissions as a result of self-harm (10-24 years)').valueType).not.toBe('years');
    expect(guessUnit('Suicide rate')).toEqual({ unit: 'rate', valueType: 'rate', multiplier: null });
    expect(guessUnit('Pounds')).toEqual({ unit: '', valueType: 'other', multiplier: null });
  });

  it('slugify and name normalisation', () => {
    expect(slugify('Alcohol related admissions (narrow measure)')).toBe('alcohol-related-admissions-narrow-measure');
    expect(slugify('Fulford & Heslington')).toBe('fulford-and-heslington');
    expect(normaliseAreaName('Fulford & Heslington')).toBe(normaliseAreaName('FULFORD AND HESLINGTON.'));
    expect(normaliseAreaName("St. Mary's  Ward")).toBe('st mary s ward');
    expect(normaliseAreaName('Ryedale – Café')).toBe('ryedale cafe');
    expect(areaTypeFromLabel('County & UA (4/21-3/23)')).toBe('Local authority');
    expect(areaTypeFromLabel('Electoral Wards (2024)')).toBe('Ward');
    expect(areaTypeFromLabel('Combined authorities')).toBe('');
    expect(areaTypeFromLabel('Country')).toBe('England');
  });
});
