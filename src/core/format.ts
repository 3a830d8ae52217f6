// The one place numbers, counts and indicator names are written for the page. Every view uses these
// and no view formats a figure itself.
//
// DECIMALS. A figure is written at one of two precisions, and every function takes it explicitly or
// says which it uses:
//   - fixedDecimals(meta): one per indicator, 0 for counts and ranks, otherwise 1. Used where figures
//     of many indicators sit side by side (profile, explorer, priorities): formatValue, formatInterval.
//   - displayDecimals(values, meta): as many as the published values of one series have (at most one,
//     two for scores out of 10). Used for one indicator's series (trends, authorities).
// Missing figures are "No data" (counts in tables: "–"), never 0.
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';

const MISSING = 'No data';
const MISSING_COUNT = '–';

// ---------------------------------------------------------------------------------------------
// Numbers

/** A number at a fixed number of decimals, British style: 1,234.5. */
// One formatter per precision, made once: toLocaleString builds a new Intl.NumberFormat on every call, which
// cost a phone a tenth of a second on the first screen's few thousand figures.
const numberFormats = new Map<number, Intl.NumberFormat>();
const wholeFormat = new Intl.NumberFormat('en-GB');

function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) numberFormats.set(decimals, (format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return format;
}

export function formatNumber(value: number, decimals: number): string {
  const text = numberFormat(decimals).format(value);
  // A value that rounds to zero is "0.00", never "-0.00".
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** A whole number as counted ("1,200"), as toLocaleString writes it. */
export function formatWhole(value: number): string {
  return wholeFormat.format(value);
}

/** The indicator's one precision: none for counts and ranks, otherwise one decimal place. */
export function fixedDecimals(meta: IndicatorMeta): number {
  if (meta.decimals !== undefined) return meta.decimals;
  if (meta.valueType === 'rank' || meta.valueType === 'count') return 0;
  return 1;
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
  if (meta.decimals !== undefined) return meta.decimals;
  const cap = /out of 10/.test(meta.unit) ? 2 : 1;
  let most = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) most = Math.max(most, decimalsOf(v));
  return Math.min(cap, most);
}

/** A number with "%" for percentages and no other unit ("21.8%", "447"), or "No data". */
export function formatFigure(value: number | null | undefined, decimals: number, meta: IndicatorMeta): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatNumber(value, decimals);
  return meta.unit === '%' ? `${text}%` : text;
}

/** formatFigure at the indicator's fixed precision — never 0 for a missing value. */
export function formatValue(value: number | null | undefined, meta: IndicatorMeta): string {
  return formatFigure(value, fixedDecimals(meta), meta);
}

/** "15.8% to 17.4%" at the indicator's fixed precision, or '' when the row has no interval. */
export function formatInterval(row: IndicatorRow | undefined, meta: IndicatorMeta): string {
  if (!row || row.lower95 === null || row.upper95 === null) return '';
  return `${formatValue(row.lower95, meta)} to ${formatValue(row.upper95, meta)}`;
}

/** A number with its unit for sentences: "447 per 100,000", "21.8%", "63.2 years", or "No data". */
export function formatWithUnit(value: number | null | undefined, decimals: number, meta: IndicatorMeta): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatNumber(value, decimals);
  const unit = shortUnit(meta);
  if (unit === '%') return `${text}%`;
  if (unit === '') return text;
  if (/^(score|index)/.test(unit)) return `${text} (${unit})`;
  return `${text} ${unit}`;
}

/** A value-axis tick: at most one decimal place, with "%" for percentages. */
export function formatTick(value: number, meta: IndicatorMeta): string {
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}${meta.unit === '%' ? '%' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Counts

/** "about 1,200" — counts built from rates are estimates, so they are rounded for reading. */
export function formatAbout(count: number | null): string {
  if (count === null) return MISSING;
  const rounded = count >= 1000 ? Math.round(count / 10) * 10 : Math.round(count);
  return `about ${formatWhole(rounded)}`;
}

/** A count as read in a table: whole numbers exactly, estimates (rate × population) as "about …", missing as "–". */
export function formatCount(count: number | null): string {
  if (count === null) return MISSING_COUNT;
  return Number.isInteger(count) ? formatWhole(count) : formatAbout(count);
}

/** "120 of 4,310": a row's count of its denominator, or '' without both. */
export function countText(row: IndicatorRow | undefined): string {
  if (!row || row.count === null || row.denominator === null) return '';
  return `${formatCount(row.count)} of ${formatWhole(Math.round(row.denominator))}`;
}

/** "1 indicator", "1,204 indicators". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatWhole(n)} ${n === 1 ? one : many}`;
}

/** "residents", "children", "households": who the indicator's count counts — its metadata's `population`
 * (indicators-meta.json, or an import's sidecar), else households or residents by its definition's words. */
export function countNoun(meta: IndicatorMeta): string {
  if (meta.population) return meta.population;
  return /\bhouseholds\b/i.test(meta.definition) && !/\bresidents\b/i.test(meta.definition) ? 'households' : 'residents';
}

// ---------------------------------------------------------------------------------------------
// Units

/** The unit in words: "per cent" for "%", otherwise the unit as published. */
export function unitLabel(meta: IndicatorMeta): string {
  return meta.unit === '%' ? 'per cent' : meta.unit;
}

/** The unit as words after a number: "per 100,000" (without "(age-standardised)"), "%", "years". */
export function shortUnit(meta: IndicatorMeta): string {
  return meta.unit.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

// ---------------------------------------------------------------------------------------------
// Words

/** First letter upper-cased. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names that keep their capitals at the start of a sentence part ("the Health Index: overall"). */
const PROPER_NAMES = /^Health Index\b/;

/** First letter lower-cased, unless the text starts with an acronym ("IMD", "NHS") or a proper name ("Health Index"). */
export function lowerFirst(text: string): string {
  if (PROPER_NAMES.test(text)) return text;
  const [first, second] = [text.charAt(0), text.charAt(1)];
  return second && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] as string}`;
}

/** The indicator's name as the subject of a sentence: trailing brackets dropped, first letter lower-cased unless an acronym. */
export function sentenceName(meta: IndicatorMeta): string {
  // A closing bracket naming the sex ("(males)") is kept: it is part of what is measured.
  const name = meta.name.replace(/\s*\((?![^)]*\b(?:fe)?males?\b)[^)]*\)\s*$/i, '').trim() || meta.name;
  return lowerFirst(name);
}

/**
 * The publisher as a reader names it: the organisation and dataset, without the repository or compiler the
 * file came through ("… (via humaniverse/healthyr)", "(compiled by Trafford Data Lab)"), which the About
 * page's source table keeps for anyone checking the provenance.
 */
export function publisherName(publisher: string): string {
  return publisher.replace(/\s*\((?:via|compiled by)\b[^)]*\)/gi, '').trim();
}

/** Publisher's name as a reader knows it: "OHID Fingertips" for every Fingertips file. */
export function publisherShortName(meta: IndicatorMeta): string {
  if (/fingertips/i.test(meta.publisher) || /fingertips/i.test(meta.source)) return 'OHID Fingertips';
  return publisherName(meta.publisher) || meta.source || 'the publisher';
}

/** Which way is better, in words, or '' when the publisher makes no judgement. */
export function polarityText(meta: IndicatorMeta): string {
  if (meta.polarity === 'low-is-good') return 'For this indicator a lower value is better.';
  if (meta.polarity === 'high-is-good') return 'For this indicator a higher value is better.';
  return 'For this indicator the publisher does not judge a higher or lower value better.';
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
