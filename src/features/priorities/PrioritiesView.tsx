import { useMemo } from 'react';
import { unknownAreaNotice } from '../../core/selection';
import { concernNotice } from '../../core/concernNotice';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { PRIORITIES_STEP, type UrlKey } from '../../ui/url/keys';
import { ExcludedList } from './ExcludedList';
import { LinkProblems } from './LinkProblems';
import { priorityTitle } from './scope';
import { usePriorityScope } from './usePriorityScope';
import { PriorityControls } from './PriorityControls';
import { PriorityEmpty } from './PriorityEmpty';
import { PriorityIntro } from './PriorityIntro';
import { PriorityMapPanel } from './PriorityMapPanel';
import { PriorityTableSection } from './PriorityTableSection';
import { PriorityTop } from './PriorityTop';
import { buildPriorities } from './model';
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
  const concern = useMemo(() => concernNotice(index.meta.values(), place), [index, place]);
  const palette = url.palette;

  const { top, all: includeAll } = url;
  const view = usePriorityScope(model, place, url.theme, url.area, top, includeAll);
  const { themeOption, theme, ward, counts, priorities, themeWords } = view;
  const placeName = place.localAuthority.name;
  const selectWard = (code: string) => setUrl({ area: code === ward?.code ? null : code });

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

      <LinkProblems unknownTheme={view.unknownTheme} wardNotice={view.unknownWard ? unknownAreaNotice(url.area, place.wards, 'wards', 'every ward') : null} />

      <h2 className="pr-title">{priorityTitle(theme)}</h2>

      {view.emptyTheme ? (
        <PriorityEmpty themeOption={view.emptyTheme} theme={theme} placeName={placeName} onShowEveryTheme={() => setUrl({ theme: null })} />
      ) : (
        <>
          <PriorityIntro summary={view.summary} placeName={placeName} countryName={place.country.name} concern={concern} />
          <div className="pr-layout">
            <PriorityTop
              ward={ward}
              themeWords={themeWords}
              top={top}
              step={STEP}
              priorities={priorities}
              wardPriorities={view.wardPriorities}
              listed={view.listed}
              palette={palette}
              onSelectWard={selectWard}
              onShowEveryWard={() => setUrl({ area: null })}
              onMore={() => setUrl({ top: top + STEP })}
            />
            <PriorityMapPanel
              themeWords={themeWords}
              mapSummary={view.mapSummary}
              wards={boundaries.wards}
              outline={boundaries.authority}
              counts={counts}
              selectedCode={ward?.code ?? null}
              onSelect={selectWard}
            />
          </div>

          <PriorityTableSection
            themeWords={themeWords}
            notWorse={view.notWorse}
            includeAll={includeAll}
            tableRows={view.tableRows}
            palette={palette}
            selectedWard={ward?.code ?? null}
            onIncludeAll={(all) => setUrl({ all })}
            onSelectWard={selectWard}
          />
        </>
      )}

      <ExcludedList exclusions={view.themeExclusions} incompleteRows={model.incompleteRows} placeName={placeName} openNoWard={theme !== null} />
    </article>
  );
}
