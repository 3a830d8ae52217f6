// All wards at a glance. Every row here is SYNTHETIC (made-up numbers from testFixtures.ts helpers), not York data.
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../domain/indicators';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { buildOverview, nextSort, overviewCsvRows, overviewSummary, parseSort, placeBenchmarkNote, sortText, sortWards, tenthMark, type OverviewRow } from './model';

const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;
const [NORTH, SOUTH, EAST] = ['E05000001', 'E05000002', 'E05000003'];
const noInterval = { lower95: null, upper95: null, lower998: null, upper998: null };

// A share tested against England (low is good), a score placed among England's neighbourhoods, a share England has
// no figure for (so the town is the benchmark), an indicator with category rows only, and one with no ward rows.
const share = syntheticMeta({ id: 'syn-share', name: 'Synthetic share', theme: 'General health and disability' });
const score = syntheticMeta({
  id: 'syn-score',
  name: 'Synthetic score (higher = worse)',
  unit: 'score (higher = more deprived)',
  valueType: 'score',
  multiplier: null,
  theme: 'Deprivation and income',
  englandLsoaTenths: [1, 2, 3, 4, 5, 6, 7, 8, 9],
});
const local = syntheticMeta({ id: 'syn-local', name: 'Synthetic local share', theme: 'Deprivation and income' });
const bands = syntheticMeta({ id: 'census2021-age-band-share', name: 'Synthetic age bands', theme: 'Population' });
const townOnly = syntheticMeta({ id: 'syn-town', name: 'Synthetic town only', theme: 'Lifestyle' });
const rows: IndicatorRow[] = [
  syntheticRow(ENGLAND, 10, { indicatorId: share.id }),
  syntheticRow(TOWN, 10.5, { indicatorId: share.id, lower95: 9.8, upper95: 11.2 }), // includes 10: similar
  syntheticRow(NORTH, 14, { indicatorId: share.id }), // 13 to 15: worse
  syntheticRow(SOUTH, 5, { indicatorId: share.id }), // 4 to 6: better
  syntheticRow(EAST, null, { indicatorId: share.id, valueNote: 'suppressed' }),
  syntheticRow(ENGLAND, 5, { indicatorId: score.id, ...noInterval }),
  syntheticRow(NORTH, 9.5, { indicatorId: score.id, ...noInterval }), // tenth 10
  syntheticRow(SOUTH, 1.5, { indicatorId: score.id, ...noInterval }), // tenth 2
  syntheticRow(EAST, 4.5, { indicatorId: score.id, ...noInterval }), // tenth 5
  syntheticRow(TOWN, 20, { indicatorId: local.id, lower95: 19, upper95: 21 }),
  syntheticRow(NORTH, 30, { indicatorId: local.id }),
  syntheticRow(SOUTH, 20, { indicatorId: local.id }),
  syntheticRow(EAST, 19.5, { indicatorId: local.id }),
  syntheticRow(NORTH, 6, { indicatorId: bands.id, categoryType: 'Age band', category: '0-4' }),
  syntheticRow(ENGLAND, 12, { indicatorId: townOnly.id }),
  syntheticRow(TOWN, 13, { indicatorId: townOnly.id }),
];
const index = buildIndicatorIndex([share, score, local, bands, townOnly], rows);
const model = buildOverview(index, SYNTHETIC_PLACE);
const ward = (code: string) => model.wards.find((w) => w.code === code) as OverviewRow;

describe('buildOverview (synthetic)', () => {
  it('has a column per ward-level series, in theme order, and no columns for category-only or town-only indicators', () => {
    expect(model.columns.map((c) => [c.id, c.theme, c.period, c.benchmark?.name ?? null])).toEqual([
      ['syn-share', 'General health and disability', '2025', 'England'],
      ['syn-score', 'Deprivation and income', '2025', 'England'],
      ['syn-local', 'Deprivation and income', '2025', 'Testtown'],
    ]);
    expect(model.themes).toEqual([
      { theme: 'General health and disability', span: 1 },
      { theme: 'Deprivation and income', span: 2 },
    ]);
    expect(model.columns.map((c) => [c.shortName, c.unit, c.polarityWords])).toEqual([
      ['Synthetic share', '%', 'lower is better'],
      ['Synthetic score', 'score', 'lower is better'],
      ['Synthetic local share', '%', 'lower is better'],
    ]);
    expect(model.wards.map((w) => w.name)).toEqual(['East', 'North', 'South']);
  });

  it('marks each cell with its comparison, its national tenth or "no data", never 0', () => {
    expect(ward(NORTH).cells.map((c) => [c.valueText, c.outcome, c.mark, c.placed])).toEqual([
      ['14.0%', 'worse', 'worse', false],
      ['9.5', 'not-compared', 'highest 10%', true],
      ['30.0%', 'worse', 'worse', false],
    ]);
    expect(ward(SOUTH).cells.map((c) => c.mark)).toEqual(['better', 'lowest 20%', 'similar']);
    const missing = ward(EAST).cells[0];
    expect(missing).toMatchObject({ value: null, valueText: '–', mark: 'no data', words: 'no data' });
    expect(ward(NORTH).cells[0]?.words).toBe('significantly worse than England');
    expect(ward(NORTH).cells[1]?.words).toBe("higher than at least 90% of England's neighbourhoods (lower is better)");
    expect(ward(NORTH).cells[2]?.words).toBe('significantly worse than Testtown');
    expect([ward(NORTH).worse, ward(NORTH).better, ward(NORTH).tested]).toEqual([2, 0, 2]);
  });

  it('gives England and the town reference rows, the benchmark marked as such', () => {
    expect(model.country.cells.map((c) => [c.valueText, c.mark])).toEqual([
      ['10.0%', 'benchmark'],
      ['5.0', 'benchmark'],
      ['–', 'no data'],
    ]);
    expect(model.place.cells.map((c) => [c.valueText, c.mark])).toEqual([
      ['10.5%', 'similar'],
      ['–', 'no data'],
      ['20.0%', 'benchmark'],
    ]);
    expect(model.benchmarkWords).toBe('England (or Testtown where England has no figure)');
    expect(placeBenchmarkNote(model, 'Testtown', 'England')).toMatch(/^England has no figure for the latest period of 1 indicator, so it is compared with Testtown instead/);
  });

  it('says which ward has the most figures significantly worse, of how many tested', () => {
    expect(model.summary).toBe(
      'North has the most figures significantly worse than England (or Testtown where England has no figure): 2 of the 2 of its 3 figures that could be tested for significance; 2 wards have none.',
    );
    const tie = [ward(NORTH), { ...ward(SOUTH), worse: 2 }];
    expect(overviewSummary(tie, 3, 'England')).toBe('North and South have the most figures significantly worse than England: 2 each.');
    expect(overviewSummary([ward(SOUTH)], 3, 'England')).toBe('No ward has a figure significantly worse than England.');
  });

  it('names short columns apart: a bracket is kept where dropping it would make two names alike', () => {
    const rooms = syntheticMeta({ id: 'syn-rooms', name: 'Overcrowded (too few rooms)' });
    const beds = syntheticMeta({ id: 'syn-beds', name: 'Overcrowded (too few bedrooms)' });
    const two = buildIndicatorIndex([rooms, beds], [syntheticRow(NORTH, 1, { indicatorId: rooms.id }), syntheticRow(NORTH, 2, { indicatorId: beds.id })]);
    expect(buildOverview(two, SYNTHETIC_PLACE).columns.map((c) => c.shortName)).toEqual(['Overcrowded (too few rooms)', 'Overcrowded (too few bedrooms)']);
  });

  it('gives a series of each sex its own column, compared with England of the same sex', () => {
    const life = syntheticMeta({ id: 'syn-life', name: 'Life expectancy', unit: 'years', valueType: 'years', multiplier: null, polarity: 'high-is-good' });
    const r = (area: string, sex: string, value: number) => syntheticRow(area, value, { indicatorId: life.id, sex, lower95: value - 0.2, upper95: value + 0.2 });
    const bySex = buildOverview(
      buildIndicatorIndex([life], [r(ENGLAND, 'Male', 79), r(ENGLAND, 'Female', 83), r(NORTH, 'Male', 80), r(NORTH, 'Female', 80)]),
      SYNTHETIC_PLACE,
    );
    expect(bySex.columns.map((c) => [c.id, c.name])).toEqual([
      ['syn-life|Male|All ages||', 'Life expectancy: Males'],
      ['syn-life|Female|All ages||', 'Life expectancy: Females'],
    ]);
    // 80 is better than males' 79 and worse than females' 83: never compared across sexes.
    expect(bySex.wards.find((w) => w.code === NORTH)?.cells.map((c) => c.mark)).toEqual(['better', 'worse']);
  });
});

describe('tenthMark', () => {
  it('says which end of England a tenth is at', () => {
    expect([1, 2, 5, 6, 9, 10].map(tenthMark)).toEqual(['lowest 10%', 'lowest 20%', 'lowest 50%', 'highest 50%', 'highest 20%', 'highest 10%']);
  });
});

describe('sorting (synthetic)', () => {
  it('sorts by a column highest first, then lowest first, missing figures always last', () => {
    const first = nextSort({ column: null, descending: false }, 0);
    expect(first).toEqual({ column: 0, descending: true });
    expect(sortWards(model.wards, first).map((w) => w.name)).toEqual(['North', 'South', 'East']);
    const flipped = nextSort(first, 0);
    expect(sortWards(model.wards, flipped).map((w) => w.name)).toEqual(['South', 'North', 'East']);
    expect(sortWards(model.wards, { column: null, descending: true }).map((w) => w.name)).toEqual(['South', 'North', 'East']);
  });

  it('reads and writes the address bar text, falling back to ward names for an unknown column', () => {
    expect(sortText({ column: 1, descending: true }, model.columns)).toBe('syn-score:desc');
    expect(sortText({ column: null, descending: false }, model.columns)).toBeNull();
    expect(parseSort('syn-score:asc', model.columns)).toEqual({ column: 1, descending: false });
    expect(parseSort('syn-score', model.columns)).toEqual({ column: 1, descending: true });
    expect(parseSort('name:desc', model.columns)).toEqual({ column: null, descending: true });
    expect(parseSort('nonsense:desc', model.columns)).toEqual({ column: null, descending: false });
    expect(parseSort(undefined, model.columns)).toEqual({ column: null, descending: false });
  });
});

describe('overviewCsvRows (synthetic)', () => {
  it('writes England, the town and every ward in the order shown, values unrounded and missing ones empty', () => {
    const csv = overviewCsvRows(model, sortWards(model.wards, { column: 0, descending: true }));
    expect(csv[0]?.slice(0, 4)).toEqual(['Area code', 'Area name', 'Synthetic share (%, 2025)', 'Synthetic share (%, 2025): compared with England']);
    expect(csv.map((r) => r[1])).toEqual(['Area name', 'England', 'Testtown', 'North', 'South', 'East']);
    expect(csv[3]?.slice(2, 4)).toEqual([14, 'Significantly worse than England']);
    expect(csv[5]?.slice(2, 4)).toEqual([null, 'No data']);
  });
});
