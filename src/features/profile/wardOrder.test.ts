import { describe, expect, it } from 'vitest';
import { wardsByName } from './wardOrder';

describe('wardsByName', () => {
  it('orders wards by name without changing the list given', () => {
    const wards = [
      { code: 'E05000003', name: 'Wheldrake' },
      { code: 'E05000001', name: 'Acomb' },
      { code: 'E05000002', name: 'Bishopthorpe' },
    ];
    expect(wardsByName(wards).map((w) => w.name)).toEqual(['Acomb', 'Bishopthorpe', 'Wheldrake']);
    expect(wards[0]?.name).toBe('Wheldrake');
  });
  it('compares names by locale, so capitals do not come first', () => {
    expect(wardsByName([{ code: 'b', name: 'fishergate' }, { code: 'a', name: 'Rural West York' }]).map((w) => w.code)).toEqual(['b', 'a']);
  });
});
