import type { ConcernNotice } from '../../core/concernNotice';
import { ConcernNoticeText } from '../../ui/ConcernNoticeText';
import { MethodNote } from './MethodNote';
import { CONCERN_THEME } from './model';
import { VERY_SURE_NOTE } from '../../core/outcomes';

interface PriorityIntroProps {
  summary: string;
  placeName: string;
  countryName: string;
  /** Set when the Alliance's concern (alcohol harm) has no ward figures: said once, with where to look instead. */
  concern: ConcernNotice | null;
}

/** The ranking in a sentence, what "significantly worse" means, the Alliance's concern, and the method. */
export function PriorityIntro({ summary, placeName, countryName, concern }: PriorityIntroProps) {
  return (
    <>
      <p className="summary" id="pr-summary">
        {summary}
      </p>
      <p className="definition">
        Each finding is one ward’s latest figure for one indicator. “Significantly worse” means the range within which the true
        value is likely to lie (95% confidence interval, “95% CI”) is entirely on the worse side of the benchmark: {countryName}’s
        figure, or {placeName}’s where the data have no {countryName} figure. {VERY_SURE_NOTE} Numbers of residents are rounded.
      </p>
      {concern ? (
        <ConcernNoticeText notice={concern} placeName={placeName} cannot="ranked" />
      ) : (
        <p className="pr-note">{CONCERN_THEME} findings are listed first, as the Alliance’s stated concern.</p>
      )}
      <MethodNote placeName={placeName} countryName={countryName} />
    </>
  );
}
