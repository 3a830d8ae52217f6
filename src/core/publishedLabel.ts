// Labels a publisher printed beside a figure (Fingertips' "Compared to England", kept verbatim by
// ingest), read into outcomes and words. The app's one reader of such labels: comparison.ts (compareRow's
// fallback when there is no interval), trends and authorities all read them here.
import type { Outcome } from '../stats';

const PUBLISHED_LABELS: [RegExp, Outcome][] = [
  [/^better/i, 'better'],
  [/^worse/i, 'worse'],
  [/^similar|^same|^no (significant )?difference/i, 'similar'],
  [/^higher/i, 'higher'],
  [/^lower/i, 'lower'],
];

/** Reads a publisher's significance label ("Better", "Worse", "Higher 99.8", "Similar"…); null for "Not compared" or unknown. */
export function outcomeFromPublishedLabel(label: string): Outcome | null {
  const text = label.trim();
  for (const [pattern, outcome] of PUBLISHED_LABELS) if (pattern.test(text)) return outcome;
  return null;
}

/**
 * Reads a publisher's label ("Better", "Similar", "Worse", "Higher", "Lower", "Higher 99.8",
 * "Not compared"…) into the one outcome map.
 * Unknown or empty labels are 'not-compared': the app never invents a judgement the publisher did not make.
 */
export function publishedOutcome(label: string): Outcome {
  return outcomeFromPublishedLabel(label) ?? 'not-compared';
}

/** True when the label is a comparison the publisher actually made (not blank, not "Not compared"). */
export function hasPublishedComparison(label: string): boolean {
  return publishedOutcome(label) !== 'not-compared';
}

/** "Better than England", "Similar to England", "Higher than England (99.8% level)", "Not compared". */
export function publishedWords(label: string, benchmarkName = 'England'): string {
  const outcome = publishedOutcome(label);
  const level = /99\.8/.test(label) ? ' (99.8% level)' : '';
  switch (outcome) {
    case 'better':
      return `Better than ${benchmarkName}${level}`;
    case 'worse':
      return `Worse than ${benchmarkName}${level}`;
    case 'higher':
      return `Higher than ${benchmarkName}${level}`;
    case 'lower':
      return `Lower than ${benchmarkName}${level}`;
    case 'similar':
      return `Similar to ${benchmarkName}`;
    default:
      return label.trim() === '' ? 'No published comparison' : 'Not compared';
  }
}

/** "better than England", "similar to England", "higher than England" (no level) for a sentence; '' when not compared. */
export function publishedClause(label: string, benchmarkName: string): string {
  switch (publishedOutcome(label)) {
    case 'better':
      return `better than ${benchmarkName}`;
    case 'worse':
      return `worse than ${benchmarkName}`;
    case 'similar':
      return `similar to ${benchmarkName}`;
    case 'higher':
      return `higher than ${benchmarkName}`;
    case 'lower':
      return `lower than ${benchmarkName}`;
    default:
      return '';
  }
}
