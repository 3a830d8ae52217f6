// Labels a publisher printed beside a figure (Fingertips' "Compared to England"), read into words.
import type { Outcome } from '../stats';
import { outcomeFromPublishedLabel } from './comparison';

/**
 * Reads a publisher's label ("Better", "Similar", "Worse", "Higher", "Lower", "Higher 99.8",
 * "Not compared"…) with the app's one label reader (comparison.ts) into the one outcome map.
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
