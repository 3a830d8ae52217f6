// Synthetic fixtures of the explorer's tests (model.test.ts, csv.test.ts): made up, none is a real York figure.
import type { Place } from '../../domain/place';
import type { IndicatorRow } from '../../domain/indicators';
import { buildExplorerModel, type BenchmarkChoice } from './model';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import type { Palette } from '../../core/outcomes';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

// Synthetic place: five made-up wards.
export const PLACE: Place = {
  ...SYNTHETIC_PLACE,
  wards: [
    { code: 'E05000001', name: 'North' },
    { code: 'E05000002', name: 'South' },
    { code: 'E05000003', name: 'East' },
    { code: 'E05000004', name: 'West' },
    { code: 'E05000005', name: 'Middle' },
  ],
};

// Synthetic rows, England at 10 and Testtown at 9; ±1 is each ward's 95% interval unless set.
export const ROWS: IndicatorRow[] = [
  syntheticRow('E92000001', 10),
  syntheticRow('E06000001', 9),
  syntheticRow('E05000001', 20, { lower95: 18.5, upper95: 21.25, count: 40, denominator: 200 }), // worse
  syntheticRow('E05000002', 5), // better
  syntheticRow('E05000003', null, { valueNote: 'Suppressed: fewer than 3 people.' }), // missing
  syntheticRow('E05000004', 10.5), // similar (9.5 to 11.5 holds 10)
  syntheticRow('E05000005', 12.5, { lower95: null, upper95: null }), // no interval: not compared
];

export function model(rows: IndicatorRow[] = ROWS, benchmark: BenchmarkChoice = 'country', palette: Palette = 'colour-blind-safe', meta = syntheticMeta()) {
  const index = buildIndicatorIndex([meta], rows);
  const m = buildExplorerModel({ index, place: PLACE, indicatorId: meta.id, geography: 'ward', benchmark, palette });
  if (!m) throw new Error('no model');
  return m;
}
