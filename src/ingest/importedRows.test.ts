// Synthetic rows (testFixtures): not real figures.
import { describe, expect, it } from 'vitest';
import { chunksOf, levelCounts, rowLevel, shownSentence, splitByPlace } from './importedRows';
import { buildIndicatorIndex, combineIndexes, IndicatorIndexBuilder } from '../core/indicatorIndex';
import { syntheticMeta, syntheticRow } from '../core/testFixtures';

describe('splitByPlace', () => {
  const place = new Set(['E05000001', 'E01000001', 'E06000014']);
  it("keeps the place's own areas and every authority, constituency, region and England; leaves other neighbourhoods out", () => {
    const rows = [
      syntheticRow('E05000001', 1), // the place's ward
      syntheticRow('E01000001', 2), // the place's LSOA
      syntheticRow('E01099999', 3), // an LSOA elsewhere
      syntheticRow('E05099999', 4), // a ward elsewhere
      syntheticRow('E06000001', 5), // another authority
      syntheticRow('E12000003', 6, { areaType: 'Region' }),
      syntheticRow('E92000001', 7), // England
      syntheticRow('E14000001', 8, { areaType: 'Constituency' }),
      syntheticRow('E02099999', 9), // an MSOA elsewhere
    ];
    const { shown, other } = splitByPlace(rows, place);
    expect(shown.map((r) => r.value)).toEqual([1, 2, 5, 6, 7, 8]);
    expect(other.map((r) => r.value)).toEqual([3, 4, 9]);
    expect(shown.length + other.length).toBe(rows.length);
  });
});

describe('rowLevel', () => {
  const place = new Set(['E05000001', 'E01000001', 'E06000014']);
  it("reads the place's areas, regions and England at page load, other authorities and constituencies on demand, and nothing else", () => {
    const cases: [ReturnType<typeof syntheticRow>, string][] = [
      [syntheticRow('E05000001', 1), 'place'],
      [syntheticRow('E01000001', 1), 'place'],
      [syntheticRow('E06000014', 1), 'place'], // the place's own authority
      [syntheticRow('E12000003', 1, { areaType: 'Region' }), 'place'],
      [syntheticRow('E92000001', 1), 'place'],
      [syntheticRow('E06000001', 1), 'comparators'],
      [syntheticRow('E14000001', 1, { areaType: 'Constituency' }), 'comparators'],
      [syntheticRow('E01099999', 1), 'other'],
      [syntheticRow('E05099999', 1), 'other'],
    ];
    expect(cases.map(([row]) => rowLevel(row, place))).toEqual(cases.map(([, level]) => level));
    expect(levelCounts(cases.map(([row]) => row), place)).toEqual({ place: 5, comparators: 2, other: 2 });
  });
});

describe('chunksOf', () => {
  it('splits into consecutive slices and loses nothing', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 2)).toEqual([]);
    expect(chunksOf([1, 2], 2)).toEqual([[1, 2]]);
  });
  it('refuses a size that is not a positive whole number', () => {
    expect(() => chunksOf([1], 0)).toThrow(RangeError);
    expect(() => chunksOf([1], 1.5)).toThrow(RangeError);
  });
});

describe('shownSentence', () => {
  it('says where the rows went, in words', () => {
    expect(shownSentence(12, 0, 'York')).toBe('All 12 accepted rows appear in the views.');
    expect(shownSentence(2904, 806000, 'York')).toBe(
      "2,904 rows are for York's areas or whole authorities, constituencies, regions or England and appear in the views; 806,000 rows are for other areas (for example neighbourhoods elsewhere in England): kept in this browser, not shown on York's pages.",
    );
    expect(shownSentence(0, 5, 'York')).toMatch(/^None of the accepted rows is for York's areas or for a whole authority/);
    expect(shownSentence(1, 0, 'York')).toBe('The accepted row appears in the views.');
    expect(shownSentence(1, 1, 'York')).toBe(
      "1 row is for York's areas or whole authorities, constituencies, regions or England and appears in the views; 1 row is for other areas (for example neighbourhoods elsewhere in England): kept in this browser, not shown on York's pages.",
    );
  });
});

describe('IndicatorIndexBuilder and combineIndexes', () => {
  const a = syntheticMeta({ id: 'a' });
  const b = syntheticMeta({ id: 'imp:x:a' });
  const rowsA = [
    syntheticRow('E05000001', 1, { indicatorId: 'a', period: '2020' }),
    syntheticRow('E05000002', 2, { indicatorId: 'a', period: '2021' }),
    syntheticRow('E05000001', 9, { indicatorId: 'a', period: '2020', sex: 'Male' }), // not a headline row
  ];
  const rowsB = [syntheticRow('E05000001', 3, { indicatorId: 'imp:x:a', period: '2019' })];

  it('indexes in batches exactly as in one go', () => {
    const whole = buildIndicatorIndex([a], rowsA);
    const batched = new IndicatorIndexBuilder().add(rowsA.slice(0, 1)).add(rowsA.slice(1)).finish([a]);
    expect(batched.periods('a')).toEqual(whole.periods('a'));
    expect([...batched.rows('a', '2020')]).toEqual([...whole.rows('a', '2020')]);
    expect(batched.rows('a', '2020').get('E05000001')?.value).toBe(1);
  });

  it('answers each indicator from the index that holds it, without re-indexing', () => {
    const combined = combineIndexes(buildIndicatorIndex([a], rowsA), buildIndicatorIndex([b], rowsB));
    expect([...combined.meta.keys()]).toEqual(['a', 'imp:x:a']);
    expect(combined.periods('a')).toEqual(['2020', '2021']);
    expect(combined.periods('imp:x:a')).toEqual(['2019']);
    expect(combined.latestPeriod('imp:x:a')).toBe('2019');
    expect(combined.rows('imp:x:a', '2019').get('E05000001')?.value).toBe(3);
    expect(combined.rows('a', '2019').size).toBe(0);
    expect(combined.periods('unknown')).toEqual([]);
    expect(combined.latestPeriod('unknown')).toBeUndefined();
  });

  it('lets the first index win when an id appears twice', () => {
    const first = buildIndicatorIndex([a], rowsA);
    const second = buildIndicatorIndex([syntheticMeta({ id: 'a', name: 'other' })], [syntheticRow('E05000001', 7, { indicatorId: 'a', period: '1999' })]);
    const combined = combineIndexes(first, second);
    expect(combined.meta.get('a')?.name).toBe(a.name);
    expect(combined.periods('a')).toEqual(['2020', '2021']);
  });
});
