import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../ingest';
import { chosenMapping, initialChoices, mappingValid, namedColumns, toggledValues } from './mapping';

// A proposal for a SYNTHETIC file with columns code, ward, year, group, rate, count.
const proposal: ColumnMapping = {
  areaCode: 'code',
  areaName: 'ward',
  period: 'year',
  values: [{ column: 'rate', indicatorId: 'upload-rate', name: 'Rate', unit: 'per 1,000' }],
  count: 'count',
  denominator: null,
  lower95: null,
  upper95: null,
  category: 'group',
  categoryType: 'Group',
};

describe('initialChoices', () => {
  it('opens with the proposal, none ("") where it proposes nothing', () => {
    expect(initialChoices(proposal)).toEqual({
      areaCode: 'code',
      areaName: 'ward',
      period: 'year',
      fixedPeriod: '',
      category: 'group',
      sex: '',
      age: '',
      values: ['rate'],
      anyway: false,
    });
  });
});

describe('namedColumns and mappingValid', () => {
  it('offers only columns with a name', () => {
    expect(namedColumns(['code', ' ', '', 'rate'])).toEqual(['code', 'rate']);
  });
  it('needs an area column and a value column', () => {
    expect(mappingValid({ areaCode: '', areaName: 'ward', values: ['rate'] })).toBe(true);
    expect(mappingValid({ areaCode: '', areaName: '', values: ['rate'] })).toBe(false);
    expect(mappingValid({ areaCode: 'code', areaName: '', values: [] })).toBe(false);
  });
});

describe('toggledValues', () => {
  it('adds a ticked column last and removes an unticked one', () => {
    expect(toggledValues(['rate'], 'count', true)).toEqual(['rate', 'count']);
    expect(toggledValues(['rate', 'count'], 'rate', false)).toEqual(['count']);
  });
});

describe('chosenMapping', () => {
  it('keeps the proposal when nothing is changed', () => {
    expect(chosenMapping(proposal, initialChoices(proposal))).toEqual({ ...proposal, sex: null, age: null });
  });
  it('writes the typed period without a period column, drops a changed category type and the counts of several values', () => {
    const mapping = chosenMapping(proposal, {
      ...initialChoices(proposal),
      period: '',
      fixedPeriod: ' 2021 ',
      category: '',
      values: ['rate', 'count'],
      anyway: true,
    });
    expect(mapping).toEqual({
      areaCode: 'code',
      areaName: 'ward',
      period: null,
      fixedPeriod: '2021',
      category: null,
      sex: null,
      age: null,
      values: [
        { column: 'rate', indicatorId: 'upload-rate', name: 'Rate', unit: 'per 1,000' },
        { column: 'count', indicatorId: 'count', name: 'count' },
      ],
      count: null,
      denominator: null,
      lower95: null,
      upper95: null,
      allowDuplicates: true,
    });
  });
});
