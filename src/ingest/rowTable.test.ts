// RowTable: the columnar store behind IngestResult.rows. Every row here is SYNTHETIC.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachTable, RowTable } from './rowTable';
import { ingestCsvText } from './index';
import { canonicalCsv, meta } from './test-helpers';
import type { CiMethod, IndicatorRow } from '../domain/indicators';

function row(over: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    indicatorId: 'p1',
    areaCode: 'E05010311',
    areaName: 'Acomb',
    areaType: 'Ward',
    sex: 'Persons',
    age: 'All ages',
    categoryType: '',
    category: '',
    period: '2023',
    value: 12.5,
    lower95: 10,
    upper95: 15,
    lower998: 9,
    upper998: 16,
    count: 25,
    denominator: 200,
    valueNote: '',
    ciMethod: 'published',
    publishedComparison: 'Similar',
    ...over,
  };
}

const NUMERIC = ['value', 'lower95', 'upper95', 'lower998', 'upper998', 'count', 'denominator'] as const;

describe('RowTable', () => {
  it('gives back every field as pushed: null stays null and 0 stays 0, -0, empty and long strings', () => {
    const long = `${'Ward with a very long name, "quoted", – and accents é '.repeat(200)}end`;
    const rows = [
      row(),
      row({ value: null, lower95: null, upper95: null, lower998: null, upper998: null, count: null, denominator: null, valueNote: 'Suppressed (*)', ciMethod: 'none' }),
      row({ value: 0, lower95: 0, upper95: 0, lower998: 0, upper998: 0, count: 0, denominator: 0 }),
      row({ value: -0, count: -1.5e-300, denominator: Number.MAX_VALUE, lower95: Infinity, upper95: -Infinity }),
      row({ indicatorId: '', areaCode: '', areaName: '', areaType: '', sex: '', age: '', period: '', publishedComparison: '' }),
      row({ areaName: long, valueNote: long, categoryType: 'Deprivation', category: 'Most deprived\nquintile' }),
      row({ ciMethod: 'wilson' }),
    ];
    const t = RowTable.from(rows);
    expect(t.length).toBe(rows.length);
    rows.forEach((r, i) => {
      const back = t.row(i);
      expect(back).toEqual(r);
      for (const k of NUMERIC) expect(Object.is(back[k], r[k]), `${k} of row ${i}`).toBe(true);
      // Same property order as the adapters' rows, so JSON of the rows is unchanged.
      expect(Object.keys(back)).toEqual(Object.keys(r));
    });
    expect(t.row(1).value).toBeNull();
    expect(t.row(2).value).toBe(0);
    expect(t.row(5).areaName).toBe(long);
  });

  it('refuses NaN rather than storing it as a missing value', () => {
    const t = new RowTable();
    for (const k of NUMERIC) expect(() => t.push(row({ [k]: NaN }))).toThrow(RangeError);
    expect(t.length).toBe(0);
    t.push(row());
    expect(t.length).toBe(1);
  });

  it('stores a copy: changing the pushed object afterwards changes nothing', () => {
    const r = row();
    const t = new RowTable();
    t.push(r);
    r.value = 99;
    r.areaName = 'Changed';
    expect(t.row(0)).toEqual(row());
  });

  it('row(i) gives a new object each time and throws outside the table', () => {
    const t = RowTable.from([row(), row({ areaCode: 'E05010312' })]);
    expect(t.row(1).areaCode).toBe('E05010312');
    expect(t.row(0)).not.toBe(t.row(0));
    for (const i of [-1, 2, 0.5, NaN]) expect(() => t.row(i)).toThrow(RangeError);
  });

  it('slice behaves like Array.prototype.slice, and iteration yields every row in order', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row({ value: i, areaCode: `E0501${String(i).padStart(4, '0')}` }));
    const t = RowTable.from(rows);
    for (const [a, b] of [[undefined, undefined], [0, 10], [2, 5], [-3, undefined], [5, 2], [0, 100], [-100, 3], [3, -2], [Infinity, undefined]] as const) {
      expect(t.slice(a, b), `slice(${a}, ${b})`).toEqual(rows.slice(a, b));
    }
    expect([...t]).toEqual(rows);
    let n = 0;
    for (const r of t) expect(r.value).toBe(n++);
    expect(n).toBe(10);
    expect(new RowTable().slice()).toEqual([]);
    expect([...new RowTable()]).toEqual([]);
  });

  it('holds more rows than one block (65,536) and shares each distinct string', () => {
    const t = new RowTable();
    const n = 150_000;
    for (let i = 0; i < n; i++) t.push(row({ value: i, areaCode: `E01${String(i % 33755).padStart(6, '0')}`, period: String(2000 + (i % 7)) }));
    expect(t.length).toBe(n);
    for (const i of [0, 65_535, 65_536, 131_071, 131_072, n - 1]) {
      expect(t.row(i)).toEqual(row({ value: i, areaCode: `E01${String(i % 33755).padStart(6, '0')}`, period: String(2000 + (i % 7)) }));
    }
    expect(t.slice(65_530, 65_540).map((r) => r.value)).toEqual(Array.from({ length: 10 }, (_, k) => 65_530 + k));
    t.clear();
    expect(t.length).toBe(0);
    expect([...t]).toEqual([]);
  });

  it('sameKey compares the duplicate-detection fields only', () => {
    const t = RowTable.from([row({ category: 'A' })]);
    expect(t.sameKey(0, row({ category: 'A', value: 1, areaName: 'Other name' }))).toBe(true);
    for (const k of ['indicatorId', 'areaCode', 'period', 'sex', 'age', 'categoryType', 'category'] as const) {
      expect(t.sameKey(0, row({ category: 'A', [k]: 'different' })), k).toBe(false);
    }
  });

  it('gives back exactly the rows pushed, for any rows (property)', () => {
    const num = fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0, -0));
    const str = fc.oneof(fc.constantFrom('', 'Persons', 'Male', 'E05010311'), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 5 }));
    const arbRow = fc.record({
      indicatorId: str,
      areaCode: str,
      areaName: str,
      areaType: str,
      sex: str,
      age: str,
      categoryType: str,
      category: str,
      period: str,
      value: num,
      lower95: num,
      upper95: num,
      lower998: num,
      upper998: num,
      count: num,
      denominator: num,
      valueNote: str,
      ciMethod: fc.constantFrom<CiMethod>('published', 'wilson', 'byar', 'exact', 'dobson', 'none'),
      publishedComparison: str,
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const t = RowTable.from(rows);
        expect(t.length).toBe(rows.length);
        const back = [...t];
        expect(back).toEqual(rows);
        rows.forEach((r, i) => {
          for (const k of NUMERIC) expect(Object.is(back[i]![k], r[k])).toBe(true);
        });
        expect(t.slice(1, -1)).toEqual(rows.slice(1, -1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('IngestResult.table and rows', () => {
  const META = [meta('p1')];
  const text = canonicalCsv([{}, { 'Area Code': 'E05010312', 'Area Name': 'Bishopthorpe', Value: '*' }, { 'Area Code': 'E05010313', 'Area Name': 'Clifton', Value: '0' }]);

  it('rows is the table materialised once, and both are left out of spreads, clones and JSON', () => {
    const r = ingestCsvText(text, { metadata: META });
    expect(r.table.length).toBe(3);
    expect(r.table.row(1).value).toBeNull();
    expect(r.table.row(2).value).toBe(0);
    const rows = r.rows;
    expect(rows).toEqual([...r.table]);
    expect(r.rows).toBe(rows);
    const { table, rejected, ...rest } = r;
    expect(table).toBe(r.table);
    expect(rejected).toEqual([]);
    expect('rows' in rest).toBe(false);
    expect('table' in { ...r }).toBe(false);
    expect(Object.keys(r)).not.toContain('rows');
    const cloned = structuredClone(r);
    expect('rows' in cloned || 'table' in cloned).toBe(false);
    expect(cloned.stats).toEqual(r.stats);
    expect(JSON.parse(JSON.stringify(r))).not.toHaveProperty('rows');
  });

  it('rows can be replaced, as a plain property could', () => {
    const r = ingestCsvText(text, { metadata: META });
    r.rows = [];
    expect(r.rows).toEqual([]);
    expect(r.table.length).toBe(3);
  });

  it('spreading or destructuring never builds the rows (the getter is not called)', () => {
    const t = RowTable.from([row()]);
    let built = 0;
    const slice = t.slice.bind(t);
    t.slice = (...a: Parameters<RowTable['slice']>) => {
      built++;
      return slice(...a);
    };
    const r = attachTable({ a: 1 }, t);
    const { table, ...rest } = r;
    void { ...r };
    structuredClone(r);
    JSON.stringify(r);
    expect(rest).toEqual({ a: 1 });
    expect(table.length).toBe(1);
    expect(built).toBe(0);
    expect(r.rows).toHaveLength(1);
    expect(built).toBe(1);
  });

  it('failed results have an empty table too', () => {
    for (const r of [ingestCsvText(''), ingestCsvText('\u0000\u0001binary'), ingestCsvText('a,b\n1,2')]) {
      expect(r.table.length).toBe(0);
      expect(r.rows).toEqual([]);
    }
  });

  it('a generic mapping sent back for collisions leaves the table empty', () => {
    const r = ingestCsvText('ward_code,value\nE05010311,1\nE05010311,2\n', { fileName: 'x.csv' });
    expect(r.needsMapping).toBe(true);
    expect(r.table.length).toBe(0);
    expect(r.rows).toEqual([]);
  });
});
