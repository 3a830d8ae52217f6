// A SYNTHETIC explorer model for the chart helpers' tests: five made-up wards, none a real York figure.
import type { Place } from '../../domain/place';
import type { IndicatorRow } from '../../domain/indicators';
import { buildExplorerModel, type ExplorerModel } from './model';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

const PLACE: Place = {
  ...SYNTHETIC_PLACE,
  wards: [
    { code: 'E05000001', name: 'North' },
    { code: 'E05000002', name: 'South' },
    { code: 'E05000003', name: 'East' },
    { code: 'E05000004', name: 'West' },
    { code: 'E05000005', name: 'Middle of the Very Long Ward Name Place' },
  ],
};

const ROWS: IndicatorRow[] = [
  syntheticRow('E92000001', 10),
  syntheticRow('E06000001', 9),
  syntheticRow('E05000001', 20, { lower95: 18.5, upper95: 21.25 }),
  syntheticRow('E05000002', 5),
  syntheticRow('E05000003', null, { valueNote: 'Suppressed: fewer than 3 people.' }),
  syntheticRow('E05000004', 10.5),
  syntheticRow('E05000005', 12.5, { lower95: null, upper95: null }),
];

export function chartTestModel(): ExplorerModel {
  const meta = syntheticMeta();
  const index = buildIndicatorIndex([meta], ROWS);
  const m = buildExplorerModel({ index, place: PLACE, indicatorId: meta.id, geography: 'ward', benchmark: 'country', palette: 'colour-blind-safe' });
  if (!m) throw new Error('no model');
  return m;
}
