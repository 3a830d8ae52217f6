import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';

const MISSING = 'No data';

function decimalsFor(meta: IndicatorMeta): number {
  if (meta.valueType === 'rank' || meta.valueType === 'count') return 0;
  return 1;
}

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A value with its unit, or "No data" — never 0 for a missing value. */
export function formatValue(value: number | null | undefined, meta: IndicatorMeta): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  const text = formatNumber(value, decimalsFor(meta));
  return meta.unit === '%' ? `${text}%` : text;
}

export function formatInterval(row: IndicatorRow | undefined, meta: IndicatorMeta): string {
  if (!row || row.lower95 === null || row.upper95 === null) return '';
  const d = decimalsFor(meta);
  const suffix = meta.unit === '%' ? '%' : '';
  return `${formatNumber(row.lower95, d)}${suffix} to ${formatNumber(row.upper95, d)}${suffix}`;
}

/** "about 1,200" — counts built from rates are estimates, so they are rounded for reading. */
export function formatAbout(count: number | null): string {
  if (count === null) return MISSING;
  const rounded = count >= 1000 ? Math.round(count / 10) * 10 : Math.round(count);
  return `about ${rounded.toLocaleString('en-GB')}`;
}

export function unitLabel(meta: IndicatorMeta): string {
  return meta.unit === '%' ? 'per cent' : meta.unit;
}
