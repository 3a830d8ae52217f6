import { describe, expect, it } from 'vitest';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { buildAreaProfile } from '../../core/mapModel';
import { briefingFindings, resolveBriefingArea } from './model';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

// Synthetic rows only: not real figures.
describe('briefing', () => {
  it('falls back to the whole place for an unknown or missing code', () => {
    expect(resolveBriefingArea(SYNTHETIC_PLACE, 'E05000002')).toMatchObject({ code: 'E05000002', name: 'South', kind: 'ward' });
    expect(resolveBriefingArea(SYNTHETIC_PLACE, 'E05999999').kind).toBe('place');
    expect(resolveBriefingArea(SYNTHETIC_PLACE, undefined).name).toBe('Testtown');
  });

  it('lists significant differences worst first, in one sentence each', () => {
    const a = syntheticMeta({ id: 'a', name: 'Bad health' });
    const b = syntheticMeta({ id: 'b', name: 'Disability' });
    const c = syntheticMeta({ id: 'c', name: 'Caring' });
    const rows = [
      syntheticRow('E05000001', 20, { indicatorId: 'a', count: 200, denominator: 1000, lower95: 17.6, upper95: 22.6 }),
      syntheticRow('E92000001', 10, { indicatorId: 'a' }),
      syntheticRow('E05000001', 12, { indicatorId: 'b', lower95: 11, upper95: 13 }),
      syntheticRow('E92000001', 10, { indicatorId: 'b' }),
      syntheticRow('E05000001', 10.5, { indicatorId: 'c' }),
      syntheticRow('E92000001', 10, { indicatorId: 'c' }),
    ];
    const index = buildIndicatorIndex([a, b, c], rows);
    const findings = briefingFindings('North', buildAreaProfile(index, SYNTHETIC_PLACE, 'E05000001'), '2026-11-25');
    expect(findings.map((f) => f.indicatorId)).toEqual(['a', 'b']);
    expect(findings[0]?.sentence).toBe(
      'North: bad health 20.0% (95% CI 17.6%–22.6%), about 200 residents, significantly worse than England (2025).',
    );
    // The same figures read in a snapshot of 2031 are more than five years old, a replaced method says so,
    // and a count of households is not called residents.
    const later = briefingFindings(
      'North',
      buildAreaProfile(buildIndicatorIndex([{ ...a, superseded: 'Old method: since replaced.', population: 'households' }, b, c], rows), SYNTHETIC_PLACE, 'E05000001'),
      '2031-01-01',
    );
    expect(later[0]?.sentence).toBe(
      'North: bad health 20.0% (95% CI 17.6%–22.6%), about 200 households, significantly worse than England (2025 — the latest open figure). Old method: since replaced.',
    );
  });
});
