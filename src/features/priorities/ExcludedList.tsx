import type { Exclusion } from './model';

interface ExcludedListProps {
  exclusions: Exclusion[];
  incompleteRows: number;
  placeName: string;
  /** Open the list of indicators without ward figures (when one theme is shown, it is short). */
  openNoWard?: boolean;
}

/** What is not ranked and why, grouped by reason, so nothing silently disappears. */
export function ExcludedList({ exclusions, incompleteRows, placeName, openNoWard = false }: ExcludedListProps) {
  const noWard = exclusions.filter((e) => e.reason.startsWith('No ward figures'));
  // Indicators without intervals that are placed among England's neighbourhoods instead: one line for all.
  const placed = exclusions.filter((e) => !e.reason.startsWith('No ward figures') && e.meta.englandLsoaTenths && e.reason.startsWith('Not tested'));
  const other = exclusions.filter((e) => !e.reason.startsWith('No ward figures') && !placed.includes(e));
  // Counted as indicators; an indicator published for males and females is listed once for each.
  const noWardIndicators = new Set(noWard.map((e) => e.meta.id)).size;
  return (
    <section className="pr-excluded" aria-labelledby="pr-excluded-title">
      <h3 id="pr-excluded-title">What is not ranked, and why</h3>
      <p>
        Only indicators where a higher or lower figure is better or worse, with ward figures that have a 95% confidence interval,
        can be tested and ranked.
        {incompleteRows > 0 && ` ${incompleteRows} ward ${incompleteRows === 1 ? 'figure has' : 'figures have'} no data or no interval and ${incompleteRows === 1 ? 'is' : 'are'} left out.`}
      </p>
      {other.length > 0 && (
        <ul>
          {other.map((e) => (
            <li key={e.key} data-series={e.key}>
              <strong>{e.name}</strong>: {e.reason}.
            </li>
          ))}
        </ul>
      )}
      {placed.length > 0 && (
        <details className="pr-details">
          <summary>
            {placed.length} {placed.length === 1 ? 'indicator has' : 'indicators have'} ward figures without a confidence interval (averages of
            neighbourhood scores and rates), so {placed.length === 1 ? 'it is' : 'they are'} not tested here; the explorer and the ward
            profile show where each ward sits among England&rsquo;s neighbourhoods
          </summary>
          <ul>
            {placed.map((e) => (
              <li key={e.key} data-series={e.key}>
                <strong>{e.name}</strong> ({e.meta.theme})
              </li>
            ))}
          </ul>
        </details>
      )}
      {noWard.length > 0 && (
        <details className="pr-details" open={openNoWard}>
          <summary>
            {noWardIndicators} {noWardIndicators === 1 ? 'indicator has' : 'indicators have'} no ward figures (only {placeName} as a whole or
            larger areas){noWard.length > noWardIndicators && '; those published for males and females are listed for each'}
          </summary>
          <ul>
            {noWard.map((e) => (
              <li key={e.key} data-series={e.key}>
                <strong>{e.name}</strong> ({e.meta.theme}): {e.reason}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
