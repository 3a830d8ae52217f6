import { describe, expect, it } from 'vitest';
import type { Place } from '../domain/place';
import { areaDisplayName } from './areaNames';

const place = {
  wards: [
    { code: 'W1', name: 'Westfield' },
    { code: 'W2', name: 'Acomb' },
    { code: 'W3', name: 'Holgate' },
  ],
  msoas: [
    { code: 'M1', name: 'Town 001' },
    { code: 'M2', name: 'Town 002' },
  ],
  lsoas: [
    { code: 'L1', name: 'Town 001A', wardCode: 'W1', msoaName: 'Town 001' },
    { code: 'L2', name: 'Town 001B', wardCode: 'W1', msoaName: 'Town 001' },
    { code: 'L3', name: 'Town 002A', wardCode: 'W3', msoaName: 'Town 002' },
    { code: 'L4', name: 'Town 002B', wardCode: 'W2', msoaName: 'Town 002' },
    { code: 'L5', name: 'Town 002C', wardCode: 'W2', msoaName: 'Town 002' },
  ],
} as unknown as Place;

describe('areaDisplayName', () => {
  it('names a neighbourhood with its ward', () => {
    expect(areaDisplayName(place, 'L1', 'Town 001A')).toBe('Town 001A, in Westfield');
  });

  it('names an MSOA with its one ward, or every ward it spans, the one holding most of its LSOAs first', () => {
    expect(areaDisplayName(place, 'M1', 'Town 001')).toBe('Town 001, in Westfield');
    expect(areaDisplayName(place, 'M2', 'Town 002')).toBe('Town 002, in Acomb and Holgate');
  });

  it('leaves wards, the place and unknown codes as they are', () => {
    expect(areaDisplayName(place, 'W1', 'Westfield')).toBe('Westfield');
    expect(areaDisplayName(place, 'E06000014', 'York')).toBe('York');
  });
});
