import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { PRIORITIES_STEP, type UrlKey } from '../../ui/url/keys';
import { ExcludedList } from './ExcludedList';
import { countSummary } from './countClasses';
import { PriorityControls } from './PriorityControls';
import { PriorityEmpty } from './PriorityEmpty';
import { PriorityIntro } from './PriorityIntro';
import { PriorityMapPanel } from './PriorityMapPanel';
import { PriorityTableSection } from './PriorityTableSection';
import { PriorityTop } from './PriorityTop';
import { buildPriorities, findingsForTheme, prioritiesSummary, priorityCounts } from './model';
import './styles.css';
import { PaletteSelect } from '../../ui/controls';
import { type ViewProps } from '../../ui/viewProps';

const STEP = PRIORITIES_STEP;

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['theme', 'area', 'top', 'all', 'palette'] as const satisfies readonly UrlKey[];

/** "Where should we act first?": ward findings ranked by how strongly they call for action. */
export default function PrioritiesView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const model = useMemo(() => buildPriorities(index, place), [index, place]);
  const palette = url.palette;

  const themeOption = model.themes.find((t) => t.slug === url.theme) ?? null;
  const unknownTheme = url.theme !== undefined && url.theme !== '' && themeOption === null;
  const theme = themeOption?.theme ?? null;
  const ward = place.wards.find((w) => w.code === url.area) ?? null;
  const unknownWard = url.area !== undefined && url.area !== '' && ward === null;
  const top = url.top;
  const includeAll = url.all;

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
      <PriorityControls
        themes={model.themes}
        themeSlug={themeOption?.slug ?? ''}
        concernHasWardData={model.concernHasWardData}
        wards={place.wards}
        wardCode={ward?.code ?? ''}
        counts={counts}
        onTheme={(slug) => setUrl({ theme: slug, top: null })}
        onWard={(code) => setUrl({ area: code })}
      >
        <PaletteSelect palette={palette} setUrl={setUrl} />
      </PriorityControls>

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
        <PriorityEmpty themeOption={themeOption} theme={theme} placeName={placeName} onShowEveryTheme={() => setUrl({ theme: null })} />
      ) : (
        <>
          <PriorityIntro summary={summary} placeName={placeName} countryName={countryName} concernHasWardData={model.concernHasWardData} />

          <div className="pr-layout">
            <PriorityTop
              ward={ward}
              themeWords={themeWords}
              top={top}
              step={STEP}
              priorities={priorities}
              wardPriorities={wardPriorities}
              listed={listed}
              palette={palette}
              onSelectWard={selectWard}
              onShowEveryWard={() => setUrl({ area: null })}
              onMore={() => setUrl({ top: top + STEP })}
            />

            <PriorityMapPanel
              themeWords={themeWords}
              mapSummary={mapSummary}
              wards={boundaries.wards}
              outline={boundaries.authority}
              counts={counts}
              selectedCode={ward?.code ?? null}
              onSelect={selectWard}
            />
          </div>

          <PriorityTableSection
            themeWords={themeWords}
            notWorse={notWorse}
            includeAll={includeAll}
            tableRows={tableRows}
            palette={palette}
            selectedWard={ward?.code ?? null}
            onIncludeAll={(all) => setUrl({ all })}
            onSelectWard={selectWard}
          />
        </>
      )}

      <ExcludedList exclusions={themeExclusions} incompleteRows={model.incompleteRows} placeName={placeName} openNoWard={theme !== null} />
    </article>
  );
}
