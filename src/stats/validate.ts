// Input checks shared by every statistic. Each throws a RangeError whose message
// says, in plain English, what was wrong and what value was received.

function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

/** A real, finite number (not NaN, not ±Infinity, not null). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True for null, undefined and NaN: the ways "no value" reaches us. */
export function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

export function requireFinite(value: unknown, what: string): number {
  if (!isFiniteNumber(value)) {
    throw new RangeError(`${what} must be a finite number (got ${show(value)}).`);
  }
  return value;
}

export function requireNonNegative(value: unknown, what: string): number {
  const v = requireFinite(value, what);
  if (v < 0) throw new RangeError(`${what} cannot be negative (got ${show(v)}).`);
  return v;
}

export function requirePositive(value: unknown, what: string): number {
  const v = requireFinite(value, what);
  if (v <= 0) throw new RangeError(`${what} must be greater than zero (got ${show(v)}).`);
  return v;
}

/** A confidence level strictly between 0 and 1, e.g. 0.95 or 0.998 (not 95). */
export function requireConfidence(value: unknown): number {
  if (!isFiniteNumber(value) || value <= 0 || value >= 1) {
    throw new RangeError(
      `The confidence level must be a number strictly between 0 and 1, such as 0.95 or 0.998 (got ${show(value)}).`,
    );
  }
  return value;
}

/** Multipliers scale the output (100 for %, 100 000 for per 100 000). They must be positive. */
export function requireMultiplier(value: unknown): number {
  return requirePositive(value, 'The multiplier');
}

export function requireNonEmptyArray<T>(value: readonly T[] | null | undefined, what: string): readonly T[] {
  if (!Array.isArray(value)) throw new RangeError(`${what} must be a list (got ${show(value)}).`);
  if (value.length === 0) throw new RangeError(`${what} must not be empty.`);
  return value;
}
