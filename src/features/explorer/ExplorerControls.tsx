import type { ReactNode } from 'react';
import type { IndicatorMeta } from '../../domain/indicators';
import type { BenchmarkChoice } from './model';
import { type Geography } from '../../core/mapModel';
import type { Palette } from '../../core/outcomes';
import { IndicatorOptions, PaletteSelect, GeographyChoice } from '../../ui/controls';
import type { UrlChanges } from '../../ui/url/keys';

interface ExplorerControlsProps {
  indicators: IndicatorMeta[];
  indicatorId: string;
  geographies: Geography[];
  geography: Geography;
  benchmarkOptions: { choice: BenchmarkChoice; label: string; hint: string }[];
  benchmark: BenchmarkChoice;
  palette: Palette;
  /** "York and England only": the picker's label for indicators without ward figures. */
  onlyLabel: string;
  onChange: (changes: UrlChanges<'indicator' | 'geo' | 'area' | 'sex' | 'age' | 'cat' | 'benchmark' | 'palette'>) => void;
  /** Extra choices shown after the indicator (the breakdown). */
  children?: ReactNode;
}

export function ExplorerControls(props: ExplorerControlsProps) {
  const { indicators, indicatorId, geographies, geography, benchmarkOptions, benchmark, palette, onlyLabel, onChange, children } = props;
  return (
    <section className="controls explorer-controls" aria-label="Choose what to show">
      <label>
        Indicator
        <select value={indicatorId} onChange={(e) => onChange({ indicator: e.target.value, geo: null, area: null, sex: null, age: null, cat: null })}>
          <IndicatorOptions indicators={indicators} onlyLabel={onlyLabel} />
        </select>
      </label>
      {children}
      <GeographyChoice geographies={geographies} geography={geography} name="explorer-geo" onChoose={(g) => onChange({ geo: g, area: null })} />
      {/* Without ward figures there is nothing to compare with England or York. */}
      {geographies.length > 0 && (
        <fieldset>
          <legend>Compare with</legend>
          {benchmarkOptions.map((o) => (
            <label key={o.choice} className="inline">
              <input
                type="radio"
                name="explorer-benchmark"
                value={o.choice}
                checked={o.choice === benchmark}
                onChange={() => onChange({ benchmark: o.choice })}
              />
              {o.label}
              {o.hint && <span className="explorer-option-hint"> ({o.hint})</span>}
            </label>
          ))}
        </fieldset>
      )}
      <PaletteSelect palette={palette} setUrl={onChange} />
    </section>
  );
}
