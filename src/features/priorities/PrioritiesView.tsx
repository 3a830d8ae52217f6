import { useMemo } from 'react';
import { useUrlState } from '../../ui/urlState';
import { ExcludedList } from './ExcludedList';
import { MethodNote } from './MethodNote';
import { PriorityList } from './PriorityList';
import { PriorityMap } from './PriorityMap';
import { countSummary } from './countClasses';
import { PriorityTable } from './PriorityTable';
import type { Palette } from '../../core/outcomes';
import { buildPriorities, CONCERN_THEME, findingsForTheme, prioritiesSummary, priorityCounts } from './model';
import './styles.css';
import { PaletteSelect } from '../../ui/controls';
import { type ViewProps } from '../../ui/viewProps';

const STEP = 10;

/** "Where should we act first?": ward findings ranked by how strongly they call for action. */
export default function PrioritiesView({ data }: ViewProps) {
  const [url, setUrl] = useUrlState();
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const model = useMemo(() => buildPriorities(index, place), [index, place]);
  const palette: Palette = url.palette === 'rag' ? 'rag' : 'colour-blind-safe';

  const themeOption = model.themes.find((t) => t.slug === url.theme) ?? null;
  const unknownTheme = url.theme !== undefined && url.theme !== '' && themeOption === null;
  const theme = themeOption?.theme ?? null;
  const ward = place.wards.find((w) => w.code === url.area) ?? null;
  const unknownWard = url.area !== undefined && url.area !== '' && ward === null;
  const top = Math.max(STEP, Math.min(1000, Number.parseInt(url.top ?? '', 10) || STEP));
  const includeAll = url.all === '1';

  const scoped = useMemo(() => findingsForTheme(model.findings, theme), [model, theme]);
  const priorities = useMemo(() => scoped.filter((f) => f.significantlyWorse), [scoped]);
  const counts = useMemo(() => priorityCounts(scoped, place.wards), [scoped, place.wards]);
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;
  const themeWords = theme ? ` for ${theme.toLowerCase()}` : '';
  const summary = prioritiesSummary(scoped, theme, placeName, place.wards.length);
  const mapSummary = countSummary(counts, place.wards, themeWords);

  const wardPriorities = ward ? priorities.filter((f) => f.wardCode === ward.code) : [];
  const listed = ward ? wardPriorities : priorities.slice(0, top);
  const tableRows = includeAll ? scoped : priorities;
  const notWorse = scoped.length - priorities.length;
  const themeExclusions = theme ? model.exclusions.filter((e) => e.meta.theme === theme) : model.exclusions;
  const selectWard = (code: string) => setUrl({ area: code === ward?.code ? null : code });
  const empty = themeOption !== null && scoped.length === 0;

  return (
    <article className="pr-view">
      <section className="controls" aria-label="Choose what to rank">
        <label>
          Theme
          <select value={themeOption?.slug ?? ''} onChange={(e) => setUrl({ theme: e.target.value || null, top: null })}>
            <option value="">All themes{model.concernHasWardData ? ` (${CONCERN_THEME.toLowerCase()} first)` : ''}</option>
            {model.themes.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.theme}
                {!t.hasWardData
                  ? ' (no ward-level data yet)'
                  : t.ranked === 0
                    ? ' (nothing to rank)'
                    : ` (${t.priorities} priority ${t.priorities === 1 ? 'finding' : 'findings'})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ward
          <select value={ward?.code ?? ''} onChange={(e) => setUrl({ area: e.target.value || null })}>
            <option value="">All wards</option>
            {[...place.wards]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name} ({counts.get(w.code) ?? 0})
                </option>
              ))}
          </select>
        </label>
        <PaletteSelect palette={palette} setUrl={setUrl} />
      </section>

      {unknownTheme && (
        <p className="pr-note" role="status">
          The theme in this link is not one this dashboard has, so every theme is shown.
        </p>
      )}
      {unknownWard && (
        <p className="pr-note" role="status">
          The ward code in this link is not one of {placeName}’s wards, so every ward is shown.
        </p>
      )}

      <h2 className="pr-title">Where to act first{theme ? `: ${theme.toLowerCase()}` : ''}</h2>

      {empty ? (
        <section className="pr-empty" aria-live="polite">
          {!themeOption.hasWardData ? (
            <p className="summary">No ward-level data for this theme yet.</p>
          ) : (
            <p className="summary">No ward figures for this theme can be ranked.</p>
          )}
          <p>
            {!themeOption.hasWardData
              ? `The dashboard has ${theme?.toLowerCase()} figures only for ${placeName} as a whole or larger areas, so no ward can be ranked. `
              : 'Its ward figures are listed below with the reason they cannot be ranked.'}
            {!themeOption.hasWardData && (
              <>
                Figures for wards can be added on the <a href="?view=import">Import data</a> page; they will be ranked here.
              </>
            )}
          </p>
          <p>
            <button type="button" className="secondary" onClick={() => setUrl({ theme: null })}>
              Show every theme
            </button>
          </p>
        </section>
      ) : (
        <>
          <p className="summary" id="pr-summary">
            {summary}
          </p>
          <p className="definition">
            Each finding is one ward’s latest figure for one indicator. “Significantly worse” means the range within which the true
            value is likely to lie (95% confidence interval, “95% CI”) is entirely on the worse side of the benchmark: {countryName}’s
            figure, or {placeName}’s where the data have no {countryName} figure. “Worst (99.8%)” means worse even at the stricter 99.8%
            level of confidence. Numbers of residents are rounded.
          </p>
          {model.concernHasWardData ? (
            <p className="pr-note">{CONCERN_THEME} findings are listed first, as the Alliance’s stated concern.</p>
          ) : (
            <p className="pr-note">
              {CONCERN_THEME} is the Alliance’s stated concern, but there are no ward-level {CONCERN_THEME.toLowerCase()} figures yet (only
              for {placeName} as a whole), so it cannot be ranked here. Ward figures imported on the <a href="?view=import">Import data</a> page will be
              ranked and listed first.
            </p>
          )}
          <MethodNote placeName={placeName} countryName={countryName} />

          <div className="pr-layout">
            <section className="pr-top" aria-labelledby="pr-top-title">
              <h3 id="pr-top-title" className="pr-section-title">
                {ward
                  ? `Priority findings in ${ward.name}${themeWords}`
                  : `Top ${Math.min(top, priorities.length)} of ${priorities.length} priority ${priorities.length === 1 ? 'finding' : 'findings'}`}
              </h3>
              <div aria-live="polite">
                {ward && (
                  <p className="pr-ward-bar">
                    {wardPriorities.length === 0
                      ? `${ward.name} has no figure${themeWords} that is significantly worse than the benchmark.`
                      : `${ward.name} has ${wardPriorities.length} ${wardPriorities.length === 1 ? 'figure' : 'figures'}${themeWords} significantly worse than the benchmark. The numbers are their places in the whole ranking.`}{' '}
                    <button type="button" className="secondary" onClick={() => setUrl({ area: null })}>
                      Show every ward
                    </button>
                  </p>
                )}
                {!ward && priorities.length === 0 && (
                  <p>No ward figure{themeWords} is significantly worse than the benchmark.</p>
                )}
                <PriorityList findings={listed} palette={palette} selectedWard={ward?.code ?? null} onSelectWard={selectWard} />
              </div>
              {!ward && priorities.length > top && (
                <button type="button" className="secondary pr-more" onClick={() => setUrl({ top: String(top + STEP) })}>
                  Show {Math.min(STEP, priorities.length - top)} more
                </button>
              )}
            </section>

            <section className="pr-map-panel" aria-labelledby="pr-map-title">
              <h3 id="pr-map-title" className="pr-section-title">
                Priority findings by ward{themeWords}
              </h3>
              <p className="pr-map-summary">{mapSummary}</p>
              <PriorityMap
                wards={boundaries.wards}
                outline={boundaries.authority}
                counts={counts}
                selectedCode={ward?.code ?? null}
                summary={mapSummary}
                onSelect={selectWard}
              />
            </section>
          </div>

          <section className="pr-table-section" aria-labelledby="pr-table-title">
            <h3 id="pr-table-title" className="pr-section-title">
              Every ranked finding, with the points for each criterion
            </h3>
            {notWorse > 0 && (
              <label className="pr-toggle">
                <input type="checkbox" checked={includeAll} onChange={(e) => setUrl({ all: e.target.checked ? '1' : null })} />
                Also list the {notWorse} ward {notWorse === 1 ? 'figure' : 'figures'} that {notWorse === 1 ? 'is' : 'are'} not significantly
                worse (ranked after the priority findings)
              </label>
            )}
            {tableRows.length > 0 ? (
              <PriorityTable
                caption={`${includeAll ? 'Ranked ward figures' : 'Priority findings'}${themeWords}: ${tableRows.length}, in ranking order`}
                findings={tableRows}
                palette={palette}
                selectedWard={ward?.code ?? null}
                onSelectWard={selectWard}
              />
            ) : (
              <p>No findings to list.</p>
            )}
          </section>
        </>
      )}

      <ExcludedList exclusions={themeExclusions} incompleteRows={model.incompleteRows} placeName={placeName} openNoWard={theme !== null} />
    </article>
  );
}
