import { TitledTable } from '../../ui/TitledTable';
import { formatValue } from '../../core/format';
import type { ProfileLine } from './model';

interface SpineTableProps {
  areaName: string;
  placeName: string;
  countryName: string;
  lines: ProfileLine[];
}

/** The spine chart's numbers as a table: its text alternative, and the figures for copying into a paper. */
export function SpineTable({ areaName, placeName, countryName, lines }: SpineTableProps) {
  const caption = `${areaName}: every indicator beside ${placeName}, ${countryName} and the range of ${placeName}’s wards`;
  return (
    <TitledTable id="pf-spine-table-title" title={caption} level={4} tableClassName="area-table pf-table">
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">{areaName}</th>
          <th scope="col">95% confidence interval</th>
          <th scope="col">Count</th>
          <th scope="col">{placeName}</th>
          <th scope="col">{countryName}</th>
          <th scope="col">{placeName}’s wards: lowest to highest</th>
          <th scope="col">Middle half of wards</th>
          <th scope="col">Comparison (95% confidence)</th>
          <th scope="col">Change over time</th>
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
            <td className="num">{line.countText || 'Not available'}</td>
            <td className="num">{line.placeValueText}</td>
            <td className="num">{line.englandValueText}</td>
            <td className="num">
              {line.range ? `${formatValue(line.range.min, line.meta)} to ${formatValue(line.range.max, line.meta)}` : 'No data'}
            </td>
            <td className="num">
              {line.range ? `${formatValue(line.range.q1, line.meta)} to ${formatValue(line.range.q3, line.meta)}` : 'No data'}
            </td>
            <td>{line.comparisonText}</td>
            <td>
              {line.trend ? (
                <>
                  {line.trend.flag && <strong>{line.trend.flagText}. </strong>}
                  {line.trend.sentence}
                </>
              ) : (
                <span className="muted">Only one period</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}
