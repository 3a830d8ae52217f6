// Tests of the explorer's CSV download. Every row and area here is SYNTHETIC (testFixtures.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../domain/place';
import { buildExplorerModel } from './model';
import { CSV_HEADER, explorerCsv, explorerCsvRows } from './csv';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { model, PLACE } from './testFixtures';

// Moved from model.test.ts ('explorer table and CSV').
describe('explorer CSV', () => {
  it('writes one row per area, missing values as empty cells (never 0)', () => {
    const rows = explorerCsvRows(model());
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(6);
    const east = rows.find((r) => r[1] === 'East');
    expect(east?.[6]).toBeNull();
    expect(east?.[14]).toBe('No data');
    const north = rows.find((r) => r[1] === 'North');
    expect(north?.slice(6, 11)).toEqual([20, 18.5, 21.25, 40, 200]);
    expect(north?.[14]).toBe('Worse');
  });

  it('neutralises an area name that a spreadsheet would run as a formula', () => {
    const place: Place = { ...PLACE, wards: [{ code: 'E05000001', name: '=HYPERLINK("http://evil.example","click")' }] };
    const index = buildIndicatorIndex([syntheticMeta()], [syntheticRow('E05000001', 3)]);
    const m = buildExplorerModel({ index, place, indicatorId: 'synthetic', geography: 'ward', benchmark: 'country', palette: 'rag' })!;
    const csv = explorerCsv(m);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(parsed[1]?.[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(parsed[1]?.[6]).toBe('3');
  });
});
