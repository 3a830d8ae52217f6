import { describe, expect, it } from 'vitest';
import type { Exclusion, Finding, ThemeOption } from './model';
import { exclusionsFor, listedPriorities, priorityTitle, resolveScope, themeWordsOf } from './scope';

// SYNTHETIC themes, wards and findings: only the fields read.
const themes = [
  { theme: 'Alcohol harm', slug: 'alcohol-harm', hasWardData: true, ranked: 4, priorities: 2 },
  { theme: 'Smoking', slug: 'smoking', hasWardData: true, ranked: 3, priorities: 1 },
] as ThemeOption[];
const wards = [
  { code: 'E05000001', name: 'Acomb' },
  { code: 'E05000002', name: 'Holgate' },
];
const finding = (wardCode: string, n: number) => ({ wardCode, key: `${wardCode}-${n}` }) as unknown as Finding;

describe('resolveScope', () => {
  it('finds the theme and ward the link names', () => {
    expect(resolveScope(themes, wards, 'smoking', 'E05000002')).toEqual({
      themeOption: themes[1],
      unknownTheme: false,
      theme: 'Smoking',
      ward: wards[1],
      unknownWard: false,
    });
  });
  it('says when the link names a theme or ward that is not here, but not when it names none', () => {
    expect(resolveScope(themes, wards, 'gambling', 'E05999999')).toMatchObject({ themeOption: null, unknownTheme: true, theme: null, ward: null, unknownWard: true });
    expect(resolveScope(themes, wards, undefined, undefined)).toMatchObject({ unknownTheme: false, unknownWard: false });
    expect(resolveScope(themes, wards, '', '')).toMatchObject({ unknownTheme: false, unknownWard: false });
  });
});

describe('words', () => {
  it('follows headings with the theme in lower case', () => {
    expect(themeWordsOf('Alcohol harm')).toBe(' for alcohol harm');
    expect(themeWordsOf(null)).toBe('');
    expect(priorityTitle('Alcohol harm')).toBe('Where to act first: alcohol harm');
    expect(priorityTitle(null)).toBe('Where to act first');
  });
});

describe('listedPriorities', () => {
  const priorities = [finding('E05000001', 1), finding('E05000002', 2), finding('E05000001', 3), finding('E05000002', 4)];
  it('lists the first `top` without a ward', () => {
    const { wardPriorities, listed } = listedPriorities(priorities, null, 3);
    expect(wardPriorities).toEqual([]);
    expect(listed.map((f) => f.key)).toEqual(['E05000001-1', 'E05000002-2', 'E05000001-3']);
  });
  it('lists every priority of the chosen ward, whatever `top` is', () => {
    const { wardPriorities, listed } = listedPriorities(priorities, wards[1] ?? null, 1);
    expect(listed.map((f) => f.key)).toEqual(['E05000002-2', 'E05000002-4']);
    expect(wardPriorities).toBe(listed);
  });
});

describe('exclusionsFor', () => {
  it('keeps the chosen theme’s exclusions, or all of them', () => {
    const exclusions = [{ key: 'a', meta: { theme: 'Smoking' } }, { key: 'b', meta: { theme: 'Alcohol harm' } }] as unknown as Exclusion[];
    expect(exclusionsFor(exclusions, 'Smoking').map((e) => e.key)).toEqual(['a']);
    expect(exclusionsFor(exclusions, null)).toBe(exclusions);
  });
});
