// Every entry here is SYNTHETIC (made up for the test): none is a real published value or a real authority's figure.
import { describe, expect, it } from 'vitest';
import type { AuthorityEntry, Quarter } from './model';
import { axisValues, chartPoints, placeLineLabel, tableCaption, nextAuthoritySort, noDataWords, outcomeKeyLabel, quarterSpans, rankCell, tablePage } from './distribution';

function entry(code: string, value: number | null, extra: Partial<AuthorityEntry> = {}): AuthorityEntry {
  return { code, name: code, value, lower95: null, upper95: null, published: '', outcome: 'not-compared', rank: null, tiedWith: 1, quarter: null, isPlace: false, ...extra };
}

describe('the dots', () => {
  it('numbers the dots with a value from the left and gives whiskers only to intervals', () => {
    const points = chartPoints([
      entry('A', 30, { rank: 1, lower95: 28, upper95: 33 }),
      entry('B', 20, { rank: 2, isPlace: true }),
      entry('C', null),
    ]);
    expect(points.map((p) => [p.code, p.x, p.y, p.rank, p.err, p.isPlace])).toEqual([
      ['A', 1, 30, 1, [2, 3], false],
      ['B', 2, 20, 2, undefined, true],
    ]);
    expect('err' in (points[1] as object)).toBe(false);
  });

  it('lets the axis hold the whiskers and the country line', () => {
    const points = chartPoints([entry('A', 30, { rank: 1, lower95: 28, upper95: 33 }), entry('B', 20, { rank: 2 })]);
    expect(axisValues(points, 25)).toEqual([30, 28, 33, 20, null, null, 25]);
  });
});

describe('the place’s line', () => {
  it('labels it inside the plot, on the left when the dot is in the left half', () => {
    expect(placeLineLabel('Testtown: 20', true)).toEqual({ value: 'Testtown: 20', position: 'insideTopLeft', fill: '#0b0c0c', fontSize: 14, fontWeight: 700, offset: 6 });
    expect(placeLineLabel('Testtown: 20', false).position).toBe('insideTopRight');
  });
});

describe('quarters', () => {
  it('spans each quarter’s dots, highest quarter first, leaving out empty quarters', () => {
    const qs: Quarter[] = [4, 4, 3, 1, 1, 1];
    expect(quarterSpans(qs.map((quarter) => ({ quarter })))).toEqual([
      { q: 4, from: 1, to: 2, count: 2 },
      { q: 3, from: 3, to: 3, count: 1 },
      { q: 1, from: 4, to: 6, count: 3 },
    ]);
  });
});

describe('words', () => {
  it('names the published comparisons in the key', () => {
    expect(outcomeKeyLabel('worse', 'Worse', 'England')).toBe('Worse than England');
    expect(outcomeKeyLabel('similar', 'Similar', 'England')).toBe('Similar to England');
    expect(outcomeKeyLabel('not-compared', 'Not compared', 'England')).toBe('Not compared');
  });

  it('counts the authorities with no figure', () => {
    expect(noDataWords(1)).toEqual({ have: 'authority has', are: 'it is' });
    expect(noDataWords(3)).toEqual({ have: 'authorities have', are: 'they are' });
  });

  it('captions the table with the unit in words for a percentage', () => {
    expect(tableCaption({ name: 'Smoking', unit: '%' }, ', males', '2020', 150)).toBe('Smoking, males, per cent, 2020: 150 authorities');
    expect(tableCaption({ name: 'Deaths', unit: 'per 100,000' }, '', '2020', 3)).toBe('Deaths, per 100,000, 2020: 3 authorities');
  });

  it('marks shared ranks and missing ones', () => {
    expect(rankCell({ rank: 4, tiedWith: 1 })).toBe('4');
    expect(rankCell({ rank: 4, tiedWith: 2 })).toBe('=4');
    expect(rankCell({ rank: null, tiedWith: 1 })).toBe('–');
  });
});

describe('the table', () => {
  it('flips the chosen column; a new column starts ascending, values descending', () => {
    expect(nextAuthoritySort({ key: 'rank', descending: false }, 'rank')).toEqual({ key: 'rank', descending: true });
    expect(nextAuthoritySort({ key: 'rank', descending: false }, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextAuthoritySort({ key: 'rank', descending: false }, 'value')).toEqual({ key: 'value', descending: true });
  });

  it('opens on the place’s page and keeps a chosen page within the rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ isPlace: i === 31 }));
    expect(tablePage(rows, null, 25)).toEqual({ pages: 3, placePage: 1, page: 1, first: 26, last: 50 });
    expect(tablePage(rows, 2, 25)).toEqual({ pages: 3, placePage: 1, page: 2, first: 51, last: 60 });
    expect(tablePage(rows, 7, 25).page).toBe(2);
    expect(tablePage([{ isPlace: false }], null, 25)).toEqual({ pages: 1, placePage: 0, page: 0, first: 1, last: 1 });
  });
});
