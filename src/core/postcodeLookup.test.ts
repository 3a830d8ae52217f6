import { describe, expect, it } from 'vitest';
import type { PostcodeFile } from '../domain/postcodes';
import { YORK_WARDS } from '../ingest/test-helpers';
import { answerWithoutPostcodes, EMPTY_MESSAGE, lookupPostcode, readPostcodeFile, readQuery, searchWards, type LookupResult } from './postcodeLookup';

// York's 21 wards, as in place.json and the ONS lookup (one list for every test that needs them).
const WARDS = YORK_WARDS.map(([code, name]) => ({ code, name }));
const wardName = (code: string) => WARDS.find((w) => w.code === code)?.name;

/** A small synthetic postcode file in the layout of data/postcodes.json (codes as in the real file). */
const FILE: PostcodeFile = {
  source: 'test',
  period: 'October 2025',
  attribution: ['line 1', 'line 2', 'line 3'],
  authority: { code: 'E06000014', name: 'York' },
  wards: ['E05010318', 'E05010323'],
  lsoas: ['E01013335', 'E01013400'],
  place: { YO1: { '7HH': [0, 0] }, YO10: { '5DD': [1, 1] } },
  elsewhere: { YO8: { E06000065: '9AA 9AB' }, YO25: { E06000011: '3AA' } },
  authorities: { E06000011: 'East Riding of Yorkshire', E06000065: 'North Yorkshire' },
};

describe('readQuery', () => {
  it.each([
    ['YO1 7HH', { kind: 'postcode', postcode: 'YO1 7HH' }],
    ['yo1 7hh', { kind: 'postcode', postcode: 'YO1 7HH' }],
    ['YO17HH', { kind: 'postcode', postcode: 'YO1 7HH' }],
    ['  yo10   5dd  ', { kind: 'postcode', postcode: 'YO10 5DD' }],
    ['yo105dd', { kind: 'postcode', postcode: 'YO10 5DD' }],
    ['SW1A 1AA', { kind: 'postcode', postcode: 'SW1A 1AA' }],
    ['\tYO30 4XY\n', { kind: 'postcode', postcode: 'YO30 4XY' }],
    ['YO10', { kind: 'outward', outward: 'YO10' }],
    ['', { kind: 'empty' }],
    ['     ', { kind: 'empty' }],
    ['Westf', { kind: 'text', text: 'Westf' }],
    ['YO1 7H', { kind: 'text', text: 'YO1 7H' }],
  ])('reads %j', (input, expected) => {
    expect(readQuery(input)).toEqual(expected);
  });
});

const AMPERSAND_WARDS = ['Dringhouses & Woodthorpe', 'Fulford & Heslington', 'Haxby & Wigginton', 'Huntington & New Earswick', 'Osbaldwick & Derwent', 'Rawcliffe & Clifton Without'];

describe('searchWards', () => {
  it.each([
    ['westf', ['Westfield']],
    ['WESTFIELD', ['Westfield']],
    ['fulford and heslington', ['Fulford & Heslington']],
    ['Fulford & Heslington', ['Fulford & Heslington']],
    ['haxby&wigginton', ['Haxby & Wigginton']],
    ['heworth', ['Heworth']],
    ['heworth w', ['Heworth Without']],
    ['clifton', ['Clifton']],
    ['without', ['Heworth Without', 'Rawcliffe & Clifton Without']],
    ['hull road', ['Hull Road']],
    ['and', AMPERSAND_WARDS],
    ['&', AMPERSAND_WARDS],
    ['rural west', ['Rural West York']],
    ['leeds', []],
    ['-', []],
  ])('%j → %j', (text, names) => {
    expect(searchWards(text, WARDS).map((w) => w.name)).toEqual(names);
  });
});

/** The whole path the box takes: read the query, answer what needs no data, else look the postcode up. */
const answer = (input: string): LookupResult => {
  const query = readQuery(input);
  return answerWithoutPostcodes(query, input, WARDS, 'York') ?? lookupPostcode(FILE, (query as { postcode: string }).postcode, wardName);
};

describe('answers (synthetic postcode file)', () => {
  const long = 'a'.repeat(500);
  it.each<[string, Partial<LookupResult>]>([
    ['YO1 7HH', { kind: 'found', wardCode: 'E05010318', lsoaCode: 'E01013335', message: 'YO1 7HH is in Guildhall ward.' }],
    ['yo105dd', { kind: 'found', wardCode: 'E05010323', lsoaCode: 'E01013400', message: 'YO10 5DD is in Hull Road ward.' }],
    ['YO8 9AA', { kind: 'elsewhere', authorityName: 'North Yorkshire', message: 'YO8 9AA is in North Yorkshire; this dashboard covers York.' }],
    ['yo25 3aa', { kind: 'elsewhere', message: 'YO25 3AA is in East Riding of Yorkshire; this dashboard covers York.' }],
    ['YO1 9ZZ', { kind: 'unknown', message: 'YO1 9ZZ was not found: it may be new, terminated, or mistyped.' }],
    ['YO99 9ZZ', { kind: 'unknown', message: 'YO99 9ZZ was not found: it may be new, terminated, or mistyped.' }],
    ['SW1A 1AA', { kind: 'unknown', message: 'SW1A 1AA is not a YO postcode. This dashboard covers York, and its postcode list holds the YO postcode area only.' }],
    ['YO10', { kind: 'malformed', message: 'YO10 is only the first half of a postcode: type the whole postcode, like YO10 1AA.' }],
    ['YO1 7H', { kind: 'malformed', message: '“YO1 7H” doesn’t look like a postcode: a postcode looks like YO1 7HH.' }],
    ['12345', { kind: 'malformed', message: '“12345” doesn’t look like a postcode: a postcode looks like YO1 7HH.' }],
    ['', { kind: 'empty', message: EMPTY_MESSAGE }],
    ['   ', { kind: 'empty', message: EMPTY_MESSAGE }],
    [long, { kind: 'malformed', message: `“${'a'.repeat(40)}…” is too long to be a postcode or a ward’s name.` }],
    ['<script>alert(1)</script>', { kind: 'malformed', message: '“<script>alert(1)</script>” doesn’t look like a postcode: a postcode looks like YO1 7HH.' }],
    ['<b>x</b>', { kind: 'noWard', message: 'No ward of York has “<b>x</b>” in its name. Try a postcode, like YO1 7HH.' }],
    ['westf', { kind: 'ward', wardCode: 'E05010330', message: 'Showing Westfield ward.' }],
    ['without', { kind: 'wards', message: '2 wards’ names contain “without”: choose one.' }],
  ])('%j', (input, expected) => {
    expect(answer(input)).toMatchObject(expected);
  });

  it('never throws, whatever is typed', () => {
    for (const input of ['\u0000', '🙂', 'YO1 7HH'.repeat(100), ' '.repeat(500), '"', '\\', 'YO1 7HH; DROP TABLE', 'constructor', '__proto__']) {
      expect(() => answer(input)).not.toThrow();
    }
    expect(lookupPostcode(FILE, 'YO1 __PROTO__', wardName).kind).toBe('unknown');
  });
});

describe('readPostcodeFile', () => {
  it('accepts the layout and refuses anything else', () => {
    expect(readPostcodeFile(JSON.parse(JSON.stringify(FILE)))).toEqual(FILE);
    expect(() => readPostcodeFile(null)).toThrow('not in the expected form');
    expect(() => readPostcodeFile({ ...FILE, place: [] })).toThrow('not in the expected form');
    expect(() => readPostcodeFile('text')).toThrow('not in the expected form');
  });
});
