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

/** Publisher's name as a reader knows it: "OHID Fingertips" for every Fingertips file. */
export function publisherShortName(meta: IndicatorMeta): string {
  if (/fingertips/i.test(meta.publisher) || /fingertips/i.test(meta.source)) return 'OHID Fingertips';
  return meta.publisher || meta.source || 'the publisher';
}

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Decimal places to show: as many as the published values have, at most one (two for scores out of
 * 10), none for counts and ranks. Values the publisher rounded to whole numbers are shown whole.
 */
export function displayDecimals(values: readonly (number | null)[], meta: IndicatorMeta): number {
  if (meta.valueType === 'count' || meta.valueType === 'rank') return 0;
  const cap = /out of 10/.test(meta.unit) ? 2 : 1;
  let most = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) most = Math.max(most, decimalsOf(v));
  return Math.min(cap, most);
}

/** The unit as words after a number: "per 100,000" (without "(age-standardised)"), "%", "years". */
export function shortUnit(meta: IndicatorMeta): string {
  return meta.unit.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** A number without its unit, or "No data". */
export function formatFigure(value: number | null | undefined, decimals: number, meta: IndicatorMeta): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatNumber(value, decimals);
  return meta.unit === '%' ? `${text}%` : text;
}

/** A number with its unit for sentences: "447 per 100,000", "21.8%", "63.2 years", or "No data". */
export function formatWithUnit(value: number | null | undefined, decimals: number, meta: IndicatorMeta): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatNumber(value, decimals);
  const unit = shortUnit(meta);
  if (unit === '%') return `${text}%`;
  if (unit === '') return text;
  if (/^score/.test(unit)) return `${text} (${unit})`;
  return `${text} ${unit}`;
}

/** The indicator's name as the subject of a sentence: trailing brackets dropped, first letter lower-cased unless an acronym. */
export function sentenceName(meta: IndicatorMeta): string {
  // A closing bracket naming the sex ("(males)") is kept: it is part of what is measured.
  const name = meta.name.replace(/\s*\((?![^)]*\b(?:fe)?males?\b)[^)]*\)\s*$/i, '').trim() || meta.name;
  const [first, second] = [name.charAt(0), name.charAt(1)];
  return second && second === second.toLowerCase() ? first.toLowerCase() + name.slice(1) : name;
}

export function countText(row: IndicatorRow | undefined): string {
  if (!row || row.count === null || row.denominator === null) return '';
  const whole = Number.isInteger(row.count);
  const count = whole ? row.count.toLocaleString('en-GB') : formatAbout(row.count);
  return `${count} of ${Math.round(row.denominator).toLocaleString('en-GB')}`;
}

/** Which way is better, in words, or '' when the publisher makes no judgement. */
export function polarityText(meta: IndicatorMeta): string {
  if (meta.polarity === 'low-is-good') return 'For this indicator a lower value is better.';
  if (meta.polarity === 'high-is-good') return 'For this indicator a higher value is better.';
  return 'For this indicator the publisher does not judge a higher or lower value better.';
}
