// Orderings shared by every table and ranked chart.

interface Named {
  name: string;
}

/** Alphabetical by name, either way. */
export function byName<T extends Named>(descending: boolean): (a: T, b: T) => number {
  return (a, b) => (descending ? b.name.localeCompare(a.name) : a.name.localeCompare(b.name));
}

/**
 * By a number, either way, with missing values always last, so they are never read as the
 * lowest (or the highest); equal values and missing ones in name order.
 */
export function byValueMissingLast<T extends Named>(valueOf: (item: T) => number | null, descending: boolean): (a: T, b: T) => number {
  return (a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    return (descending ? vb - va : va - vb) || a.name.localeCompare(b.name);
  };
}
