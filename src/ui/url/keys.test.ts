import { describe, expect, it } from 'vitest';
import { applyChanges, historyModeOf, hrefTo, pickOffered, readParams, readRaw, URL_KEYS, VIEW_IDS, type UrlKey } from './keys';

describe('address-bar keys: parsers and defaults', () => {
  it('reads the palette, falling back to colour-blind-safe for a missing or unknown value', () => {
    expect(URL_KEYS.palette.parse('rag')).toBe('rag');
    expect(URL_KEYS.palette.parse(undefined)).toBe('colour-blind-safe');
    expect(URL_KEYS.palette.parse('RAG')).toBe('colour-blind-safe');
    expect(URL_KEYS.palette.parse('<script>')).toBe('colour-blind-safe');
    expect(URL_KEYS.palette.default).toBe('colour-blind-safe');
  });

  it('reads a geography only when it is one, otherwise leaves the choice to the view', () => {
    expect(URL_KEYS.geo.parse('lsoa')).toBe('lsoa');
    expect(URL_KEYS.geo.parse('msoa')).toBe('msoa');
    expect(URL_KEYS.geo.parse('county')).toBeUndefined();
    expect(URL_KEYS.geo.parse('')).toBeUndefined();
    expect(URL_KEYS.geo.parse(undefined)).toBeUndefined();
    expect(pickOffered(URL_KEYS.geo.parse('lsoa'), ['ward', 'lsoa'], 'ward')).toBe('lsoa');
    expect(pickOffered(URL_KEYS.geo.parse('msoa'), ['ward', 'lsoa'], 'ward')).toBe('ward');
    expect(pickOffered(URL_KEYS.geo.parse(undefined), ['lsoa'], 'ward')).toBe('lsoa');
    expect(pickOffered(undefined, [], 'ward')).toBe('ward');
  });

  it('reads the view, the benchmark and the flags', () => {
    expect(URL_KEYS.view.parse('trends')).toBe('trends');
    expect(URL_KEYS.view.parse('nowhere')).toBe('map');
    expect(URL_KEYS.view.parse(undefined)).toBe('map');
    expect(VIEW_IDS[0]).toBe('map');
    expect(URL_KEYS.benchmark.parse('place')).toBe('place');
    expect(URL_KEYS.benchmark.parse('none')).toBe('none');
    expect(URL_KEYS.benchmark.parse('<script>')).toBe('country');
    expect(URL_KEYS.all.parse('1')).toBe(true);
    expect(URL_KEYS.all.parse('true')).toBe(false);
    expect(URL_KEYS.basemap.parse('osm')).toBe(true);
    expect(URL_KEYS.basemap.parse(undefined)).toBe(false);
  });

  it('reads how many priorities to list: a whole number from 10 to 1000, 10 otherwise', () => {
    expect(URL_KEYS.top.parse('20')).toBe(20);
    expect(URL_KEYS.top.parse('25x')).toBe(25);
    expect(URL_KEYS.top.parse('0')).toBe(10);
    expect(URL_KEYS.top.parse('-5')).toBe(10);
    expect(URL_KEYS.top.parse('5000')).toBe(1000);
    expect(URL_KEYS.top.parse('many')).toBe(10);
    expect(URL_KEYS.top.parse(undefined)).toBe(10);
  });

  it('reads the comparators as trimmed upper-case codes', () => {
    expect(URL_KEYS.compare.parse(' e08000035,,E06000010 ')).toEqual(['E08000035', 'E06000010']);
    expect(URL_KEYS.compare.parse('')).toEqual([]);
    expect(URL_KEYS.compare.parse(undefined)).toEqual([]);
  });

  it('keeps free text as written, an empty value included (a link with group= is a broken group, not none)', () => {
    expect(URL_KEYS.group.parse('')).toBe('');
    expect(URL_KEYS.group.parse(undefined)).toBeUndefined();
    expect(URL_KEYS.indicator.parse('imp:ds-1:93356')).toBe('imp:ds-1:93356');
    expect(readParams('?group=&area=E05010317', ['group', 'area', 'theme'])).toEqual({ group: '', area: 'E05010317', theme: undefined });
  });

  it('reads every declared key of a query string, with defaults for the missing ones', () => {
    const keys = Object.keys(URL_KEYS) as UrlKey[];
    const values = readParams('', keys);
    for (const key of keys) expect(values[key]).toEqual(URL_KEYS[key].default);
    expect(readParams('?view=trends&palette=rag&compare=E08000035&sex=Male', ['view', 'palette', 'compare', 'sex'])).toEqual({
      view: 'trends',
      palette: 'rag',
      compare: ['E08000035'],
      sex: 'Male',
    });
  });

  it('reads the query string as URLSearchParams does: "+" and %20 are spaces, the last repeated key wins', () => {
    expect(readRaw('?age=0-9+yrs&age=10-19%20yrs')).toEqual({ age: '10-19 yrs' });
  });
});

describe('address-bar keys: writing changes', () => {
  it('sets changed keys in place, adds new ones at the end and keeps unknown keys', () => {
    expect(applyChanges('?view=trends&indicator=a&x=1', { indicator: 'b', palette: 'rag' })).toBe('view=trends&indicator=b&x=1&palette=rag');
  });

  it('removes a key set to null, to an empty value or to a default that is left out', () => {
    expect(applyChanges('?view=explorer&palette=rag&benchmark=place&sex=Male', { palette: 'colour-blind-safe', benchmark: 'country', sex: '' })).toBe('view=explorer');
    expect(applyChanges('?view=groups&group=g1.x', { group: null })).toBe('view=groups');
    expect(applyChanges('?view=trends', { view: 'map' })).toBe('');
    expect(applyChanges('?view=map&all=1&basemap=osm', { all: false, basemap: false })).toBe('view=map');
    expect(applyChanges('?compare=E08000035', { compare: [] })).toBe('');
  });

  it('writes values as today’s links did (a geography chosen is written even when it is the first)', () => {
    expect(applyChanges('', { geo: 'ward', area: null })).toBe('geo=ward');
    expect(applyChanges('', { top: 20 })).toBe('top=20');
    expect(applyChanges('', { all: true, basemap: true })).toBe('all=1&basemap=osm');
    expect(applyChanges('', { compare: ['E08000035', 'E06000010'] })).toBe('compare=E08000035%2CE06000010');
    expect(applyChanges('', { period: '2008/09', age: '0-9 yrs' })).toBe('period=2008%2F09&age=0-9+yrs');
  });

  it('round-trips every kind of value through the query string', () => {
    const values = {
      view: 'authorities',
      indicator: 'imp:ds 1:93356',
      geo: 'lsoa',
      palette: 'rag',
      benchmark: 'none',
      compare: ['E08000035', 'E06000010'],
      top: 30,
      all: true,
      basemap: true,
      group: 'g1.QWNvbWI.E05000001-E05000003.abc',
      cat: 'Deprivation|Most deprived',
    } as const;
    const keys = Object.keys(values) as (keyof typeof values)[];
    expect(readParams(applyChanges('', values), keys)).toEqual(values);
    const href = hrefTo(null, values);
    expect(readParams(href, keys)).toEqual({ ...values, view: 'map' });
    expect(readParams(hrefTo('authorities', values), keys)).toEqual(values);
  });

  it('pushes a history entry unless every key changed replaces (the ward group being edited)', () => {
    expect(URL_KEYS.group.history).toBe('replace');
    expect(historyModeOf({ group: 'g1.x' })).toBe('replace');
    expect(historyModeOf({ group: null })).toBe('replace');
    expect(historyModeOf({ area: 'E05010317', group: null })).toBe('push');
    expect(historyModeOf({ palette: 'rag' })).toBe('push');
    expect(historyModeOf({})).toBe('push');
    const replacing = (Object.keys(URL_KEYS) as UrlKey[]).filter((k) => URL_KEYS[k].history === 'replace');
    expect(replacing).toEqual(['group']);
  });
});

describe('hrefTo', () => {
  it('names the view first, then the parameters in the order given', () => {
    expect(hrefTo('map')).toBe('?view=map');
    expect(hrefTo('import')).toBe('?view=import');
    expect(hrefTo('briefing', { area: 'E05010324' })).toBe('?view=briefing&area=E05010324');
    expect(hrefTo('briefing', { area: undefined })).toBe('?view=briefing');
    expect(hrefTo('groups', { group: 'g1.QWNvbWI.E05000001-E05000003.1x2y' })).toBe('?view=groups&group=g1.QWNvbWI.E05000001-E05000003.1x2y');
  });

  it('encodes values as encodeURIComponent does, as the links built by hand did', () => {
    expect(hrefTo('trends', { indicator: 'imp:someone-elses:93356' })).toBe('?view=trends&indicator=imp%3Asomeone-elses%3A93356');
    expect(hrefTo(null, { indicator: 'imp:a b:c' })).toBe('?indicator=imp%3Aa%20b%3Ac');
    expect(hrefTo('trends', { compare: ['E08000035', 'E06000010'], palette: 'rag' })).toBe('?view=trends&compare=E08000035%2CE06000010&palette=rag');
  });

  it('leaves out values that serialise to nothing (defaults left out of the address, empty lists)', () => {
    expect(hrefTo('explorer', { palette: 'colour-blind-safe', benchmark: 'country', compare: [], all: false, indicator: '' })).toBe('?view=explorer');
    expect(hrefTo(null)).toBe('?');
  });
});
