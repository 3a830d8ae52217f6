// Inequality gradient shaping and the SII call. Every row here is SYNTHETIC (made-up numbers), not York data.
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { ageStandardisationNote, buildInequalityModel, inequalityGeographies, inequalityIndicators, runSii, siiGroupsFor, siiSentence, type GradientArea } from './model';
import { SYNTHETIC_DEPRIVATION as DEPRIVATION_INDICATOR, SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

const PLACE: Place = {
  ...SYNTHETIC_PLACE,
  wards: [...SYNTHETIC_PLACE.wards, { code: 'E05000004', name: 'West' }],
};
const meta = syntheticMeta({ name: 'Synthetic share' });
const scoreMeta = syntheticMeta({ id: DEPRIVATION_INDICATOR, name: 'Deprivation score', unit: 'score', valueType: 'score', multiplier: null });
const score = (code: string, value: number): IndicatorRow =>
  syntheticRow(code, value, { indicatorId: DEPRIVATION_INDICATOR, lower95: null, upper95: null, lower998: null, upper998: null });

/** A value in % with the fixture’s ±1 interval (95%) and a population. */
const share = (code: string, value: number | null, population: number, overrides: Partial<IndicatorRow> = {}) =>
  syntheticRow(code, value, { denominator: population, count: value === null ? null : (value * population) / 100, ...overrides });

// Exactly linear in the rank midpoint: populations 100, 300, 600 → midpoints 0.05, 0.25, 0.7; value = 10 − 5·b (%).
const LINEAR = [
  { code: 'E05000002', score: 40, population: 100, value: 10 - 5 * 0.05 },
  { code: 'E05000001', score: 30, population: 300, value: 10 - 5 * 0.25 },
  { code: 'E05000004', score: 20, population: 600, value: 10 - 5 * 0.7 },
];

function linearIndex(extra: IndicatorRow[] = []) {
  return buildIndicatorIndex(
    [meta, scoreMeta],
    [
      ...LINEAR.flatMap((a) => [score(a.code, a.score), share(a.code, a.value, a.population)]),
      score('E05000003', 35),
      syntheticRow('E92000001', 8),
      ...extra,
    ],
  );
}

describe('ordering and shaping (synthetic)', () => {
  const model = buildInequalityModel(linearIndex(), PLACE, 'synthetic', 'ward', { transform: false })!;

  it('orders areas by deprivation score, most deprived first, and says why an area is left out', () => {
    expect(model.areas.map((a) => [a.deprivationRank, a.name, a.excluded])).toEqual([
      [1, 'South', ''],
      [2, 'East', 'no data'],
      [3, 'North', ''],
      [4, 'West', ''],
    ]);
    expect(model.areas[1]?.valueText).toBe('No data');
  });

  it('gives each fitted area its population-weighted rank midpoint', () => {
    expect(model.areas.map((a) => a.x)).toEqual([0.05, null, 0.25, 0.7]);
  });

  it('passes proportions to the engine on the 0–1 scale with the denominator as population', () => {
    const groups = siiGroupsFor(model.areas, meta);
    expect(groups).toHaveLength(3);
    expect(groups[0]?.population).toBe(100);
    expect(groups[0]?.value).toBeCloseTo(0.0975, 12);
    expect(groups[0]?.lower).toBeCloseTo(0.0875, 12);
    expect(groups[0]?.upper).toBeCloseTo(0.1075, 12);
  });

  it('leaves out values the logit cannot take, and rows with no interval', () => {
    const index = buildIndicatorIndex(
      [meta, scoreMeta],
      [
        score('E05000001', 3),
        score('E05000002', 2),
        score('E05000003', 1),
        share('E05000001', 0, 100, { lower95: 0, upper95: 3 }),
        share('E05000002', 5, 100, { lower95: null, upper95: null }),
        share('E05000003', 6, 100),
      ],
    );
    const m = buildInequalityModel(index, PLACE, 'synthetic', 'ward')!;
    expect(m.areas.map((a) => a.excluded)).toEqual([
      'a value of 0% or 100% cannot be fitted',
      'no confidence interval or population',
      '',
      'no deprivation score',
    ]);
    expect(m.sii).toBeNull();
    expect(m.sentence).toBe('There are too few wards with data to fit a gradient.');
  });

  it('offers only proportions or rates with intervals, on the geographies that have them', () => {
    const noInterval = (code: string) => share(code, 3, 100, { indicatorId: 'noci', lower95: null, upper95: null });
    const index = buildIndicatorIndex(
      [meta, scoreMeta, syntheticMeta({ id: 'noci' }), syntheticMeta({ id: 'scored', valueType: 'score' })],
      [
        ...LINEAR.flatMap((a) => [score(a.code, a.score), share(a.code, a.value, a.population)]),
        ...LINEAR.map((a) => noInterval(a.code)),
        ...LINEAR.map((a) => share(a.code, 3, 100, { indicatorId: 'scored' })),
      ],
    );
    expect(inequalityIndicators(index, PLACE).map((m) => m.id)).toEqual(['synthetic']);
    expect(inequalityGeographies(index, PLACE, 'synthetic')).toEqual(['ward']);
  });
});

describe('slope index of inequality (synthetic, known answers)', () => {
  const areas = buildInequalityModel(linearIndex(), PLACE, 'synthetic', 'ward', { transform: false })!.areas;

  it('equals the slope exactly when values are linear in the rank midpoint (no transform)', () => {
    const sii = runSii(siiGroupsFor(areas, meta), meta, { transform: false, repetitions: 2000 });
    // value = 10 − 5·b: 5 percentage points higher at the most deprived end (b = 0) than at the least (b = 1).
    expect(sii.sii).toBeCloseTo(5, 10);
    expect(sii.mostDeprived).toBeCloseTo(10, 10);
    expect(sii.leastDeprived).toBeCloseTo(5, 10);
    expect(sii.rii).toBeCloseTo(2, 10);
    expect(sii.fitted).toEqual([
      { x: 0, y: expect.closeTo(10, 10) as number },
      { x: 1, y: expect.closeTo(5, 10) as number },
    ]);
    expect(sii.lower).toBeLessThan(5);
    expect(sii.upper).toBeGreaterThan(5);
  });

  it('equals the logistic difference exactly when values are linear on the logit scale (transform)', () => {
    const logistic = (e: number) => 1 / (1 + Math.exp(-e));
    const beta0 = Math.log(0.2 / 0.8);
    const beta1 = -1;
    const groups = [
      { population: 100, b: 0.05 },
      { population: 300, b: 0.25 },
      { population: 600, b: 0.7 },
    ].map((g) => {
      const p = logistic(beta0 + beta1 * g.b);
      return { population: g.population, value: p, lower: p * 0.95, upper: p * 1.05 };
    });
    const sii = runSii(groups, meta, { transform: true, repetitions: 2000 });
    const most = 100 * logistic(beta0);
    const least = 100 * logistic(beta0 + beta1);
    expect(sii.sii).toBeCloseTo(most - least, 10);
    expect(sii.rii).toBeCloseTo(most / least, 10);
    // The engine's intercept is already ×100 with transform: the curve must start at the most deprived value.
    expect(sii.mostDeprived).toBeCloseTo(most, 10);
    expect(sii.leastDeprived).toBeCloseTo(least, 10);
    expect(sii.fitted).toHaveLength(21);
    expect(sii.fitted[10]?.y).toBeCloseTo(100 * logistic(beta0 + beta1 * 0.5), 10);
  });

  it('is reproducible: the same seed gives the same interval', () => {
    const groups = siiGroupsFor(areas, meta);
    const a = runSii(groups, meta, { repetitions: 1000, seed: 7 });
    const b = runSii(groups, meta, { repetitions: 1000, seed: 7 });
    expect([a.lower, a.upper, a.riiLower, a.riiUpper]).toEqual([b.lower, b.upper, b.riiLower, b.riiUpper]);
  });

  it('reads as most deprived minus least deprived: a gradient rising with affluence is negative', () => {
    const rising = areas.map((a) => (a.value === null ? a : { ...a, value: 15 - a.value, lower: 14.5 - a.value, upper: 15.5 - a.value }));
    const sii = runSii(siiGroupsFor(rising as GradientArea[], meta), meta, { transform: false, repetitions: 1000 });
    expect(sii.sii).toBeCloseTo(-5, 10);
    expect(sii.rii).toBeCloseTo(5 / 10, 10);
  });
});

describe('the gap sentence (synthetic numbers)', () => {
  const base = { mostDeprived: 5, leastDeprived: 3 };

  it('states the gap, its interval and the ratio', () => {
    const text = siiSentence({ ...base, sii: 3.14, lower: 2.04, upper: 4.16, rii: 1.63 }, meta, 'Testtown', 'ward', 21);
    expect(text).toBe(
      "Across Testtown's 21 wards, the figure for “Synthetic share” is 3.1 percentage points higher in the most deprived than in the least deprived (likely range 2.0 to 4.2), about 1.6 times as high.",
    );
  });

  it('turns a negative gap round so the interval reads the same way', () => {
    const text = siiSentence({ ...base, sii: -3.1, lower: -4.2, upper: -2.0, rii: 0.6 }, meta, 'Testtown', 'lsoa', 121);
    expect(text).toContain("Across Testtown's 121 neighbourhoods (LSOAs)");
    expect(text).toContain('3.1 percentage points lower in the most deprived than in the least deprived (likely range 2.0 to 4.2), about 0.6 times as high.');
  });

  it('says when the interval includes no gap', () => {
    const text = siiSentence({ ...base, sii: 0.4, lower: -0.3, upper: 1.1, rii: 1.1 }, meta, 'Testtown', 'ward', 21);
    expect(text).toBe(
      "Across Testtown's 21 wards, the figure for “Synthetic share” is 0.4 percentage points higher in the most deprived than in the least deprived, but the range within which the true gap is likely to lie (−0.3 to 1.1) includes no gap at all.",
    );
  });

  it('leaves out the ratio when a fitted end is not above zero', () => {
    const text = siiSentence({ sii: 6, lower: 5, upper: 7, rii: -3, mostDeprived: 5, leastDeprived: -1 }, meta, 'Testtown', 'ward', 3);
    expect(text.endsWith('(likely range 5.0 to 7.0).')).toBe(true);
  });

  it('builds the sentence in the model, noting areas left out', () => {
    const model = buildInequalityModel(linearIndex(), PLACE, 'synthetic', 'ward', { transform: false, repetitions: 1000 })!;
    expect(model.sentence).toMatch(
      /^Across Testtown's 3 wards, the figure for “Synthetic share” is 5\.0 percentage points higher in the most deprived than in the least deprived \(likely range \d+\.\d to \d+\.\d\), about 2\.0 times as high\. 1 area with no usable data is left out\.$/,
    );
  });
});

describe('age-standardisation note (synthetic)', () => {
  it('names the wards where the share aged 15 to 24 is at least twice England’s', () => {
    const young = syntheticMeta({ id: 'census2021-aged-15-24' });
    const rows = [
      syntheticRow('E92000001', 12, { indicatorId: 'census2021-aged-15-24' }),
      syntheticRow('E05000001', 56, { indicatorId: 'census2021-aged-15-24' }),
      syntheticRow('E05000002', 30, { indicatorId: 'census2021-aged-15-24' }),
      syntheticRow('E05000003', 20, { indicatorId: 'census2021-aged-15-24' }),
    ];
    const note = ageStandardisationNote(buildIndicatorIndex([young], rows), PLACE);
    expect(note).toContain('Census figures are not age-standardised.');
    expect(note).toContain('aged 15 to 24: North 56% and South 30%, against 12% in England');
    expect(ageStandardisationNote(buildIndicatorIndex([], []), PLACE)).toContain('not age-standardised');
  });
});
