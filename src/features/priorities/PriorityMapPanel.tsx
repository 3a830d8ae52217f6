import { PriorityMap } from './PriorityMap';
import { type AreaFeatures } from '../../domain/areas';

interface PriorityMapPanelProps {
  themeWords: string;
  mapSummary: string;
  wards: AreaFeatures;
  outline: AreaFeatures;
  counts: Map<string, number>;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The map of priority findings by ward, with its summary in words. */
export function PriorityMapPanel({ themeWords, mapSummary, wards, outline, counts, selectedCode, onSelect }: PriorityMapPanelProps) {
  return (
    <section className="pr-map-panel" aria-labelledby="pr-map-title">
      <h3 id="pr-map-title" className="pr-section-title">
        Priority findings by ward{themeWords}
      </h3>
      <p className="pr-map-summary">{mapSummary}</p>
      <PriorityMap
        wards={wards}
        outline={outline}
        counts={counts}
        selectedCode={selectedCode}
        summary={mapSummary}
        onSelect={onSelect}
      />
    </section>
  );
}
