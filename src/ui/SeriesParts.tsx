// The breakdown choice and the link notices every single-indicator view shows.
import { useId } from 'react';
import type { UrlChanges } from './url/keys';
import { breakdownOptions, categoryKey, categoryLabel, sexLabel, type Breakdown } from '../core/breakdown';

/** What a breakdown choice writes to the address bar. */
export type BreakdownChanges = UrlChanges<'sex' | 'age' | 'cat' | 'period'>;

interface BreakdownChoiceProps {
  breakdowns: Breakdown[];
  breakdown: Breakdown;
  /** Shown under the choice when the headline breakdown is not in the data. */
  note?: string;
  /** Address-bar changes: `sex`, `age` and `cat` (category type|category); the period is cleared. */
  onChange: (changes: BreakdownChanges) => void;
}

/** Sex (radios), age band and category (lists): each shown only when the indicator has more than one. */
export function BreakdownChoice({ breakdowns, breakdown, note, onChange }: BreakdownChoiceProps) {
  const name = useId();
  const { sexes, ages, categories } = breakdownOptions(breakdowns, breakdown);
  return (
    <>
      {sexes.length > 1 && (
        <fieldset>
          <legend>Sex</legend>
          {sexes.map((s) => (
            <label key={s || 'none'} className="inline">
              <input type="radio" name={`${name}-sex`} value={s} checked={s === breakdown.sex} onChange={() => onChange({ sex: s, age: null, cat: null, period: null })} />
              {sexLabel(s)}
            </label>
          ))}
        </fieldset>
      )}
      {ages.length > 1 && (
        <label>
          Age
          <select value={breakdown.age} onChange={(e) => onChange({ sex: breakdown.sex, age: e.target.value, cat: null, period: null })}>
            {ages.map((a) => (
              <option key={a} value={a}>
                {a || 'All ages'}
              </option>
            ))}
          </select>
        </label>
      )}
      {categories.length > 1 && (
        <label>
          Group
          <select
            value={categoryKey(breakdown)}
            onChange={(e) => onChange({ sex: breakdown.sex, age: breakdown.age, cat: e.target.value || null, period: null })}
          >
            {categories.map((c) => (
              <option key={categoryKey(c)} value={categoryKey(c)}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      {note && <p className="breakdown-note">{note}</p>}
    </>
  );
}

/** What a link asked for that this browser could not show, and what stands in. */
export function LinkNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="link-notice warning" role="status">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
