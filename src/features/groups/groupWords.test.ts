import { describe, expect, it } from 'vitest';
import { deletedText, groupCaption, groupLabel, openedText, savedText, toggledCodes } from './groupWords';

describe('groupLabel', () => {
  it('says "this group" without a name and quotes a name', () => {
    expect(groupLabel('')).toBe('this group');
    expect(groupLabel('North-west PCN')).toBe('“North-west PCN”');
  });
});

describe('groupCaption', () => {
  it('names the group, counts its wards and says what it is beside', () => {
    expect(groupCaption('North-west PCN', true, ['Acomb', 'Holgate'], 'York', 'England')).toBe(
      'North-west PCN: 2 wards, beside York and England',
    );
    expect(groupCaption('', true, ['Acomb'], 'York', 'England')).toBe('The group: 1 ward, beside York and England');
  });
  it('is null while no ward is ticked', () => {
    expect(groupCaption('North-west PCN', false, [], 'York', 'England')).toBeNull();
  });
});

describe('toggledCodes', () => {
  it('adds a code that was not ticked and removes one that was, leaving the set as it was', () => {
    const selected = new Set(['E05000001', 'E05000002']);
    expect(toggledCodes(selected, 'E05000003')).toEqual(['E05000001', 'E05000002', 'E05000003']);
    expect(toggledCodes(selected, 'E05000001')).toEqual(['E05000002']);
    expect([...selected]).toEqual(['E05000001', 'E05000002']);
    expect(toggledCodes(new Set(), 'E05000009')).toEqual(['E05000009']);
  });
});

describe('messages', () => {
  it('says what saving, opening and deleting did', () => {
    expect(savedText('Patch', false)).toBe('Saved “Patch” in this browser. It stays here until you delete it.');
    expect(savedText('Patch', true)).toBe('Updated “Patch” in this browser. It stays here until you delete it.');
    expect(openedText('Patch')).toBe('Showing “Patch”.');
    expect(deletedText('Patch')).toBe('Deleted “Patch” from this browser.');
  });
});
