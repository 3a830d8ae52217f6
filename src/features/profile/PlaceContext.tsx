import { TitledTable } from '../../ui/TitledTable';
import type { ContextLine } from './model';

interface PlaceContextProps {
  placeName: string;
  countryName: string;
  lines: ContextLine[];
}

/** The place's figures that have no ward figures (life expectancy for males and females, say): context for the ward. */
export function PlaceContext({ placeName, countryName, lines }: PlaceContextProps) {
  if (lines.length === 0) return null;
  return (
    <TitledTable
      id="pf-context-table-title"
      title={`${placeName} as a whole: ${lines.length} ${lines.length === 1 ? 'figure' : 'figures'} with no ward figures, beside ${countryName}`}
      level={4}
      tableClassName="area-table pf-table pf-context-table"
    >
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">{placeName}</th>
          <th scope="col">95% confidence interval</th>
          <th scope="col">{countryName}</th>
          <th scope="col">Compared with {countryName}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-indicator={line.meta.id} data-series={line.key}>
            <th scope="row">
              {line.name} <span className="period">({line.period})</span>
            </th>
            <td className="num">{line.valueText}</td>
            <td className="num">{line.intervalText || 'Not available'}</td>
            <td className="num">{line.englandValueText}</td>
            <td>{line.comparisonText}</td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}
