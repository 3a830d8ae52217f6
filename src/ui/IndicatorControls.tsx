import { publisherName } from '../core/format';
import type { IndicatorMeta } from '../domain/indicators';
import { IndicatorOptions } from './controls';

/** The indicator choice, grouped by theme (used by the Trends and the authorities views). */
export function IndicatorSelect({ indicators, value, onChange }: { indicators: IndicatorMeta[]; value: string; onChange(id: string): void }) {
  return (
    <label className="tr-indicator">
      Indicator
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <IndicatorOptions indicators={indicators} />
      </select>
    </label>
  );
}

/** The indicator's caveats and its source, beside the figures they qualify. */
export function SourceAndCaveats({ meta, extra = [] }: { meta: IndicatorMeta; extra?: string[] }) {
  const notes = [...extra, ...meta.caveats];
  return (
    <section className="tr-notes" aria-label="About these figures">
      {notes.length > 0 && (
        <>
          <h3>Read with care</h3>
          <ul>
            {notes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p className="tr-source">
        <strong>Source:</strong> {meta.source || 'not recorded'}
        {meta.publisher ? ` (${publisherName(meta.publisher)})` : ''}
        {meta.period ? `, ${meta.period}` : ''}. {meta.attribution}
      </p>
    </section>
  );
}
