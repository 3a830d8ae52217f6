// Synthetic place, indicator and rows only: not real figures.
import { describe, expect, it } from 'vitest';
import { hasBriefing, legendReferences, mapTableCaption, unknownHighlightNotice, unmappableIndicator } from './mapWords';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

const meta = syntheticMeta();

describe('map words', () => {
  it('finds an indicator that cannot be mapped', () => {
    expect(unmappableIndicator(undefined)).toBeNull();
    expect(unmappableIndicator(meta)).toBeNull();
    const authorityOnly = syntheticMeta({ geographies: ['Local authority'] });
    expect(unmappableIndicator(authorityOnly)).toBe(authorityOnly);
  });

  it('writes the place’s value and the benchmark’s under the key, not the place twice', () => {
    const place = { code: 'E06000001', name: 'Testtown' };
    const england = { code: 'E92000001', name: 'England', row: syntheticRow('E92000001', 10) };
    expect(legendReferences({ place: { code: place.code, name: place.name, row: undefined, valueText: '9.0%' }, benchmark: england }, place, meta)).toEqual([
      { name: 'Testtown', valueText: '9.0%' },
      { name: 'England', valueText: '10.0%' },
    ]);
    const self = { ...england, code: place.code, name: place.name };
    expect(legendReferences({ place: { code: place.code, name: place.name, row: undefined, valueText: '9.0%' }, benchmark: self }, place, meta)).toEqual([
      { name: 'Testtown', valueText: '9.0%' },
    ]);
  });

  it('captions the table with its benchmark when there is one', () => {
    expect(mapTableCaption('Smoking', 'ward', '2021', 'England')).toBe('Smoking by ward, 2021, compared with England (95% confidence)');
    expect(mapTableCaption('Smoking', 'ward', '2021', null)).toBe('Smoking by ward, 2021');
  });

  it('offers a briefing for the place and its wards only', () => {
    const ward = SYNTHETIC_PLACE.wards[0]?.code ?? '';
    expect(hasBriefing(null, SYNTHETIC_PLACE)).toBe(true);
    expect(hasBriefing(ward, SYNTHETIC_PLACE)).toBe(true);
    expect(hasBriefing('E01000001', SYNTHETIC_PLACE)).toBe(false);
  });
});

describe('unknownHighlightNotice', () => {
  const lsoas = [{ code: 'E01013335' }];
  it('says nothing for no outline or a known neighbourhood, and names an unknown one', () => {
    expect(unknownHighlightNotice(undefined, lsoas, 'York')).toBeNull();
    expect(unknownHighlightNotice('E01013335', lsoas, 'York')).toBeNull();
    expect(unknownHighlightNotice('E01999999', lsoas, 'York')).toBe('The link asked to outline a neighbourhood (“E01999999”) that is not one of York’s; none is outlined.');
  });
});
