import { TitledTable } from '../../ui/TitledTable';
import type { IndicatorMeta } from '../../domain/indicators';
import type { LsoaFigures } from './model';
import { heading } from './lsoaHeading';

interface LsoaTableProps {
  wardName: string;
  columns: IndicatorMeta[];
  lsoas: LsoaFigures[];
}

/** The ward's neighbourhoods (LSOAs), each with a few key figures. */
export function LsoaTable({ wardName, columns, lsoas }: LsoaTableProps) {
  const caption = `The ${lsoas.length} ${lsoas.length === 1 ? 'neighbourhood' : 'neighbourhoods'} (LSOAs) in ${wardName}`;
  if (lsoas.length === 0) return <p>No neighbourhoods (LSOAs) are listed for {wardName}.</p>;
  if (columns.length === 0) return <p>No neighbourhood (LSOA) figures are configured for this place, or none are in this snapshot.</p>;
  return (
    <TitledTable id="pf-lsoa-table-title" title={caption} level={4} tableClassName="area-table pf-lsoa-table">
      <thead>
        <tr>
          <th scope="col">Area</th>
          {columns.map((c) => (
            <th scope="col" key={c.id}>
              {heading(c)} <span className="period">{c.period}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lsoas.map((l) => (
          <tr key={l.code}>
            <th scope="row">
              {l.name} <span className="period">{l.code}</span>
            </th>
            {l.cells.map((c) => (
              <td key={c.indicatorId} className="num">
                {c.valueText}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}
