import { hrefTo } from '../../ui/url/keys';
import { MethodNote } from './MethodNote';
import { CONCERN_THEME } from './model';

interface PriorityIntroProps {
  summary: string;
  placeName: string;
  countryName: string;
  concernHasWardData: boolean;
}

/** The ranking in a sentence, what "significantly worse" means, the Alliance's concern, and the method. */
export function PriorityIntro({ summary, placeName, countryName, concernHasWardData }: PriorityIntroProps) {
  return (
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
      {concernHasWardData ? (
        <p className="pr-note">{CONCERN_THEME} findings are listed first, as the Alliance’s stated concern.</p>
      ) : (
        <p className="pr-note">
          {CONCERN_THEME} is the Alliance’s stated concern, but there are no ward-level {CONCERN_THEME.toLowerCase()} figures yet (only
          for {placeName} as a whole), so it cannot be ranked here. Ward figures imported on the <a href={hrefTo('import')}>Import data</a> page will be
          ranked and listed first.
        </p>
      )}
      <MethodNote placeName={placeName} countryName={countryName} />
    </>
  );
}
