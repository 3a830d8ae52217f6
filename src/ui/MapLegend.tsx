import type { IndicatorMeta } from '../domain/indicators';
import { formatNumber } from '../core/format';
import { NO_DATA_COLOUR, type Classification } from '../core/mapClasses';

interface MapLegendProps {
  meta: IndicatorMeta;
  /** The series' name when it is one breakdown of several ("…: 0-9 yrs"); the indicator's name otherwise. */
  name?: string;
  period: string;
  classification: Classification;
  missingCount: number;
  /** Whole-place and England values, so each shade can be read against them. */
  references: { name: string; valueText: string }[];
}

export function MapLegend({ meta, name, period, classification, missingCount, references }: MapLegendProps) {
  const decimals = meta.valueType === 'rank' ? 0 : 1;
  const suffix = meta.unit === '%' ? '%' : '';
  return (
    <figure className="legend" aria-label="Map key">
      <figcaption>
        <strong>{name ?? meta.name}</strong>
        <span className="legend-unit">
          {meta.unit === '%' ? 'Per cent' : meta.unit}, {period}
        </span>
      </figcaption>
      <ul>
        {classification.bins.map((bin) => (
          <li key={`${bin.min}-${bin.max}`}>
            <span className="swatch" style={{ background: bin.colour }} aria-hidden="true" />
            {bin.min === bin.max
              ? `${formatNumber(bin.min, decimals)}${suffix}`
              : `${formatNumber(bin.min, decimals)}${suffix} to ${formatNumber(bin.max, decimals)}${suffix}`}
          </li>
        ))}
        {missingCount > 0 && (
          <li>
            <span className="swatch swatch-missing" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
            No data ({missingCount})
          </li>
        )}
      </ul>
      {references.length > 0 && (
        <p className="legend-references">
          {references.map((r) => (
            <span key={r.name}>
              {r.name}: <strong>{r.valueText}</strong>
            </span>
          ))}
        </p>
      )}
      <p className="legend-note">
        {meta.polarity === 'no-judgement'
          ? 'Darker shading means a higher value; neither end is better or worse.'
          : 'Darker shading means worse.'}{' '}
        Each shade covers a range of values, drawn where the figures fall into natural groups.
      </p>
    </figure>
  );
}
