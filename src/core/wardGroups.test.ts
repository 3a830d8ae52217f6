// Ward groups: adding up, links and checks. Every row here is SYNTHETIC (testFixtures.ts helpers), not York data.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GROUPS_KEY, listGroups, saveGroup } from '../data/groupStore';
import { buildIndicatorIndex } from './indicatorIndex';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from './testFixtures';
import {
  aggregateGroup,
  aggregateRows,
  checkGroup,
  checksum,
  decodeGroup,
  encodeGroup,
  GROUP_NAME_MAX,
  groupSummary,
  sameGroup,
} from './wardGroups';

const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;
const [NORTH, SOUTH, EAST] = ['E05000001', 'E05000002', 'E05000003'];
const NAMES = ['North', 'South'];

const SHARE = syntheticMeta({ id: 'syn-share', name: 'Synthetic bad health', theme: 'General health and disability' });
const northRow = syntheticRow(NORTH, (100 * 387) / 8662, { indicatorId: SHARE.id, count: 387, denominator: 8662 });
const southRow = syntheticRow(SOUTH, (100 * 500) / 9000, { indicatorId: SHARE.id, count: 500, denominator: 9000 });

describe('adding a group’s figures up (synthetic)', () => {
  it('sums counts and denominators and recomputes the Wilson intervals from the sums', () => {
    const a = aggregateRows(SHARE, [northRow, southRow], NAMES);
    expect(a.status).toBe('added-up');
    expect(a.count).toBe(887);
    expect(a.denominator).toBe(17662);
    // Independent check (python3, statistics.NormalDist): x = 887, n = 17662, Wilson score limits without continuity correction.
    expect(a.value).toBeCloseTo(5.0220813044955275, 10);
    expect(a.lower95).toBeCloseTo(4.709655309702, 8);
    expect(a.upper95).toBeCloseTo(5.3540683060955585, 8);
    expect(a.lower998).toBeCloseTo(4.538105652412655, 8);
    expect(a.upper998).toBeCloseTo(5.554668227446318, 8);
    expect(a.method).toBe('wilson');
  });

  it('does not average the wards’ percentages', () => {
    const a = aggregateRows(SHARE, [northRow, southRow], NAMES);
    const average = ((northRow.value as number) + (southRow.value as number)) / 2;
    expect(Math.abs((a.value as number) - average)).toBeGreaterThan(0.01);
  });

  it('adds up estimated (non-whole) counts too', () => {
    const a = aggregateRows(
      SHARE,
      [
        syntheticRow(NORTH, 16.6, { indicatorId: SHARE.id, count: 1460.276, denominator: 8796 }),
        syntheticRow(SOUTH, 20, { indicatorId: SHARE.id, count: 1000.5, denominator: 5000 }),
      ],
      NAMES,
    );
    // python3: wilson(2460.776, 13796, 0.95)
    expect(a.value).toBeCloseTo(17.83688025514642, 10);
    expect(a.lower95).toBeCloseTo(17.207053047528944, 8);
    expect(a.upper95).toBeCloseTo(18.48461394385117, 8);
  });

  it('refuses scores, ranks, averages, age-standardised rates and rates without counts, with the reason', () => {
    const score = syntheticMeta({ id: 'syn-score', valueType: 'score', unit: 'score', multiplier: null });
    expect(aggregateRows(score, [northRow, southRow], NAMES)).toMatchObject({
      status: 'refused',
      reason: 'Cannot be added up across wards: it is a score',
      value: null,
    });
    expect(aggregateRows(syntheticMeta({ valueType: 'rank' }), [northRow], ['North']).reason).toBe('Cannot be added up across wards: it is a rank');
    expect(aggregateRows(syntheticMeta({ valueType: 'years', unit: 'years' }), [northRow], ['North']).reason).toBe(
      'Cannot be added up across wards: it is an average',
    );
    const dsr = syntheticMeta({ valueType: 'rate', unit: 'per 100,000 (age-standardised)', multiplier: 100000 });
    expect(aggregateRows(dsr, [northRow], ['North']).reason).toBe('Cannot be added up across wards: it is age-standardised');
    const rate = syntheticMeta({ valueType: 'rate', unit: 'per 100,000', multiplier: 100000 });
    expect(aggregateRows(rate, [syntheticRow(NORTH, 500), syntheticRow(SOUTH, 600)], NAMES).reason).toBe(
      'Cannot be added up across wards: it is a rate without counts',
    );
  });

  it('works out crude rates with counts by exact Poisson or Byar limits', () => {
    const rate = syntheticMeta({ valueType: 'rate', unit: 'per 100,000', multiplier: 100000 });
    const a = aggregateRows(
      rate,
      [syntheticRow(NORTH, 100, { count: 10, denominator: 10000 }), syntheticRow(SOUTH, 50, { count: 5, denominator: 10000 })],
      NAMES,
    );
    expect(a).toMatchObject({ status: 'added-up', count: 15, denominator: 20000, value: 75, method: 'poisson' });
    // Byar, O = 15 (python3): 15 (1 − 1/135 − z/(3√15))³ = 8.389264; 16 (1 − 1/144 + z/(3·4))³ = 24.741631; × 100,000 / 20,000.
    expect(a.lower95).toBeCloseTo(41.94632006607023, 8);
    expect(a.upper95).toBeCloseTo(123.70815671619631, 8);
  });

  it('says which wards have no data instead of adding up part of the group', () => {
    const a = aggregateRows(SHARE, [northRow, undefined], NAMES);
    expect(a).toMatchObject({ status: 'no-data', reason: 'No data for South', value: null, count: null });
  });

  it('sums a classification without inventing an interval for it', () => {
    const cls = { ciMethod: 'none' as const, lower95: null, upper95: null, lower998: null, upper998: null };
    const a = aggregateRows(
      SHARE,
      [syntheticRow(NORTH, 10, { ...cls, count: 100, denominator: 1000 }), syntheticRow(SOUTH, 0, { ...cls, count: 0, denominator: 1000 })],
      NAMES,
    );
    expect(a).toMatchObject({ status: 'added-up', value: 5, lower95: null, upper95: null, count: 100, denominator: 2000 });
  });

  it('compares the group with England and the local authority and sums up in one sentence', () => {
    const score = syntheticMeta({ id: 'syn-score', name: 'Synthetic score', valueType: 'score', unit: 'score', multiplier: null });
    const index = buildIndicatorIndex(
      [SHARE, score],
      [
        syntheticRow(ENGLAND, 4, { indicatorId: SHARE.id, lower95: 3.99, upper95: 4.01 }),
        syntheticRow(TOWN, 5.02, { indicatorId: SHARE.id }),
        northRow,
        southRow,
        syntheticRow(EAST, 3, { indicatorId: SHARE.id, count: 30, denominator: 1000 }),
        syntheticRow(NORTH, 20, { indicatorId: score.id, lower95: null, upper95: null }),
        syntheticRow(SOUTH, 30, { indicatorId: score.id, lower95: null, upper95: null }),
      ],
    );
    const lines = aggregateGroup(index, SYNTHETIC_PLACE, [SOUTH, NORTH]);
    expect(lines.map((l) => [l.meta.id, l.aggregate.status])).toEqual([
      ['syn-share', 'added-up'],
      ['syn-score', 'refused'],
    ]);
    const share = lines[0];
    expect(share?.valueText).toBe('5.0%');
    expect(share?.intervalText).toBe('4.7% to 5.4%');
    expect(share?.countText).toBe('887 of 17,662');
    expect(share?.england.text).toBe('Significantly worse than England');
    expect(share?.place.text).toBe('Not significantly different from Testtown');
    expect(lines[1]?.aggregate.reason).toBe('Cannot be added up across wards: it is a score');
    expect(groupSummary('Our <b>patch</b>', NAMES, lines, 17662, SYNTHETIC_PLACE)).toBe(
      'Our <b>patch</b> (2 wards, about 17,660 residents in 2021): of 1 figure added up across its wards, 1 is significantly worse than England ' +
        '(or Testtown where England has no figure), 0 better and 0 similar; 1 cannot be added up across wards.',
    );
    expect(aggregateGroup(index, SYNTHETIC_PLACE, [])).toEqual([]);
  });
});

describe('checking a group before saving', () => {
  it('refuses a group with no wards, with no name or with too long a name', () => {
    expect(checkGroup('Our patch', [], SYNTHETIC_PLACE)).toEqual({
      ok: false,
      problem: 'A group needs at least one ward. Tick one or more wards in the list or on the map. Nothing was saved.',
    });
    expect(checkGroup('Our patch', ['E05999999'], SYNTHETIC_PLACE).ok).toBe(false);
    expect(checkGroup('   ', [NORTH], SYNTHETIC_PLACE)).toMatchObject({ ok: false, problem: 'Give the group a name before saving it. Nothing was saved.' });
    expect(checkGroup('x'.repeat(GROUP_NAME_MAX + 1), [NORTH], SYNTHETIC_PLACE)).toMatchObject({ ok: false });
    expect(checkGroup('  Our \n patch ', [EAST, NORTH, NORTH], SYNTHETIC_PLACE)).toEqual({
      ok: true,
      group: { name: 'Our patch', wardCodes: [NORTH, EAST] },
    });
  });
});

describe('group links', () => {
  const group = { name: 'Acomb & “friends” <img src=x onerror=alert(1)> ✓', wardCodes: [NORTH, EAST] };

  it('round-trips a name with markup, quotes and non-ASCII characters, in a URL-safe form', () => {
    const encoded = encodeGroup(group);
    expect(encoded).toMatch(/^g1\.[A-Za-z0-9_-]+\.E05000001-E05000003\.[0-9a-z]+$/);
    expect(encodeURIComponent(encoded)).toBe(encoded);
    const decoded = decodeGroup(encoded, SYNTHETIC_PLACE);
    expect(decoded).toEqual({ ok: true, group, unknownCodes: [], warnings: [] });
    const params = new URLSearchParams(`view=groups&group=${encoded}`);
    expect(decodeGroup(params.get('group') as string, SYNTHETIC_PLACE)).toEqual(decoded);
    expect(decoded.ok && sameGroup(decoded.group, { ...group, wardCodes: [EAST, NORTH] })).toBe(true);
  });

  it('ignores and lists ward codes that are not the place’s wards', () => {
    const decoded = decodeGroup(encodeGroup({ name: 'Old boundaries', wardCodes: [NORTH, 'E05099999', 'not-a-code'] }), SYNTHETIC_PLACE);
    expect(decoded).toEqual({
      ok: true,
      group: { name: 'Old boundaries', wardCodes: [NORTH] },
      unknownCodes: ['E05099999', '“not”', '“a”', '“code”'],
      warnings: [],
    });
  });

  it('notices a link that was changed after it was made', () => {
    const tampered = encodeGroup(group).replace('E05000003', 'E05000002');
    const decoded = decodeGroup(tampered, SYNTHETIC_PLACE);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.group.wardCodes).toEqual([NORTH, SOUTH]);
      expect(decoded.warnings).toEqual([
        'This link was changed after it was made, or was copied only in part: its check code does not match. Check the wards below before you rely on it or save it.',
      ]);
    }
  });

  it('returns an error object naming the problem for garbled links, never throwing', () => {
    const good = encodeGroup(group);
    const cases: [string, RegExp][] = [
      ['', /empty group/],
      ['hello', /not in a form this dashboard can read/],
      ['g2.abc.E05000001.x', /not in a form/],
      [good.split('.').slice(0, 3).join('.'), /incomplete or has extra pieces \(3 parts instead of 4\)/],
      [`g1.%%%.${NORTH}.x`, /name in the link cannot be read/],
      [`g1.${btoa('\u00ff\u00fe').replace(/=+$/, '')}.${NORTH}.x`, /name in the link cannot be read/],
      [`g1..E05099999.${checksum('.E05099999')}`, /None of the wards in the link/],
      [`g1.QQ..${checksum('QQ.')}`, /has no wards/],
      ['g1.' + 'A'.repeat(4000), /too long/],
      [`g1.${btoa('x'.repeat(GROUP_NAME_MAX + 1)).replace(/=+$/, '')}.${NORTH}.x`, /limit is 60/],
    ];
    for (const [param, problem] of cases) {
      const decoded = decodeGroup(param, SYNTHETIC_PLACE);
      expect(decoded.ok, param).toBe(false);
      if (!decoded.ok) expect(decoded.problem).toMatch(problem);
    }
    const unknown = decodeGroup(`g1..E05099999.${checksum('.E05099999')}`, SYNTHETIC_PLACE);
    expect(unknown).toMatchObject({ ok: false, unknownCodes: ['E05099999'] });
  });

  it('never throws, whatever the parameter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const decoded = decodeGroup(text, SYNTHETIC_PLACE);
        return typeof decoded.ok === 'boolean';
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: GROUP_NAME_MAX }), fc.subarray([NORTH, SOUTH, EAST], { minLength: 1 }), (name, codes) => {
        const decoded = decodeGroup(encodeGroup({ name, wardCodes: codes }), SYNTHETIC_PLACE);
        return decoded.ok && decoded.warnings.length === 0 && decoded.group.wardCodes.length === codes.length;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the group store (localStorage, stubbed)', () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = new Map();
    const localStorage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a group with no wards and writes nothing', () => {
    expect(saveGroup('Our patch', [], SYNTHETIC_PLACE)).toEqual({
      ok: false,
      problem: 'A group needs at least one ward. Tick one or more wards in the list or on the map. Nothing was saved.',
    });
    expect(items.has(GROUPS_KEY)).toBe(false);
  });

  it('saves, replaces a group of the same name, and skips unreadable stored entries', () => {
    const first = saveGroup('Our patch', [NORTH], SYNTHETIC_PLACE, new Date('2026-01-01T00:00:00Z'));
    expect(first.ok).toBe(true);
    const second = saveGroup('Our patch', [NORTH, SOUTH], SYNTHETIC_PLACE, new Date('2026-01-02T00:00:00Z'));
    expect(second).toMatchObject({ ok: true, replaced: true });
    expect(listGroups().map((g) => [g.name, g.wardCodes])).toEqual([['Our patch', [NORTH, SOUTH]]]);
    items.set(GROUPS_KEY, JSON.stringify([{ id: 1 }, ...JSON.parse(items.get(GROUPS_KEY) as string)]));
    expect(listGroups()).toHaveLength(1);
    items.set(GROUPS_KEY, '{not json');
    expect(listGroups()).toEqual([]);
  });
});
