import type { Palette } from '../../core/outcomes';
import { PriorityTable } from './PriorityTable';
import type { Finding } from './model';

interface PriorityTableSectionProps {
  themeWords: string;
  notWorse: number;
  includeAll: boolean;
  tableRows: Finding[];
  palette: Palette;
  selectedWard: string | null;
  onIncludeAll(all: boolean): void;
  onSelectWard(code: string): void;
}

/** Every ranked finding in a table, optionally with the figures that are not significantly worse. */
export function PriorityTableSection(props: PriorityTableSectionProps) {
  const { themeWords, notWorse, includeAll, tableRows, palette, selectedWard, onIncludeAll, onSelectWard } = props;
  return (
    <section className="pr-table-section" aria-labelledby="pr-table-title">
      <h3 id="pr-table-title" className="pr-section-title">
        Every ranked finding, with the points for each criterion
      </h3>
      {notWorse > 0 && (
        <label className="pr-toggle">
          <input type="checkbox" checked={includeAll} onChange={(e) => onIncludeAll(e.target.checked)} />
          Also list the {notWorse} ward {notWorse === 1 ? 'figure' : 'figures'} that {notWorse === 1 ? 'is' : 'are'} not significantly
          worse (ranked after the priority findings)
        </label>
      )}
      {tableRows.length > 0 ? (
        <PriorityTable
          caption={`${includeAll ? 'Ranked ward figures' : 'Priority findings'}${themeWords}: ${tableRows.length}, in ranking order`}
          findings={tableRows}
          palette={palette}
          selectedWard={selectedWard}
          onSelectWard={onSelectWard}
        />
      ) : (
        <p>No findings to list.</p>
      )}
    </section>
  );
}
