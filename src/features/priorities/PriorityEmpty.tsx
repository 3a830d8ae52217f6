import { hrefTo } from '../../ui/url/keys';
import type { ThemeOption } from './model';

interface PriorityEmptyProps {
  themeOption: ThemeOption;
  theme: string | null;
  placeName: string;
  onShowEveryTheme(): void;
}

/** A theme with nothing to rank: why, and the way back to every theme. */
export function PriorityEmpty({ themeOption, theme, placeName, onShowEveryTheme }: PriorityEmptyProps) {
  return (
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
        {/* A published read-only snapshot has no import page, so it does not mention one. */}
        {!themeOption.hasWardData && !__READ_ONLY__ && (
          <>
            Figures for wards can be added on the <a href={hrefTo('import')}>Import data</a> page; they will be ranked here.
          </>
        )}
      </p>
      <p>
        <button type="button" className="secondary" onClick={onShowEveryTheme}>
          Show every theme
        </button>
      </p>
    </section>
  );
}
