import type { ExplorerRow } from './model';

interface SelectedAreaProps {
  selected: ExplorerRow | null;
  barCount: number;
  onClear(): void;
}

/** The selected area's figures in a sentence; the live region is always in the page, so screen readers announce a new selection. */
export function SelectedArea({ selected, barCount, onClear }: SelectedAreaProps) {
  return (
    <div aria-live="polite">
      {selected && (
        <div className="explorer-selected">
          <p>
            <strong>{selected.name}</strong>: {selected.valueText}
            {selected.intervalText && ` (95% confidence interval ${selected.intervalText})`}
            {selected.value !== null && `, ${selected.comparisonText}`}
            {selected.rank !== null && `. Ranked ${selected.rank} of ${barCount}, 1 = highest`}.
          </p>
          <button type="button" className="secondary" onClick={onClear}>
            Clear selection
          </button>
        </div>
      )}
    </div>
  );
}
