// How a series' values are written on axes: where the axis starts and its round-number ticks.
import type { ValueType } from '../domain/indicators';

/** Values that start the axis at 0: rates, shares, counts. Years and scores start near their lowest value. */
export function axisFromZero(valueType: ValueType): boolean {
  return !['years', 'score', 'rank', 'other'].includes(valueType);
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ near range / 5, for axis ends on round numbers. */
export function niceStep(range: number): number {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * The value axis: from 0 for rates, shares and counts (so heights are honest), otherwise from a little
 * below the lowest value (life expectancy, scores); always a little above the highest, on round numbers.
 */
export function axisDomain(values: readonly (number | null)[], fromZero: boolean): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const bottom = fromZero ? Math.min(0, lo) : lo;
  const step = niceStep(hi - bottom || Math.abs(hi) || 1);
  const pad = fromZero ? 0 : step / 2;
  const start = fromZero ? Math.min(0, Math.floor(lo / step) * step) : Math.floor((lo - pad) / step) * step;
  let end = Math.ceil((hi + pad) / step) * step;
  if (end <= hi) end += step;
  const ticks: number[] = [];
  // Rounded so 0.1 + 0.2 style errors never reach a tick label.
  for (let t = start; t <= end + step / 1000; t += step) ticks.push(Number(t.toFixed(10)));
  return { domain: [start, end], ticks };
}
