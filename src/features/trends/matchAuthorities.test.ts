import { describe, expect, it } from 'vitest';
import { matchAuthorities, pickerStatus } from './matchAuthorities';

// Real authority names, used only as words to search.
const OPTIONS = [
  { code: 'E06000014', name: 'York' },
  { code: 'E08000035', name: 'Leeds' },
  { code: 'E07000164', name: 'Hambleton' },
  { code: 'E06000011', name: 'East Riding of Yorkshire' },
  { code: 'E06000065', name: 'North Yorkshire' },
  { code: 'E09000033', name: 'Westminster' },
  { code: 'E06000010', name: 'Kingston upon Hull, City of' },
];
const names = (query: string) => matchAuthorities(OPTIONS, query).map((o) => o.name);

describe('matchAuthorities', () => {
  it('lists every authority, in the given order, for empty or blank text', () => {
    expect(matchAuthorities(OPTIONS, '')).toBe(OPTIONS);
    expect(names('   ')).toEqual(OPTIONS.map((o) => o.name));
  });

  it('puts names starting with the text first, then a word starting with it, then anywhere, each alphabetically', () => {
    // "York" starts with "york"; "North Yorkshire" and "East Riding of Yorkshire" have a word starting with it.
    expect(names('York')).toEqual(['York', 'East Riding of Yorkshire', 'North Yorkshire']);
    // "ham" starts Hambleton; "Kingston upon Hull" has it nowhere; "Westminster" neither.
    expect(names(' HAM ')).toEqual(['Hambleton']);
    // "ton" is inside Hambleton and Kingston but starts no word.
    expect(names('ton')).toEqual(['Hambleton', 'Kingston upon Hull, City of']);
    // Words split at spaces, commas and hyphens: "city" starts a word after a comma.
    expect(names('city')).toEqual(['Kingston upon Hull, City of']);
  });

  it('finds an authority by its exact code', () => {
    expect(names('e08000035')).toEqual(['Leeds']);
    expect(names('E0800003')).toEqual([]);
  });
});

describe('pickerStatus', () => {
  const base = { loading: false, full: false, open: true, query: 'lee', matches: 1, max: 5 };
  it('says it is loading, then that the list is full, before anything else', () => {
    expect(pickerStatus({ ...base, loading: true, full: true })).toBe('Loading the list of authorities…');
    expect(pickerStatus({ ...base, full: true })).toBe('You can compare up to 5 authorities. Remove one to add another.');
  });
  it('counts the matches while typing, saying when only the first 12 are listed', () => {
    expect(pickerStatus(base)).toBe('1 authority matches.');
    expect(pickerStatus({ ...base, matches: 3 })).toBe('3 authorities match.');
    expect(pickerStatus({ ...base, matches: 40 })).toBe('40 authorities match; the first 12 are listed.');
    expect(pickerStatus({ ...base, matches: 12 })).toBe('12 authorities match.');
  });
  it('says nothing while closed or with no text', () => {
    expect(pickerStatus({ ...base, open: false })).toBe('');
    expect(pickerStatus({ ...base, query: '  ' })).toBe('');
  });
});
