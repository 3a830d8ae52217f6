// The all-indicator views list every summary series (indicator × breakdown). Every row here is SYNTHETIC
// (made-up numbers from the testFixtures.ts helpers), not York data.
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import { groupProfileLines } from '../../src/features/briefing/model';
import { findingGroups } from '../../src/core/wardStory';
import { buildIndicatorIndex } from '../../src/core/indicatorIndex';
import { buildAreaProfile } from '../../src/core/mapModel';
import { buildOverview } from '../../src/features/overview/model';
import { buildPriorities } from '../../src/features/priorities/model';
import { buildWardProfile, placeContext } from '../../src/features/profile/model';
import { seriesKey, summarySeries } from '../../src/core/series';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../src/core/testFixtures';
import { aggregateGroup } from '../../src/core/wardGroups';

const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;
const [NORTH, SOUTH] = ['E05000001', 'E05000002'];

const LIFE = syntheticMeta({
  id: 'syn-life',
  name: 'Life expectancy at birth',
  unit: 'years',
  valueType: 'years',
  multiplier: null,
  polarity: 'high-is-good',
  geographies: ['England', 'Local authority'],
  theme: 'Life expectancy',
});
const at = (area: string, sex: string, value: number, half: number, extra: Partial<IndicatorRow> = {}) =>
  syntheticRow(area, value, {
    indicatorId: LIFE.id,
    sex,
    lower95: value - half,
    upper95: value + half,
    lower998: value - 2 * half,
    upper998: value + 2 * half,
    ...extra,
  });
// Synthetic: males 79 and females 83 in England. Against its own sex the town's males are better and its
// females worse; against the other sex each would come out the other way round.
const lifeRows = [at(ENGLAND, 'Male', 79, 0.1), at(ENGLAND, 'Female', 83, 0.1), at(TOWN, 'Male', 79.5, 0.3), at(TOWN, 'Female', 82, 0.3)];

describe('summary series (synthetic)', () => {
  it('lists an indicator published by sex only as two lines, each compared with England’s row of the same sex', () => {
    const index = buildIndicatorIndex([LIFE], lifeRows);
    const lines = buildAreaProfile(index, SYNTHETIC_PLACE, TOWN);
    expect(lines.map((l) => l.name)).toEqual(['Life expectancy at birth: Males', 'Life expectancy at birth: Females']);
    expect(lines.map((l) => l.key)).toEqual([`${LIFE.id}|Male|All ages||`, `${LIFE.id}|Female|All ages||`]);
    expect(lines.map((l) => [l.benchmark?.row.sex, l.benchmark?.row.value, l.comparison.outcome])).toEqual([
      ['Male', 79, 'better'],
      ['Female', 83, 'worse'],
    ]);
    expect(lines.map((l) => [l.valueText, l.englandValueText])).toEqual([
      ['79.5 years', '79.0 years'],
      ['82.0 years', '83.0 years'],
    ]);
  });

  it('lists only the all-ages breakdown of an indicator that also has an age band, and no category slices', () => {
    const meta = syntheticMeta({ id: 'syn-ages' });
    const bands = syntheticMeta({ id: 'syn-bands', name: 'Synthetic age band share' });
    const rows = [
      syntheticRow(ENGLAND, 10, { indicatorId: meta.id }),
      syntheticRow(TOWN, 12, { indicatorId: meta.id }),
      syntheticRow(ENGLAND, 30, { indicatorId: meta.id, age: '0-9 yrs' }),
      syntheticRow(TOWN, 5, { indicatorId: meta.id, age: '0-9 yrs' }),
      syntheticRow(TOWN, 6, { indicatorId: bands.id, categoryType: 'Age band', category: '0-4' }),
      syntheticRow(TOWN, 7, { indicatorId: bands.id, categoryType: 'Age band', category: '5-9' }),
    ];
    const index = buildIndicatorIndex([meta, bands], rows);
    const lines = buildAreaProfile(index, SYNTHETIC_PLACE, TOWN);
    expect(lines.map((l) => [l.key, l.name, l.valueText, l.englandValueText])).toEqual([
      ['syn-ages|Persons|All ages||', 'Synthetic share: All ages', '12.0%', '10.0%'],
    ]);
    expect(summarySeries(index, bands)).toEqual([]);
  });

  it('gives the ward profile a line per sex with its own wards’ spread and trend, and the place-only series as context', () => {
    const wardRows = [
      at(NORTH, 'Male', 75, 0.5),
      at(SOUTH, 'Male', 77, 0.5),
      at(NORTH, 'Female', 85, 0.5),
      at(SOUTH, 'Female', 86, 0.5),
      at(NORTH, 'Male', 78, 0.5, { period: '2020' }),
    ];
    const other = syntheticMeta({ ...LIFE, id: 'syn-life-place', name: 'Healthy life expectancy' });
    const placeOnly = lifeRows.map((r) => ({ ...r, indicatorId: other.id }));
    const index = buildIndicatorIndex([LIFE, other], [...lifeRows, ...wardRows, ...placeOnly]);
    const lines = buildWardProfile(index, SYNTHETIC_PLACE, NORTH);
    expect(lines.map((l) => [l.name, l.valueText, l.placeValueText, l.englandValueText, l.comparisonText])).toEqual([
      ['Life expectancy at birth: Males', '75.0', '79.5', '79.0', 'Significantly worse than England'],
      ['Life expectancy at birth: Females', '85.0', '82.0', '83.0', 'Significantly better than England'],
    ]);
    expect(lines.map((l) => [l.range?.min, l.range?.max])).toEqual([
      [75, 77],
      [85, 86],
    ]);
    // Only the males' series has an earlier period; the females' has none to compare with.
    expect(lines[0]?.trend?.sentence).toBe('Fell from 78.0 (2020) to 75.0 (2025), a significant change.');
    expect(lines[1]?.trend).toBeNull();
    const context = placeContext(index, SYNTHETIC_PLACE);
    expect(context.map((l) => [l.name, l.valueText, l.englandValueText, l.comparisonText])).toEqual([
      ['Healthy life expectancy: Males', '79.5 years', '79.0 years', 'Significantly better than England'],
      ['Healthy life expectancy: Females', '82.0 years', '83.0 years', 'Significantly worse than England'],
    ]);
  });

  it('adds a ward group up within one breakdown, never across them', () => {
    const share = syntheticMeta({ id: 'syn-share', name: 'Synthetic smokers', theme: 'Lifestyle' });
    const r = (area: string, sex: string, count: number, denominator: number) =>
      syntheticRow(area, (100 * count) / denominator, { indicatorId: share.id, sex, count, denominator });
    const index = buildIndicatorIndex(
      [share],
      [
        r(ENGLAND, 'Male', 1000, 10000),
        r(ENGLAND, 'Female', 500, 10000),
        r(NORTH, 'Male', 30, 100),
        r(SOUTH, 'Male', 10, 100),
        r(NORTH, 'Female', 5, 200),
        r(SOUTH, 'Female', 15, 200),
      ],
    );
    const lines = aggregateGroup(index, SYNTHETIC_PLACE, [NORTH, SOUTH]);
    expect(lines.map((l) => [l.name, l.aggregate.count, l.aggregate.denominator, l.valueText])).toEqual([
      ['Synthetic smokers: Males', 40, 200, '20.0%'],
      ['Synthetic smokers: Females', 20, 400, '5.0%'],
    ]);
    expect(lines.map((l) => [l.england.benchmark?.row.sex, l.england.valueText])).toEqual([
      ['Male', '10.0%'],
      ['Female', '5.0%'],
    ]);
    // The briefing's group lines keep the breakdown and the series key.
    const briefing = groupProfileLines('Our patch', lines);
    expect(briefing.map((l) => [l.key, l.row?.sex])).toEqual([
      [seriesKey(share.id, { sex: 'Male', age: 'All ages', categoryType: '', category: '' }), 'Male'],
      [seriesKey(share.id, { sex: 'Female', age: 'All ages', categoryType: '', category: '' }), 'Female'],
    ]);
  });

  it('ranks priorities per series: each ward row against the benchmark of its own breakdown', () => {
    const share: IndicatorMeta = syntheticMeta({ id: 'syn-share', name: 'Synthetic smokers', theme: 'Lifestyle' });
    const r = (area: string, sex: string, value: number) =>
      syntheticRow(area, value, { indicatorId: share.id, sex, lower95: value - 1, upper95: value + 1, lower998: value - 1.5, upper998: value + 1.5 });
    const index = buildIndicatorIndex(
      [share, LIFE],
      [
        // Synthetic: North's males (15%) are worse than England's males (10%); its females (15%) are not
        // worse than England's females (20%). Against the other sex each would come out the other way.
        r(ENGLAND, 'Male', 10),
        r(ENGLAND, 'Female', 20),
        r(NORTH, 'Male', 15),
        r(NORTH, 'Female', 15),
        ...lifeRows,
      ],
    );
    const model = buildPriorities(index, SYNTHETIC_PLACE);
    expect(model.findings.map((f) => [f.key, f.name, f.benchmark.row.sex, f.outcome, f.significantlyWorse])).toEqual([
      [`${NORTH}|syn-share|Male|All ages||`, 'Synthetic smokers: Males', 'Male', 'worst', true],
      [`${NORTH}|syn-share|Female|All ages||`, 'Synthetic smokers: Females', 'Female', 'better', false],
    ]);
    expect(model.findings[0]?.sentence).toMatch(/^North: Synthetic smokers: Males 15\.0% \(95% CI 14\.0%–16\.0%\), significantly worse than England/);
    // Place-level only, as the priorities list any indicator without ward figures: once per series.
    expect(model.exclusions.map((e) => [e.name, e.reason])).toEqual([
      ['Life expectancy at birth: Males', 'No ward figures: only for England and Testtown as a whole'],
      ['Life expectancy at birth: Females', 'No ward figures: only for England and Testtown as a whole'],
    ]);
  });

  it('writes the briefing’s findings with the series’ name, keyed by series', () => {
    const index = buildIndicatorIndex([LIFE], lifeRows);
    const groups = findingGroups(buildAreaProfile(index, SYNTHETIC_PLACE, TOWN), SYNTHETIC_PLACE, SYNTHETIC_PLACE.snapshotDate);
    expect(groups.map((g) => [g.direction, g.findings.map((f) => f.key)])).toEqual([
      ['worse', [`${LIFE.id}|Female|All ages||`]],
      ['better', [`${LIFE.id}|Male|All ages||`]],
    ]);
    expect(groups[0]?.findings[0]?.sentence).toMatch(/^Life expectancy at birth: Females: 82\.0 years, where England is [\d.]+ years \(2025\)\.$/);
  });

  it('gives the wards overview the ward profile’s series, each cell against England of its own breakdown', () => {
    const share: IndicatorMeta = syntheticMeta({ id: 'syn-share', name: 'Synthetic smokers', theme: 'Lifestyle' });
    const r = (area: string, sex: string, value: number) =>
      syntheticRow(area, value, { indicatorId: share.id, sex, lower95: value - 1, upper95: value + 1, lower998: value - 1.5, upper998: value + 1.5 });
    // Synthetic: North's males and females are both 15%; England's males 10% and females 20%.
    const index = buildIndicatorIndex([share, LIFE], [r(ENGLAND, 'Male', 10), r(ENGLAND, 'Female', 20), r(NORTH, 'Male', 15), r(NORTH, 'Female', 15), ...lifeRows]);
    const model = buildOverview(index, SYNTHETIC_PLACE);
    expect(model.columns.map((c) => c.key)).toEqual(buildWardProfile(index, SYNTHETIC_PLACE, NORTH).map((l) => l.key));
    expect(model.columns.map((c) => [c.key, c.name, c.benchmark?.row.sex])).toEqual([
      ['syn-share|Male|All ages||', 'Synthetic smokers: Males', 'Male'],
      ['syn-share|Female|All ages||', 'Synthetic smokers: Females', 'Female'],
    ]);
    expect(model.wards.find((w) => w.code === NORTH)?.cells.map((c) => [c.valueText, c.outcome])).toEqual([
      ['15.0%', 'worse'],
      ['15.0%', 'better'],
    ]);
  });
});
