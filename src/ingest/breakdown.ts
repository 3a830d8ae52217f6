// Breakdown columns: a text column whose value changes between records that share area,
// period and indicator splits one indicator into series (general health "Very good",
// "Good"…; IoD domain; age band; sex). Such records are not duplicates: the column gives the
// series' sex, age, or category type (the column's header in plain words) and category.
//
// Detection is one cheap pass over the first records the session holds back anyway
// (BREAKDOWN_SAMPLE), with one small map per candidate column; nothing runs per row after that.

import { headerKey } from './detect';
import { parseNumber } from './numbers';

/** Records looked at to find breakdown columns. */
export const BREAKDOWN_SAMPLE = 1000;

export type BreakdownRole = 'sex' | 'age' | 'category';

export interface BreakdownColumn {
  index: number;
  role: BreakdownRole;
  /** The header in plain words: "general_health" → "General health", "CAUSE_OF_DEATH_NAME" → "Cause of death". */
  label: string;
}

/** "general_health" → "General health"; "CAUSE_OF_DEATH_NAME" → "Cause of death"; "Age (6 categories)" unchanged. */
export function plainHeader(header: string): string {
  let h = header.trim();
  const shouting = h === h.toUpperCase() && /[A-Z]/.test(h);
  if (shouting) h = h.replace(/_NAME$/, '');
  h = h.replace(/(?<![0-9])\.|\.(?![0-9])/g, ' ').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  if (shouting) h = h.toLowerCase();
  return h.length > 0 ? h[0]!.toUpperCase() + h.slice(1) : header.trim();
}

/** The role a breakdown column plays, from its header. */
export function breakdownRole(header: string): BreakdownRole {
  const k = headerKey(header).replace(/name$/, '');
  if (k === 'sex' || k === 'gender' || k === 'csex') return 'sex';
  if (k.startsWith('age') || k === 'cage') return 'age';
  return 'category';
}

const SEXES = new Map([
  ['male', 'Male'],
  ['males', 'Male'],
  ['men', 'Male'],
  ['female', 'Female'],
  ['females', 'Female'],
  ['women', 'Female'],
  ['persons', 'Persons'],
  ['person', 'Persons'],
  ['all persons', 'Persons'],
  ['all', 'Persons'],
  ['total', 'Persons'],
  ['all people', 'Persons'],
]);

/** A sex as Fingertips writes it (Male, Female, Persons) when the text is one of the usual words, else the text. */
export function normaliseSex(text: string): string {
  return SEXES.get(text.trim().toLowerCase()) ?? text.trim();
}

function isNumberText(v: string, decimalComma: boolean): boolean {
  const n = parseNumber(v, decimalComma);
  return n !== null && n === n;
}

/**
 * Which of the candidate columns vary between sampled records that share the key columns
 * (area, period, indicator…). A column qualifies when it holds text (not only numbers) and
 * at least one key is seen with two different non-empty values in it.
 */
export function findBreakdowns(
  header: readonly string[],
  sample: readonly (readonly string[])[],
  keyColumns: readonly number[],
  candidates: readonly number[],
  decimalComma: boolean,
): BreakdownColumn[] {
  const keys = sample.map((r) => keyColumns.map((i) => (r[i] ?? '').trim()).join('\u001f'));
  const out: BreakdownColumn[] = [];
  for (const c of candidates) {
    const first = new Map<string, string>();
    let varies = false;
    let text = false;
    for (let i = 0; i < sample.length; i++) {
      const v = (sample[i]![c] ?? '').trim();
      if (v === '') continue;
      if (!text && !isNumberText(v, decimalComma)) text = true;
      const seen = first.get(keys[i]!);
      if (seen === undefined) first.set(keys[i]!, v);
      else if (seen !== v) varies = true;
    }
    if (varies && text) out.push({ index: c, role: breakdownRole(header[c]!), label: plainHeader(header[c]!) });
  }
  return out;
}
