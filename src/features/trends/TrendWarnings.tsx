import { missingComparatorsText } from './trendWords';

interface TrendWarningsProps {
  /** Why the other authorities' figures could not be loaded, or null. */
  loadError: string | null;
  /** What loading the other authorities' figures warned of. */
  warnings: readonly string[];
  /** Chosen authorities with no figures for this indicator and breakdown. */
  withoutData: readonly string[];
  breakdownText: string;
  placeName: string;
  countryName: string;
}

/** What stands in the way of the comparison: a failed load, its warnings, and chosen authorities without figures. */
export function TrendWarnings({ loadError, warnings, withoutData, breakdownText, placeName, countryName }: TrendWarningsProps) {
  return (
    <>
      {loadError !== null && (
        <p role="alert" className="warning">
          The figures for other authorities could not be loaded ({loadError}). {placeName} and {countryName} are shown.
        </p>
      )}
      {warnings.map((w) => (
        <p key={w} role="status" className="warning">
          {w}
        </p>
      ))}
      {withoutData.length > 0 && (
        <p role="status" className="warning">
          {missingComparatorsText(withoutData, breakdownText)}
        </p>
      )}
    </>
  );
}
