import type { NamedArea } from '../../domain/place';
import type { Palette } from '../../core/outcomes';
import { PriorityList } from './PriorityList';
import type { Finding } from './model';

interface PriorityTopProps {
  ward: NamedArea | null;
  themeWords: string;
  top: number;
  step: number;
  priorities: Finding[];
  wardPriorities: Finding[];
  listed: Finding[];
  palette: Palette;
  onSelectWard(code: string): void;
  onShowEveryWard(): void;
  onMore(): void;
}

/** The top priority findings, or one ward's, with a button for more. */
export function PriorityTop(props: PriorityTopProps) {
  const { ward, themeWords, top, step, priorities, wardPriorities, listed, palette, onSelectWard, onShowEveryWard, onMore } = props;
  return (
    <section className="pr-top" aria-labelledby="pr-top-title">
      <h3 id="pr-top-title" className="pr-section-title">
        {ward
          ? `Priority findings in ${ward.name}${themeWords}`
          : `Top ${Math.min(top, priorities.length)} of ${priorities.length} priority ${priorities.length === 1 ? 'finding' : 'findings'}`}
      </h3>
      <div aria-live="polite">
        {ward && (
          <p className="pr-ward-bar">
            {wardPriorities.length === 0
              ? `${ward.name} has no figure${themeWords} that is significantly worse than the benchmark.`
              : `${ward.name} has ${wardPriorities.length} ${wardPriorities.length === 1 ? 'figure' : 'figures'}${themeWords} significantly worse than the benchmark. The numbers are their places in the whole ranking.`}{' '}
            <button type="button" className="secondary" onClick={onShowEveryWard}>
              Show every ward
            </button>
          </p>
        )}
        {!ward && priorities.length === 0 && (
          <p>No ward figure{themeWords} is significantly worse than the benchmark.</p>
        )}
        <PriorityList findings={listed} palette={palette} selectedWard={ward?.code ?? null} onSelectWard={onSelectWard} />
      </div>
      {!ward && priorities.length > top && (
        <button type="button" className="secondary pr-more" onClick={onMore}>
          Show {Math.min(step, priorities.length - top)} more
        </button>
      )}
    </section>
  );
}
