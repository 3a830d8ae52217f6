import { formatWhole } from '../../core/format';
import { GAP_FULL_AT, MOST_DEPRIVED_SHARE, RESIDENTS_FULL_AT, WEIGHTS } from './scoring';

/** The ranking method in words: the same numbers as scoring.ts, read from it. */
export function MethodNote({ placeName, countryName }: { placeName: string; countryName: string }) {
  return (
    <details className="pr-details pr-method">
      <summary>How findings are ranked</summary>
      <p>Each ward’s latest figure for each indicator gets points out of 100:</p>
      <ul>
        <li>
          <strong>Significantly worse</strong> than {countryName} ({placeName} where {countryName} has no figure): {WEIGHTS.worse}{' '}
          points, or {WEIGHTS.worst} when it is worse even on the stricter test (“very sure”, 99.8% confidence). Only these are priority findings.
        </li>
        <li>
          <strong>Size of the gap</strong> from the benchmark, as a share of the benchmark: up to {WEIGHTS.gap} points, in
          proportion to the gap; a gap {GAP_FULL_AT === 1 ? 'as large as the benchmark itself' : `${GAP_FULL_AT} times the benchmark`}{' '}
          (say 20% against 10%) gets them all.
        </li>
        <li>
          <strong>Residents affected</strong>: how many more residents have the problem than would at the benchmark’s rate. Up to{' '}
          {WEIGHTS.residents} points, the full amount from {formatWhole(RESIDENTS_FULL_AT)} more.
        </li>
        <li>
          <strong>Getting worse</strong> between the last two periods, where there are two: {WEIGHTS.trend} points.
        </li>
        <li>
          <strong>Deprivation</strong>: up to {WEIGHTS.deprivation} points by the ward’s rank on the Index of Multiple Deprivation 2025
          score, the most deprived ward getting them all. The most deprived {Math.round(MOST_DEPRIVED_SHARE * 100)}% of wards are
          called “one of {placeName}’s most deprived wards”.
        </li>
      </ul>
      <p>
        Alcohol harm, the Alliance’s stated concern, is listed first whenever a ward has an alcohol finding. Census figures are not
        age-standardised, so wards with many older residents show more bad health and disability.
      </p>
    </details>
  );
}
