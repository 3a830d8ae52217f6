import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../domain/indicators';
import { compileRows, compiledRowsProblem, expandRows } from './compiledRows';

// SYNTHETIC rows (not real figures): two areas, one missing value.
const row = (areaCode: string, value: number | null): IndicatorRow => ({
  indicatorId: 'synthetic-a',
  areaCode,
  areaName: `Area ${areaCode}`,
  areaType: 'ward',
  sex: 'Persons',
  age: 'All ages',
  categoryType: '',
  category: '',
  period: '2021',
  value,
  lower95: value === null ? null : value - 1,
  upper95: value === null ? null : value + 1,
  lower998: null,
  upper998: null,
  count: value === null ? null : 0,
  denominator: 100,
  valueNote: value === null ? 'suppressed' : '',
  ciMethod: 'wilson',
  publishedComparison: '',
});
const ROWS = [row('E05000001', 4.2), row('E05000002', null), row('E05000003', 0)];
const compiled = compileRows({ rows: ROWS, sourceSha256: 'abc', warnings: ['a note'], rejected: 0 });

describe('compiled rows', () => {
  it('expand to the rows compiled, missing still missing and zero still zero', () => {
    expect(expandRows(compiled)).toEqual(ROWS);
    const [, missing, zero] = expandRows(compiled);
    expect(missing?.value).toBeNull();
    expect(zero?.value).toBe(0);
    expect(zero?.count).toBe(0);
  });
  it('hold each repeated string once', () => {
    expect(compiled.strings.filter((s) => s === 'Persons')).toHaveLength(1);
    const [a, b] = expandRows(JSON.parse(JSON.stringify(compiled)));
    expect(a?.indicatorId).toBe(b?.indicatorId);
  });
  it('survive JSON, as the page fetches them', () => {
    expect(expandRows(JSON.parse(JSON.stringify(compiled)))).toEqual(ROWS);
  });
  it('name what is wrong with a file that is cut short, from another build, or not one at all', () => {
    const text = JSON.stringify(compiled);
    expect(compiledRowsProblem(JSON.parse(text), 'abc')).toBeNull();
    expect(compiledRowsProblem(JSON.parse(text), 'def')).toMatch(/different build/);
    expect(compiledRowsProblem(null, 'abc')).toMatch(/not a compiled figures file/);
    expect(compiledRowsProblem({ ...compiled, format: 'other/1' }, 'abc')).toMatch(/unknown format/);
    const short = JSON.parse(text);
    short.numbers.value.pop();
    expect(compiledRowsProblem(short, 'abc')).toMatch(/incomplete/);
    const dangling = JSON.parse(text);
    dangling.text.areaName[0] = 999;
    expect(compiledRowsProblem(dangling, 'abc')).toMatch(/does not hold/);
  });
});
