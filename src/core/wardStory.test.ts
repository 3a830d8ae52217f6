// SYNTHETIC places, indicators and figures (testFixtures.ts): not York's data.
import { describe, expect, it } from 'vitest';
import { buildIndicatorIndex } from './indicatorIndex';
import { buildAreaProfile } from './mapModel';
import { buildWardStory, deprivationExtremes, deprivationPlace, findingGroups, unitAndPeriod } from './wardStory';
import { ordinal } from './format';
import { SYNTHETIC_DEPRIVATION, SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from './testFixtures';
import type { Place } from '../domain/place';

const [NORTH, SOUTH, EAST] = ['E05000001', 'E05000002', 'E05000003'];
const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;
const PLACE: Place = { ...SYNTHETIC_PLACE, roles: { ...SYNTHETIC_PLACE.roles, lifeExpectancy: 'syn-life', groupResidents: 'syn-bad', ageBands: 'syn-ages' } };

const deprivation = syntheticMeta({ id: SYNTHETIC_DEPRIVATION, name: 'Deprivation score', unit: 'score (higher = more deprived)', valueType: 'score', multiplier: null, polarity: 'no-judgement' });
const bad = syntheticMeta({ id: 'syn-bad', name: 'Bad health', source: 'Census 2021 TS037' });
const rate = syntheticMeta({ id: 'syn-rate', name: 'Admissions', unit: 'per 100,000 (age-standardised)', valueType: 'rate', multiplier: 100000 });
const onlyTown = syntheticMeta({ id: 'syn-town', name: 'Low income' });
const life = syntheticMeta({ id: 'syn-life', name: 'Life expectancy at birth', unit: 'years', valueType: 'years', multiplier: null, polarity: 'high-is-good', geographies: ['Local authority', 'England'] });
const ages = syntheticMeta({ id: 'syn-ages', name: 'Age bands', polarity: 'no-judgement' });
const alcohol = syntheticMeta({ id: 'syn-alcohol', name: 'Alcohol admissions', unit: 'per 100,000', valueType: 'rate', theme: 'Alcohol harm', geographies: ['Local authority', 'England'] });

const band = (area: string, category: string, value: number) => syntheticRow(area, value, { indicatorId: 'syn-ages', categoryType: 'Age band', category, period: '2021' });
const rows = [
  syntheticRow(NORTH, 40, { indicatorId: SYNTHETIC_DEPRIVATION }),
  syntheticRow(SOUTH, 10, { indicatorId: SYNTHETIC_DEPRIVATION }),
  syntheticRow(EAST, 25, { indicatorId: SYNTHETIC_DEPRIVATION }),
  syntheticRow(TOWN, 20, { indicatorId: SYNTHETIC_DEPRIVATION }),
  syntheticRow(NORTH, 8, { indicatorId: 'syn-bad', period: '2021', lower95: 7.5, upper95: 8.5, count: 400, denominator: 5000 }),
  syntheticRow(ENGLAND, 5, { indicatorId: 'syn-bad', period: '2021' }),
  syntheticRow(NORTH, 90, { indicatorId: 'syn-rate', lower95: 80, upper95: 99 }),
  syntheticRow(ENGLAND, 120, { indicatorId: 'syn-rate' }),
  syntheticRow(NORTH, 30, { indicatorId: 'syn-town', lower95: 28, upper95: 32 }),
  syntheticRow(TOWN, 15, { indicatorId: 'syn-town' }),
  band(NORTH, '0-4', 10), band(NORTH, '5-9', 6), band(NORTH, '10-14', 4), band(NORTH, '15-19', 50), band(NORTH, '65-69', 20), band(NORTH, '85+', 10),
  band(ENGLAND, '0-4', 6), band(ENGLAND, '5-9', 6), band(ENGLAND, '10-14', 6), band(ENGLAND, '15-19', 64), band(ENGLAND, '65-69', 12), band(ENGLAND, '85+', 6),
  syntheticRow(TOWN, 79, { indicatorId: 'syn-life', sex: 'Male', period: '2021 - 23', lower95: 78.5, upper95: 79.5 }),
  syntheticRow(ENGLAND, 80, { indicatorId: 'syn-life', sex: 'Male', period: '2021 - 23' }),
  syntheticRow(TOWN, 84, { indicatorId: 'syn-life', sex: 'Female', period: '2021 - 23', lower95: 83, upper95: 85 }),
  syntheticRow(ENGLAND, 84, { indicatorId: 'syn-life', sex: 'Female', period: '2021 - 23' }),
  syntheticRow(TOWN, 700, { indicatorId: 'syn-alcohol', period: '2017/18', lower95: null, upper95: null, lower998: null, upper998: null, publishedComparison: 'Worse' }),
  syntheticRow(ENGLAND, 600, { indicatorId: 'syn-alcohol', period: '2017/18' }),
];
const index = buildIndicatorIndex([deprivation, bad, rate, onlyTown, life, ages, alcohol], rows);

describe('a ward in plain English (synthetic data)', () => {
  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']);
  });

  it('places a ward among the place’s wards, most deprived first, and the least deprived from the bottom', () => {
    expect(deprivationPlace(index, PLACE, NORTH)?.sentence).toBe('North is the most deprived of Testtown’s 3 wards');
    expect(deprivationPlace(index, PLACE, SOUTH)?.sentence).toBe('South is the least deprived of Testtown’s 3 wards');
    expect(deprivationPlace(index, PLACE, EAST)?.sentence).toBe('East is the 2nd most deprived of Testtown’s 3 wards');
    expect(deprivationPlace(index, PLACE, NORTH)?.measure).toBe('Deprivation score: North 40.0, Testtown 20.0 (score, higher = more deprived, 2025)');
    expect(deprivationExtremes(index, PLACE)).toBe('Of Testtown’s 3 wards, North is the most deprived and South the least');
    // Without the role there is no place among the wards, rather than a guess.
    expect(deprivationPlace(index, { ...PLACE, roles: {} }, NORTH)).toBeNull();
  });

  it('says who lives there, each count with its noun', () => {
    const story = buildWardStory(index, PLACE, NORTH, buildAreaProfile(index, PLACE, NORTH), null);
    expect(story?.residents).toBe(
      'About 5,000 residents live in North (Census 2021): about 1,000 children aged under 15 (20.0%; England 18.0%) and about 1,500 residents aged 65 and over (30.0%; England 18.0%).',
    );
  });

  it('lists worse then better, England first, then the place where England has no figure, one benchmark a group', () => {
    const groups = findingGroups(buildAreaProfile(index, PLACE, NORTH), PLACE, PLACE.snapshotDate);
    expect(groups.map((g) => [g.heading, g.findings.map((f) => f.sentence)])).toEqual([
      ['Worse than England', ['Bad health: 8.0%, where England is 5.0% (2021).']],
      ['Worse than Testtown as a whole (England has no figure)', ['Low income: 30.0%, where Testtown is 15.0% (2025).']],
      ['Better than England', ['Admissions: 90.0, where England is 120.0 (per 100,000, age-standardised, 2025).']],
    ]);
  });

  it('gives the place’s life expectancy for men and women and its alcohol figure, the publisher’s label said to be theirs', () => {
    const story = buildWardStory(index, PLACE, NORTH, [], { theme: 'Alcohol harm', series: alcohol });
    expect(story?.context.map((c) => c.sentence)).toEqual([
      'Life expectancy at birth, men: Testtown 79.0 years, where England is 80.0 years (2021 - 23): significantly worse than England.',
      'Life expectancy at birth, women: Testtown 84.0 years, where England is 84.0 years (2021 - 23): not significantly different from England.',
      'Alcohol admissions: Testtown 700.0, where England is 600.0 (per 100,000, 2017/18 — the latest open figure): worse than England, as the publisher judges it.',
    ]);
  });

  it('marks old figures and names units in words', () => {
    expect(unitAndPeriod(bad, '2021', '2026-01-01')).toBe('(2021)');
    expect(unitAndPeriod(rate, '2015', '2026-01-01')).toBe('(per 100,000, age-standardised, 2015 — the latest open figure)');
    expect(buildWardStory(index, PLACE, 'E05999999', [], null)).toBeNull();
  });
});
