import type { IndicatorMeta } from '../../domain/indicators';
import type { ExplorerModel } from './model';
import { GEOGRAPHY_EXPLAINED } from '../../core/mapModel';

/** What the page shows, in words: the benchmark's note, the summary sentence and the indicator's definition. */
export function ExplorerIntro({ model, meta }: { model: ExplorerModel; meta: IndicatorMeta }) {
  return (
    <>
      {model.resolved.note && (
        <p className="explorer-note" role="status">
          {model.resolved.note}
        </p>
      )}
      <p className="summary" id="explorer-summary">
        {model.summary}
      </p>
      <p className="definition">
        {meta.definition}
        {GEOGRAPHY_EXPLAINED[model.geography] && ` ${GEOGRAPHY_EXPLAINED[model.geography]}`}
      </p>
    </>
  );
}

/** The indicator's caveats, when it has any, and its source. */
export function ExplorerFootnotes({ meta, source }: { meta: IndicatorMeta; source: string }) {
  return (
    <>
      {meta.caveats.length > 0 && (
        <ul className="caveats">
          {meta.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <p className="explorer-source">{source}</p>
    </>
  );
}
