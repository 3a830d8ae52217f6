// Conservative guesses about an indicator from its name or measure text, used only when no
// metadata is supplied. Every guess is reported in the result's warnings.

import type { ValueType } from '../domain/indicators';

export interface UnitGuess {
  unit: string;
  valueType: ValueType;
  /** Set only when the text states the scale ("%", "per 100,000", "/1,000"). */
  multiplier: number | null;
}

const PER_N = /(?:\bper\b|\/)\s*(\d{1,3}(?:, ?\d{3})+|\d+)\b/i;

/**
 * Reads a unit from text such as "Campylobacter incidence rate/100,000",
 * "Standardised rate per 100,000", "% population aged 5-16", "Percentage", "Years".
 * Anything it cannot read with confidence is 'other' with no multiplier.
 */
export function guessUnit(text: string): UnitGuess {
  const t = text.toLowerCase();
  const per = PER_N.exec(t);
  if (per && /rate|incidence|mortality|admission|per\b/.test(t)) {
    const n = Number(per[1]!.replace(/[, ]/g, ''));
    if (n >= 10) {
      const standardised = /standardi[sz]ed|\bdsr\b/.test(t);
      return {
        unit: `per ${n.toLocaleString('en-GB')}${standardised ? ' (age-standardised)' : ''}`,
        valueType: 'rate',
        multiplier: n,
      };
    }
  }
  if (/%|\bpercent(age)?\b|\bproportion\b/.test(t)) return { unit: '%', valueType: 'proportion', multiplier: 100 };
  // "years" alone, or life expectancy; not "(10-24 years)", which is an age band.
  if (/life expectancy|^\s*years?\s*$/.test(t)) return { unit: 'years', valueType: 'years', multiplier: null };
  if (/\bscore\b/.test(t)) return { unit: 'score', valueType: 'score', multiplier: null };
  if (/\brank\b/.test(t)) return { unit: 'rank', valueType: 'rank', multiplier: null };
  if (/\brate\b/.test(t)) return { unit: 'rate', valueType: 'rate', multiplier: null };
  return { unit: '', valueType: 'other', multiplier: null };
}

/** "Alcohol related admissions (narrow measure)" → "alcohol-related-admissions-narrow-measure". */
export function slugify(text: string, max = 80): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (s.length > max ? s.slice(0, max).replace(/-+$/, '') : s) || 'x';
}

/** File name without folders or extension, slugged: "My data (v2).csv" → "my-data-v2". */
export function fileStem(fileName: string | undefined): string {
  if (!fileName) return 'upload';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return slugify(base.replace(/\.[a-z0-9]{1,5}$/i, ''), 40);
}
