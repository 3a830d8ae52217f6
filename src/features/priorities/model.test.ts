// Priorities ranking. Every row here is SYNTHETIC (made-up numbers from testFixtures.ts helpers), not York data.
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import {
  buildPriorities,
  CONCERN_THEME,
  explainFinding,
  findingsForTheme,
  priorityCounts,
  prioritiesSummary,
  themeSlug,
  type Finding,
} from './model';
import { WEIGHTS } from './scoring';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;
const [NORTH, SOUTH, EAST] = ['E05000001', 'E05000002', 'E05000003'];

// Deprivation: North is the most deprived of the three synthetic wards, East the least.
const IMD = syntheticMeta({ id: 'iod2025-imd-score', name: 'Synthetic IMD score', valueType: 'score', unit: 'score', multiplier: null });
const imdRows = [
  syntheticRow(NORTH, 40, { indicatorId: IMD.id, lower95: null, upper95: null, lower998: null, upper998: null, ciMethod: 'none' }),
  syntheticRow(SOUTH, 20, { indicatorId: IMD.id, lower95: null, upper95: null, lower998: null, upper998: null, ciMethod: 'none' }),
  syntheticRow(EAST, 10, { indicatorId: IMD.id, lower95: null, upper95: null, lower998: null, upper998: null, ciMethod: 'none' }),
];

const HEALTH = syntheticMeta({ id: 'syn-health', name: 'Synthetic bad health', theme: 'General health and disability' });
const row = (meta: IndicatorMeta, area: string, value: number, half: number, extra: Partial<IndicatorRow> = {}) =>
  syntheticRow(area, value, {
    indicatorId: meta.id,
    lower95: value - half,
    upper95: value + half,
    lower998: value - 2 * half,
    upper998: value + 2 * half,
    ...extra,
  });

function build(metas: IndicatorMeta[], rows: IndicatorRow[]) {
  return buildPriorities(buildIndicatorIndex([IMD, ...metas], [...imdRows, ...rows]), SYNTHETIC_PLACE);
}

const healthRows = [
  syntheticRow(ENGLAND, 10, { indicatorId: HEALTH.id }),
  // Significantly worse (beyond 99.8% too), twice England's rate, 1,000 residents more than England's rate would give.
  row(HEALTH, NORTH, 20, 1, { count: 2000, denominator: 10000 }),
  // Significantly worse at 95% only, a smaller gap, 20 residents more.
  row(HEALTH, SOUTH, 12, 0.5, { count: 120, denominator: 1000, lower998: 9.5, upper998: 14.5 }),
  // Not significantly different: its interval includes England's 10.
  row(HEALTH, EAST, 10.5, 1.5, { count: 105, denominator: 1000 }),
];

describe('ranking order (synthetic)', () => {
  it('puts a significantly worse, large-gap, many-residents finding above a smaller one, and both above a similar one', () => {
    const model = build([HEALTH], healthRows);
    expect(model.findings.map((f) => [f.wardName, f.outcome, f.score, f.rank])).toEqual([
      ['North', 'worst', 90, 1],
      ['South', 'worse', 43.8, 2],
      // 1.25 for the 5% gap + 20 × log10(1 + 5) / log10(1 + 1000) = 5.18 for 5 more residents.
      ['East', 'similar', 6.4, 3],
    ]);
    const north = model.findings[0] as Finding;
    expect(north.gap).toBe(1);
    expect(north.excess).toBe(1000);
    expect(north.deprivationRank).toBe(1);
    expect(north.significantlyWorse).toBe(true);
    expect(model.findings[2]?.significantlyWorse).toBe(false);
  });

  it('ranks more residents affected higher when everything else is equal', () => {
    const a = syntheticMeta({ id: 'syn-a', name: 'A share', theme: 'Carers' });
    const b = syntheticMeta({ id: 'syn-b', name: 'B share', theme: 'Carers' });
    const model = build(
      [a, b],
      [
        syntheticRow(ENGLAND, 10, { indicatorId: a.id }),
        syntheticRow(ENGLAND, 10, { indicatorId: b.id }),
        row(a, SOUTH, 15, 1, { count: 150, denominator: 1000 }),
        row(b, SOUTH, 15, 1, { count: 1500, denominator: 10000 }),
      ],
    );
    expect(model.findings.map((f) => f.meta.id)).toEqual(['syn-b', 'syn-a']);
    expect(model.findings[0]?.excess).toBe(500);
    expect(model.findings[1]?.excess).toBeCloseTo(50, 9);
  });

  it('does not depend on the order of the input rows', () => {
    const forward = build([HEALTH], healthRows).findings.map((f) => f.key);
    const backward = build([HEALTH], [...healthRows].reverse()).findings.map((f) => f.key);
    expect(backward).toEqual(forward);
  });

  it('lists alcohol harm first when a ward has an alcohol finding, even with a lower score', () => {
    const alcohol = syntheticMeta({ id: 'syn-alcohol', name: 'Synthetic alcohol admissions', theme: CONCERN_THEME });
    const model = build(
      [HEALTH, alcohol],
      [
        ...healthRows,
        syntheticRow(ENGLAND, 10, { indicatorId: alcohol.id }),
        // Worse at 95% only, a small gap, in the least deprived ward: a low score.
        row(alcohol, EAST, 11, 0.4, { count: 110, denominator: 1000 }),
      ],
    );
    expect(model.concernHasWardData).toBe(true);
    const first = model.findings[0] as Finding;
    expect(first.meta.id).toBe('syn-alcohol');
    expect(first.score).toBeLessThan((model.findings[1] as Finding).score);
    expect(model.findings.map((f) => `${f.wardName}:${f.meta.id}`)).toEqual([
      'East:syn-alcohol',
      'North:syn-health',
      'South:syn-health',
      'East:syn-health',
    ]);
    expect(model.themes[0]).toMatchObject({ theme: CONCERN_THEME, hasWardData: true, ranked: 1, priorities: 1 });
  });

  it('says alcohol harm has no ward data when it exists only for the local authority', () => {
    const alcohol = syntheticMeta({ id: 'syn-alcohol-la', name: 'Synthetic alcohol deaths', theme: CONCERN_THEME, geographies: ['Local authority', 'England'] });
    const model = build(
      [HEALTH, alcohol],
      [...healthRows, syntheticRow(TOWN, 30, { indicatorId: alcohol.id }), syntheticRow(ENGLAND, 25, { indicatorId: alcohol.id })],
    );
    expect(model.concernHasWardData).toBe(false);
    expect(model.themes[0]).toMatchObject({ theme: CONCERN_THEME, hasWardData: false, ranked: 0 });
    expect(model.exclusions.find((e) => e.meta.id === alcohol.id)?.reason).toBe('No ward figures: only for Testtown as a whole and England');
    expect(model.findings[0]?.meta.id).toBe(HEALTH.id);
  });

  it('filters by theme, keeping the ranking order, and offers the Alliance themes in their order', () => {
    const children = syntheticMeta({ id: 'syn-children', name: 'Synthetic child poverty', theme: 'Children' });
    const model = build(
      [HEALTH, children],
      [...healthRows, syntheticRow(TOWN, 20, { indicatorId: children.id }), row(children, EAST, 30, 2, { count: 300, denominator: 1000 })],
    );
    const kids = findingsForTheme(model.findings, 'Children');
    expect(kids.map((f) => f.key)).toEqual([`${EAST}|syn-children|Persons|All ages||`]);
    // No England figure: compared with the local authority.
    expect(kids[0]?.benchmark.name).toBe('Testtown');
    expect(findingsForTheme(model.findings, 'General health and disability').map((f) => f.wardName)).toEqual(['North', 'South', 'East']);
    expect(findingsForTheme(model.findings, null)).toHaveLength(4);
    expect(findingsForTheme(model.findings, 'Carers')).toEqual([]);
    expect(model.themes.map((t) => t.slug)).toEqual(['general-health-and-disability', 'deprivation-and-income', 'children']);
    expect(themeSlug('General health and disability')).toBe('general-health-and-disability');
    expect(priorityCounts(model.findings, SYNTHETIC_PLACE.wards)).toEqual(
      new Map([
        [NORTH, 1],
        [SOUTH, 1],
        [EAST, 1],
      ]),
    );
  });

  it('leaves out no-judgement indicators, scores and rows without intervals, and says why', () => {
    const care = syntheticMeta({ id: 'syn-care', name: 'Synthetic unpaid care', polarity: 'no-judgement', theme: 'Carers' });
    const share = syntheticMeta({ id: 'syn-class', name: 'Synthetic classification' });
    const model = build(
      [HEALTH, care, share],
      [
        ...healthRows,
        syntheticRow(ENGLAND, 10, { indicatorId: care.id }),
        row(care, NORTH, 20, 1, { count: 200, denominator: 1000 }),
        syntheticRow(TOWN, 5, { indicatorId: share.id }),
        syntheticRow(NORTH, 50, { indicatorId: share.id, lower95: null, upper95: null, lower998: null, upper998: null, ciMethod: 'none' }),
      ],
    );
    const reasons = Object.fromEntries(model.exclusions.map((e) => [e.meta.id, e.reason]));
    expect(reasons).toEqual({
      'iod2025-imd-score': 'Not tested: a score has no confidence interval, so it cannot be significantly worse',
      'syn-care': 'Not judged: a higher or lower figure is neither better nor worse',
      'syn-class': 'Not tested: the ward figures have no confidence interval, so it cannot be significantly worse',
    });
    expect(model.findings.every((f) => f.meta.id === HEALTH.id)).toBe(true);
  });
});

describe('the explanation sentence (synthetic)', () => {
  it('reads exactly as specified, with the count, the comparison and the deprivation clause', () => {
    const model = build([HEALTH], healthRows);
    expect(model.findings[0]?.sentence).toBe(
      "North: Synthetic bad health 20.0% (95% CI 19.0%–21.0%), about 2,000 residents, significantly worse than England, one of Testtown's most deprived wards.",
    );
    expect(model.findings[1]?.sentence).toBe('South: Synthetic bad health 12.0% (95% CI 11.5%–12.5%), about 120 residents, significantly worse than England.');
    expect(model.findings[2]?.sentence).toBe('East: Synthetic bad health 10.5% (95% CI 9.0%–12.0%), about 105 residents, not significantly different from England.');
  });

  it('adds "and getting worse" when the latest change is in the bad direction and not within the margin of error', () => {
    const rows = [
      ...healthRows,
      syntheticRow(ENGLAND, 10, { indicatorId: HEALTH.id, period: '2020' }),
      row(HEALTH, SOUTH, 9, 0.5, { period: '2020', count: 90, denominator: 1000 }),
      // North's earlier interval overlaps its latest one (19–21): the rise is within the margin of error.
      row(HEALTH, NORTH, 19.5, 1, { period: '2020', count: 1950, denominator: 10000 }),
    ];
    const model = build([HEALTH], rows);
    const south = model.findings.find((f) => f.wardName === 'South') as Finding;
    expect(south.gettingWorse).toBe(true);
    expect(south.points.trend).toBe(WEIGHTS.trend);
    expect(south.sentence).toBe(
      'South: Synthetic bad health 12.0% (95% CI 11.5%–12.5%), about 120 residents, significantly worse than England, and getting worse.',
    );
    const north = model.findings.find((f) => f.wardName === 'North') as Finding;
    expect(north.trend?.significant).toBe(false);
    expect(north.gettingWorse).toBe(false);
  });

  it('leaves the residents out when there is no count, and names the households a household count counts', () => {
    const base = {
      wardName: 'West',
      value: 30,
      lower95: 28,
      upper95: 32,
      outcome: 'worse' as const,
      benchmark: { code: TOWN, name: 'Testtown', row: syntheticRow(TOWN, 25) },
      gettingWorse: true,
      mostDeprived: true,
    };
    expect(explainFinding({ ...base, meta: HEALTH, count: null }, 'Testtown')).toBe(
      "West: Synthetic bad health 30.0% (95% CI 28.0%–32.0%), significantly worse than Testtown, and getting worse, one of Testtown's most deprived wards.",
    );
    const households = syntheticMeta({ id: 'syn-hh', name: 'Households with a need', definition: 'The share of households with a need.' });
    expect(explainFinding({ ...base, meta: households, count: 1234.4, gettingWorse: false, mostDeprived: false }, 'Testtown')).toBe(
      'West: Households with a need 30.0% (95% CI 28.0%–32.0%), about 1,230 households, significantly worse than Testtown.',
    );
  });

  it('summarises the ranking in one sentence', () => {
    const model = build([HEALTH], healthRows);
    expect(prioritiesSummary(model.findings, null, 'Testtown', 3)).toBe(
      "Of 3 ward figures (1 indicator), 2 are significantly worse than the benchmark, in 2 of Testtown's 3 wards; North and South have the most (1 each).",
    );
    expect(prioritiesSummary([], 'Alcohol harm', 'Testtown', 3)).toBe('No ward figures for alcohol harm can be ranked.');
  });
});
