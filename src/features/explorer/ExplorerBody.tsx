import type { RefObject } from 'react';
import type { Boundaries } from '../../domain/areas';
import type { IndicatorMeta } from '../../domain/indicators';
import type { AreaFigure, Geography, MapModel } from '../../core/mapModel';
import { hrefTo } from '../../ui/url/keys';
import { ExplorerChartPanel, ExplorerMapPanel } from './ExplorerPanels';
import { ExplorerTable } from './ExplorerTable';
import { ExplorerIntro } from './ExplorerText';
import { SelectedArea } from './SelectedArea';
import type { ExplorerModel, ExplorerRow } from './model';

interface ExplorerBodyProps {
  model: ExplorerModel;
  mapModel: MapModel;
  meta: IndicatorMeta;
  areaWord: string;
  boundaries: Boundaries;
  geography: Geography;
  figures: Map<string, AreaFigure>;
  selected: ExplorerRow | null;
  source: string;
  onSelect(code: string): void;
  onClear(): void;
  chartHost: RefObject<HTMLDivElement | null>;
}

/** One indicator's areas: the sentence, the selected area, the ranked chart beside the map, the table. */
export function ExplorerBody({ model, mapModel, meta, areaWord, boundaries, geography, figures, selected, source, onSelect, onClear, chartHost }: ExplorerBodyProps) {
  const selectedCode = selected?.code ?? null;
  return (
    <>
      <ExplorerIntro model={model} meta={meta} />
      <SelectedArea selected={selected} barCount={model.bars.length} onClear={onClear} />
      <div className="explorer-layout">
        <ExplorerChartPanel model={model} areaWord={areaWord} source={source} selectedCode={selectedCode} onSelect={onSelect} chartHost={chartHost} />
        <ExplorerMapPanel
          model={model}
          mapModel={mapModel}
          meta={meta}
          areaWord={areaWord}
          boundaries={boundaries}
          geography={geography}
          figures={figures}
          selectedCode={selectedCode}
          onSelect={onSelect}
        />
      </div>
      <ExplorerTable model={model} selectedCode={selectedCode} onSelect={onSelect} />
    </>
  );
}

/** An indicator published only for the place and the country: one line saying where to see it, never a blank map. */
export function PlaceOnlyNotice({ meta, placeName, countryName }: { meta: IndicatorMeta; placeName: string; countryName: string }) {
  return (
    <p className="summary" id="explorer-summary">
      {meta.name} is published for {placeName} and {countryName} only, not for wards or neighbourhoods. See it{' '}
      <a href={hrefTo('trends', { indicator: meta.id })}>over time in Trends</a> or{' '}
      <a href={hrefTo('authorities', { indicator: meta.id })}>beside other authorities</a>.
    </p>
  );
}
