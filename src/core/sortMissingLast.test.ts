import { describe, expect, it } from 'vitest';
import { byName, byValueMissingLast } from './sortMissingLast';

// Synthetic items, not real figures.
const items = [
  { name: 'Clifton', v: 2 },
  { name: 'Acomb', v: null },
  { name: 'Bishopthorpe', v: 2 },
  { name: 'Dringhouses', v: 5 },
  { name: 'Askham', v: null },
];

describe('byValueMissingLast', () => {
  it('puts missing values last in both directions and breaks ties by name', () => {
    expect([...items].sort(byValueMissingLast((i) => i.v, false)).map((i) => i.name)).toEqual(['Bishopthorpe', 'Clifton', 'Dringhouses', 'Acomb', 'Askham']);
    expect([...items].sort(byValueMissingLast((i) => i.v, true)).map((i) => i.name)).toEqual(['Dringhouses', 'Bishopthorpe', 'Clifton', 'Acomb', 'Askham']);
  });
});

describe('byName', () => {
  it('sorts alphabetically either way', () => {
    expect([...items].sort(byName(false)).map((i) => i.name)).toEqual(['Acomb', 'Askham', 'Bishopthorpe', 'Clifton', 'Dringhouses']);
    expect([...items].sort(byName(true)).map((i) => i.name)[0]).toBe('Dringhouses');
  });
});
