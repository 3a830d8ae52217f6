// Every indicator here is SYNTHETIC (testFixtures.ts): made up for the test.
import { describe, expect, it } from 'vitest';
import { availableGeographies } from './mapModel';
import { syntheticMeta } from './testFixtures';
import { pickerGroups } from './themes';

describe('pickerGroups', () => {
  const ward = (id: string, theme: string) => syntheticMeta({ id, theme, geographies: ['England', 'Local authority', 'Ward'] });
  const placeOnly = (id: string, theme: string) => syntheticMeta({ id, theme, geographies: ['England', 'Local authority'] });
  const hasSmallAreas = (m: ReturnType<typeof syntheticMeta>) => availableGeographies(m).length > 0;

  it('puts indicators with ward figures first, then place-only ones, each by theme in the Alliance order', () => {
    const groups = pickerGroups(
      [placeOnly('a', 'Alcohol harm'), ward('b', 'Lifestyle'), ward('c', 'Alcohol harm'), placeOnly('d', 'Mental health'), ward('e', 'Lifestyle')],
      hasSmallAreas,
      'York and England only',
    );
    expect(groups.map(([label, list]) => [label, list.map((m) => m.id)])).toEqual([
      ['Ward and neighbourhood figures: Alcohol harm', ['c']],
      ['Ward and neighbourhood figures: Lifestyle', ['b', 'e']],
      ['York and England only: Alcohol harm', ['a']],
      ['York and England only: Mental health', ['d']],
    ]);
  });

  it('leaves out a group with no indicators', () => {
    expect(pickerGroups([ward('b', 'Lifestyle')], hasSmallAreas, 'York and England only').map(([l]) => l)).toEqual(['Ward and neighbourhood figures: Lifestyle']);
  });
});
