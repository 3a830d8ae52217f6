import { TitledTable } from '../../ui/TitledTable';
import type { InequalityModel } from './model';
import { outcomeSentence, outcomeStyle, type Palette } from '../../core/outcomes';

interface GradientTableProps {
  model: InequalityModel;
  palette: Palette;
  caption: string;
}

/** The chart's figures, in the same order: most deprived first. */
export function GradientTable({ model, palette, caption }: GradientTableProps) {
  const benchmarkName = model.benchmark?.name ?? null;
  return (
    <TitledTable id="iq-table-title" title={caption} level={3} tableClassName="area-table iq-table">
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Area</th>
          <th scope="col">
            {model.meta.name} ({model.period})
          </th>
          <th scope="col">95% confidence interval</th>
          {benchmarkName && <th scope="col">Compared with {benchmarkName}</th>}
          <th scope="col">
            {model.deprivationMeta?.name ?? 'Deprivation score'} ({model.deprivationPeriod})
          </th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {model.areas.map((a) => {
          const style = outcomeStyle(a.comparison.outcome, palette);
          return (
            <tr key={a.code} data-area-code={a.code}>
              <td className="num">{a.deprivationRank}</td>
              <th scope="row">{a.name}</th>
              <td className="num">
                {a.valueText}
                {a.excluded && a.value !== null && <span className="iq-excluded"> (left out: {a.excluded})</span>}
              </td>
              <td className="num">{a.intervalText || 'Not available'}</td>
              {benchmarkName && (
                <td>
                  <span className="badge" aria-hidden="true" style={{ background: style.colour, color: style.text }}>
                    {style.label}
                  </span>
                  <span className="visually-hidden">{outcomeSentence(a.comparison.outcome, benchmarkName)}</span>
                </td>
              )}
              <td className="num">{a.deprivationText}</td>
              <td className="num">{a.countText || 'Not available'}</td>
            </tr>
          );
        })}
      </tbody>
    </TitledTable>
  );
}
