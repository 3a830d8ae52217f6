import { GroupTable } from './GroupTable';
import type { Palette } from '../../core/outcomes';
import type { GroupLine } from '../../core/wardGroups';

interface GroupResultsProps {
  label: string;
  summary: string;
  /** Null when the group has no wards: the summary alone. */
  caption: string | null;
  lines: GroupLine[];
  placeName: string;
  countryName: string;
  palette: Palette;
}

/** The group's figures: the summary in words and, once it has wards, the table beside the place and the country. */
export function GroupResults({ label, summary, caption, lines, placeName, countryName, palette }: GroupResultsProps) {
  return (
    <section className="gr-results" aria-labelledby="gr-results-title">
      <h3 id="gr-results-title" className="gr-section-title">
        Figures for {label}
      </h3>
      <p className="summary" id="gr-summary">
        {summary}
      </p>
      {caption !== null && (
        <>
          <p className="definition">
            “Significantly” means the group’s 95% confidence interval does not include the other area’s figure. Counts marked “about”
            are estimates (Indices of Deprivation counts are rates multiplied by populations). Census figures are not
            age-standardised.
          </p>
          <GroupTable
            caption={caption}
            lines={lines}
            placeName={placeName}
            countryName={countryName}
            palette={palette}
          />
        </>
      )}
    </section>
  );
}
