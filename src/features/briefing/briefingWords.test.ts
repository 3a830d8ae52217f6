// Synthetic places and sources only: not real figures.
import { describe, expect, it } from 'vitest';
import { areaChoice, areaDescription, groupWardNames, parliamentLicenceNote, runningHead, uniqueAttributions, usedSources } from './briefingWords';
import { SYNTHETIC_PLACE } from '../../core/testFixtures';

describe('briefing words', () => {
  it('names a group’s wards in the place’s order', () => {
    const codes = SYNTHETIC_PLACE.wards.map((w) => w.code);
    const names = SYNTHETIC_PLACE.wards.map((w) => w.name);
    expect(groupWardNames(SYNTHETIC_PLACE, [codes[1] as string, codes[0] as string, 'E05999999'])).toEqual([names[0], names[1]]);
  });

  it('describes a ward, a group and the whole place', () => {
    expect(areaDescription({ kind: 'ward' }, 'City of Testtown', [])).toBe('Electoral ward of City of Testtown');
    expect(areaDescription({ kind: 'place' }, 'City of Testtown', [])).toBe('City of Testtown');
    expect(areaDescription({ kind: 'group' }, 'City of Testtown', ['North', 'South'])).toBe(
      'A group of 2 wards of City of Testtown: North, South. Counts and denominators are added up across the wards and intervals recalculated; figures that cannot be added up (scores, averages, age-standardised rates) are left out',
    );
  });

  it('chooses the list entry for a ward, a group and the place', () => {
    expect(areaChoice({ kind: 'ward', code: 'E05000001' })).toBe('E05000001');
    expect(areaChoice({ kind: 'group', code: 'group' })).toBe('group');
    expect(areaChoice({ kind: 'place', code: 'E06000001' })).toBe('');
  });

  it('writes the running head', () => {
    expect(runningHead('North', '1 May 2025', 'Testtown Alliance')).toBe('North · Health briefing · Data snapshot of 1 May 2025 · Testtown Alliance');
  });

  it('lists each source once under its publisher, and each attribution once', () => {
    const meta = { source: 'Census 2021', publisher: 'ONS', licence: 'OGL v3.0' };
    expect(usedSources([{ meta }, { meta }, { meta: { ...meta, source: 'Fingertips', publisher: 'OHID' } }, { meta: { ...meta, source: 'TS038' } }])).toEqual([
      { publisher: 'ONS', licence: 'OGL v3.0', datasets: ['Census 2021', 'TS038'] },
      { publisher: 'OHID', licence: 'OGL v3.0', datasets: ['Fingertips'] },
    ]);
    expect(uniqueAttributions([{ attribution: 'a' }, { attribution: 'b' }, { attribution: 'a' }])).toEqual(['a', 'b']);
  });

  it('names the Open Parliament Licence only when a figure uses it', () => {
    expect(parliamentLicenceNote([{ meta: { licence: 'OGL v3.0' } }])).toBe('');
    expect(parliamentLicenceNote([{ meta: { licence: 'Open Parliament Licence v3.0' } }])).toBe(
      ', and the Open Parliament Licence v3.0 for House of Commons Library estimates',
    );
  });
});
