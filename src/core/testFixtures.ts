// Synthetic rows and metadata for model tests only: not real figures.
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { Place } from '../domain/place';

export function syntheticMeta(overrides: Partial<IndicatorMeta> = {}): IndicatorMeta {
  return {
    id: 'synthetic',
    name: 'Synthetic share',
    definition: 'Test only.',
    whyItMatters: 'Test only.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    geographies: ['Ward', 'Local authority'],
    theme: 'Deprivation and income',
    period: '2025',
    source: 'synthetic',
    sourceFiles: [],
    publisher: 'tests',
    licence: 'none',
    attribution: 'none',
    caveats: [],
    origin: 'bundled',
    ...overrides,
  };
}

export function syntheticRow(areaCode: string, value: number | null, overrides: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    indicatorId: 'synthetic',
    areaCode,
    areaName: areaCode,
    areaType: areaCode.startsWith('E05')
      ? 'Ward'
      : areaCode.startsWith('E06')
        ? 'Local authority'
        : areaCode.startsWith('E01')
          ? 'LSOA'
          : areaCode.startsWith('E02')
            ? 'MSOA'
            : 'England',
    sex: 'Persons',
    age: 'All ages',
    categoryType: '',
    category: '',
    period: '2025',
    value,
    lower95: value === null ? null : value - 1,
    upper95: value === null ? null : value + 1,
    lower998: value === null ? null : value - 2,
    upper998: value === null ? null : value + 2,
    count: null,
    denominator: null,
    valueNote: '',
    ciMethod: 'wilson',
    publishedComparison: '',
    ...overrides,
  };
}

/** The deprivation score of SYNTHETIC_PLACE's roles. */
export const SYNTHETIC_DEPRIVATION = 'iod2025-imd-score';

export const SYNTHETIC_PLACE: Place = {
  localAuthority: { code: 'E06000001', name: 'Testtown', displayName: 'Testtown' },
  region: { code: 'E12000001', name: 'Test region' },
  country: { code: 'E92000001', name: 'England' },
  alliance: 'Test alliance',
  contact: { name: 'Test council (synthetic)', url: 'https://example.org/contact' },
  wards: [
    { code: 'E05000001', name: 'North' },
    { code: 'E05000002', name: 'South' },
    { code: 'E05000003', name: 'East' },
  ],
  lsoas: [],
  msoas: [],
  defaultIndicator: 'synthetic',
  // The ids the model tests give their synthetic indicators for these jobs (the snapshot's names).
  roles: {
    deprivation: SYNTHETIC_DEPRIVATION,
    ageBands: 'census2021-age-band-share',
    youngResidents: 'census2021-aged-15-24',
    groupResidents: 'census2021-bad-health',
    keyLsoaIndicators: ['iod2025-imd-decile', 'iod2025-income-deprived', 'census2021-bad-health'],
    defaultInequality: 'census2021-bad-health',
  },
  snapshotDate: '2026-01-01',
};
