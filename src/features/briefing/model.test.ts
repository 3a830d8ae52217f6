import { describe, expect, it } from 'vitest';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { buildAreaProfile } from '../../core/mapModel';
import { briefingStory, briefingTableLines, keyMessages, resolveBriefingArea } from './model';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';
import type { FindingGroup } from '../../core/wardStory';

// Synthetic rows only: not real figures.
describe('briefing', () => {
  it('falls back to the whole place for an unknown or missing code', () => {
    expect(resolveBriefingArea(SYNTHETIC_PLACE, 'E05000002')).toMatchObject({ code: 'E05000002', name: 'South', kind: 'ward' });
    expect(resolveBriefingArea(SYNTHETIC_PLACE, 'E05999999').kind).toBe('place');
    // An unknown code is said, not silently replaced; the place's own code and no code at all are not unknown.
    expect(resolveBriefingArea(SYNTHETIC_PLACE, 'E05999999').notice).toBe('The link asked for an area (“E05999999”) that is not one of these wards; showing Testtown as a whole instead.');
    expect(resolveBriefingArea(SYNTHETIC_PLACE, SYNTHETIC_PLACE.localAuthority.code).notice).toBe('');
    expect(resolveBriefingArea(SYNTHETIC_PLACE, undefined).notice).toBe('');
    expect(resolveBriefingArea(SYNTHETIC_PLACE, undefined).name).toBe('Testtown');
  });

  it('lists significant differences largest gap first, one benchmark per list', () => {
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
    const area = resolveBriefingArea(SYNTHETIC_PLACE, 'E05000001');
    const story = briefingStory(index, SYNTHETIC_PLACE, area, buildAreaProfile(index, SYNTHETIC_PLACE, 'E05000001'), null);
    expect(story.groups.map((g) => [g.heading, g.findings.map((f) => f.indicatorId)])).toEqual([['Worse than England', ['a', 'b']]]);
    expect(story.groups[0]?.findings[0]?.sentence).toBe('Bad health: 20.0%, where England is 10.0% (2025).');
  });

  it('names at most three findings in a key message and says where the rest are', () => {
    const group = (n: number): FindingGroup => ({
      direction: 'worse',
      benchmarkName: 'England',
      heading: 'Worse than England',
      findings: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, indicatorId: `i${i}`, name: `Measure ${i + 1}`, benchmarkName: 'England', sentence: '', figures: `${i + 2}% against 1%`, gap: 1, published: false })),
    });
    expect(keyMessages('North', { residents: null, groups: [group(2)] }, 'England')).toEqual([
      'North is significantly worse than England on 2 measures: measure 1 (2% against 1%) and measure 2 (3% against 1%), with their periods on page 2.',
    ]);
    expect(keyMessages('North', { residents: 'About 10 residents live in North.', groups: [{ ...group(9), benchmarkName: 'Testtown' }] }, 'England')).toEqual([
      'About 10 residents live in North.',
      'Where England has no figure, North is significantly worse than Testtown on 9 measures. The 3 largest gaps: measure 1 (2% against 1%), measure 2 (3% against 1%) and measure 3 (4% against 1%). All 9 are on page 2.',
    ]);
    expect(keyMessages('North', { residents: null, groups: [] }, 'England')).toEqual([
      'No figure for North is significantly better or worse than the figure it is compared with.',
    ]);
  });

  it('leaves the Health Index to Trends and counts what it left out', () => {
    const hi = syntheticMeta({ id: 'hi', theme: 'Health Index' });
    const other = syntheticMeta({ id: 'o' });
    const index = buildIndicatorIndex([hi, other], [syntheticRow('E06000001', 100, { indicatorId: 'hi' }), syntheticRow('E06000001', 5, { indicatorId: 'o' })]);
    const table = briefingTableLines(buildAreaProfile(index, SYNTHETIC_PLACE, 'E06000001'));
    expect([table.shown.map((l) => l.meta.id), table.leftOut]).toEqual([['o'], 1]);
  });
});
