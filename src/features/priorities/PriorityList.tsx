import type { Finding } from './model';
import { formatNumber } from '../../core/format';
import { outcomeStyle, type Palette } from '../../core/outcomes';

interface PriorityListProps {
  findings: Finding[];
  palette: Palette;
  selectedWard: string | null;
  onSelectWard(code: string): void;
}

/** The top findings as numbered sentences: each one explains itself. */
export function PriorityList({ findings, palette, selectedWard, onSelectWard }: PriorityListProps) {
  return (
    <ol className="pr-list">
      {findings.map((f) => {
        const style = outcomeStyle(f.outcome, palette);
        return (
          <li key={f.key} className="pr-item" data-finding={f.key}>
            <span className="pr-rank" aria-hidden="true">
              {f.rank}
            </span>
            <div className="pr-item-body">
              <p className="pr-sentence">{f.sentence}</p>
              <p className="pr-meta">
                <span className="badge" style={{ background: style.colour, color: style.text }}>
                  {style.label}
                </span>{' '}
                <span>
                  Score {formatNumber(f.score, 1)} of 100 · {f.meta.theme} · {f.periodText}
                </span>
                {f.wardCode !== selectedWard && (
                  <>
                    {' '}
                    <button type="button" className="link-button pr-ward-link" onClick={() => onSelectWard(f.wardCode)}>
                      All findings for {f.wardName}
                    </button>
                  </>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
