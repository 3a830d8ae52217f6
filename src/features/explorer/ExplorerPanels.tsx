import type { RefObject } from 'react';
import type { Boundaries } from '../../domain/areas';
import type { IndicatorMeta } from '../../domain/indicators';
import type { AreaFigure, Geography, MapModel } from '../../core/mapModel';
import { AreaMap } from '../../ui/AreaMap';
import { MapLegend } from '../../ui/MapLegend';
import { Downloads } from './Downloads';
import { OutcomeLegend } from './OutcomeLegend';
import { RankedBarChart } from './RankedBarChart';
import type { ExplorerModel } from './model';

interface ChartPanelProps {
  model: ExplorerModel;
  areaWord: string;
  source: string;
  selectedCode: string | null;
  onSelect(code: string): void;
  chartHost: RefObject<HTMLDivElement | null>;
}

/** The ranked bar chart with its legend, the areas with no data, and the downloads. */
export function ExplorerChartPanel({ model, areaWord, source, selectedCode, onSelect, chartHost }: ChartPanelProps) {
  return (
    <section className="explorer-chart-panel" aria-labelledby="explorer-chart-title">
      <h2 id="explorer-chart-title" className="explorer-title">
        {model.title}
      </h2>
      <p className="explorer-subtitle">{model.subtitle}</p>
      <OutcomeLegend model={model} />
      {model.bars.length > 0 ? (
        <RankedBarChart model={model} selectedCode={selectedCode} onSelect={onSelect} hostRef={chartHost} />
      ) : (
        <p>No {areaWord} has a value for this indicator, so there is no chart.</p>
      )}
      {model.missing.length > 0 && <MissingAreas model={model} areaWord={areaWord} />}
      <p className="explorer-chart-note">
        Bars are ranked from the highest value to the lowest. Select a bar, a name or a row of the table to
        highlight that {areaWord} on the chart and the map.
      </p>
      <Downloads model={model} chartHost={chartHost} source={source} />
    </section>
  );
}

function MissingAreas({ model, areaWord }: { model: ExplorerModel; areaWord: string }) {
  return (
    <div className="explorer-missing">
      <p>
        <strong>
          No data for {model.missing.length} {model.missing.length === 1 ? areaWord : model.areaPlural}
        </strong>{' '}
        (not drawn, not counted as zero):
      </p>
      <ul>
        {model.missing.map((m) => (
          <li key={m.code}>
            {m.name}: {m.missingNote}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface MapPanelProps {
  model: ExplorerModel;
  mapModel: MapModel;
  meta: IndicatorMeta;
  areaWord: string;
  boundaries: Boundaries;
  geography: Geography;
  figures: Map<string, AreaFigure>;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The same figures on a map, shaded by value, with its key. */
export function ExplorerMapPanel({ model, mapModel, meta, areaWord, boundaries, geography, figures, selectedCode, onSelect }: MapPanelProps) {
  return (
    <section className="explorer-map-panel" aria-labelledby="explorer-map-title">
      <h2 id="explorer-map-title" className="explorer-title">
        Map: {model.name}, by {areaWord}
      </h2>
      <p className="explorer-subtitle">
        Shaded by value, not by comparison: darker means a {meta.polarity === 'high-is-good' ? 'lower' : 'higher'} value.
      </p>
      <AreaMap
        features={boundaries[`${geography}s`]}
        outline={boundaries.authority}
        figures={figures}
        indicatorName={model.name}
        selectedCode={selectedCode}
        showLabels={geography === 'ward'}
        showBasemap={false}
        onSelect={onSelect}
      />
      <MapLegend
        meta={meta}
        name={model.name}
        period={model.period}
        classification={mapModel.classification}
        missingCount={mapModel.missingCount}
        references={model.references.map((r) => ({ name: r.name, valueText: r.valueText }))}
      />
    </section>
  );
}
