import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../domain/indicators';
import { concernNotice } from './concernNotice';
import { SYNTHETIC_PLACE, syntheticMeta } from './testFixtures';

// Synthetic metadata (made up for this test).
const alcohol = (id: string, geographies: string[]): IndicatorMeta => syntheticMeta({ id, theme: 'Alcohol harm', geographies });

describe('concern notice', () => {
  it('is shown when no alcohol indicator has ward, MSOA or LSOA figures, pointing to the place’s trend series', () => {
    const place = { ...SYNTHETIC_PLACE, roles: { ...SYNTHETIC_PLACE.roles, defaultTrend: 'b' } };
    const notice = concernNotice([alcohol('a', ['England', 'Local authority']), alcohol('b', ['Local authority'])], place);
    expect(notice?.theme).toBe('Alcohol harm');
    expect(notice?.series?.id).toBe('b');
  });

  it('falls back to the theme’s first indicator, or none', () => {
    expect(concernNotice([alcohol('a', ['Local authority'])], SYNTHETIC_PLACE)?.series?.id).toBe('a');
    expect(concernNotice([], SYNTHETIC_PLACE)).toEqual({ theme: 'Alcohol harm', series: null });
  });

  it('is not shown once any alcohol indicator has ward figures (an imported ward extract, say)', () => {
    expect(concernNotice([alcohol('a', ['Local authority']), alcohol('w', ['Ward'])], SYNTHETIC_PLACE)).toBeNull();
  });
});
