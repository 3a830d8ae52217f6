import { countNoun, formatAbout, formatNumber, formatValue } from '../../core/format';
import { type Finding } from './model';
import { outcomeSentence, outcomeStyle, type Palette } from '../../core/outcomes';
import { excessText, gapText } from './findingWords';
import { ScrollBox } from '../../ui/ScrollBox';

interface PriorityTableProps {
  caption: string;
  findings: Finding[];
  palette: Palette;
  selectedWard: string | null;
  onSelectWard(code: string): void;
}

/** Every ranked finding with each criterion as a column: the ranking's workings, open to check. */
export function PriorityTable({ caption, findings, palette, selectedWard, onSelectWard }: PriorityTableProps) {
  return (
    <ScrollBox className="pr-table-wrap" labelledBy="pr-table-caption">
      <table className="area-table pr-table">
        <caption id="pr-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Ward</th>
            <th scope="col">Indicator</th>
            <th scope="col">Value (95% confidence interval)</th>
            <th scope="col">Compared with</th>
            <th scope="col">Significance</th>
            <th scope="col">Gap from the benchmark</th>
            <th scope="col">Residents affected</th>
            <th scope="col">Above the benchmark’s rate</th>
            <th scope="col">Getting worse</th>
            <th scope="col">Deprivation rank (1 = most deprived)</th>
            <th scope="col">Score (of 100)</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => {
            const style = outcomeStyle(f.outcome, palette);
            return (
              <tr key={f.key} data-finding={f.key} className={f.wardCode === selectedWard ? 'selected' : undefined}>
                <td className="num" data-label="Rank">{f.rank}</td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelectWard(f.wardCode)}>
                    {f.wardName}
                  </button>
                </th>
                <td data-label="Indicator">
                  {f.name} <span className="period">({f.periodText})</span>
                </td>
                <td className="num" data-label="Value (95% confidence interval)">
                  {formatValue(f.value, f.meta)}{' '}
                  <span className="interval">
                    ({formatValue(f.lower95, f.meta)} to {formatValue(f.upper95, f.meta)})
                  </span>
                </td>
                <td data-label="Compared with">
                  {f.benchmark.name}: {formatValue(f.benchmark.row.value, f.meta)}
                </td>
                <td data-label="Significance">
                  <span className="badge" style={{ background: style.colour, color: style.text }} aria-hidden="true">
                    {style.label}
                  </span>{' '}
                  <span className="visually-hidden">{outcomeSentence(f.outcome, f.benchmark.name)}</span>
                  <span className="pr-points">{formatNumber(f.points.significance, 0)} points</span>
                </td>
                <td className="num" data-label="Gap from the benchmark">
                  {gapText(f)}
                  <span className="pr-points">{formatNumber(f.points.gap, 1)} points</span>
                </td>
                <td className="num" data-label="Residents affected">{f.count === null ? 'No data' : `${formatAbout(f.count)} ${countNoun(f.meta)}`}</td>
                <td className="num" data-label="Above the benchmark’s rate">
                  {excessText(f)}
                  <span className="pr-points">{formatNumber(f.points.residents, 1)} points</span>
                </td>
                <td data-label="Getting worse">
                  {f.trend ? `${f.gettingWorse ? 'Yes' : 'No'}: ${f.trend.sentence}` : 'Only one period'}
                  <span className="pr-points">{formatNumber(f.points.trend, 0)} points</span>
                </td>
                <td className="num" data-label="Deprivation rank (1 = most deprived)">
                  {f.deprivationRank === null ? 'No data' : `${f.deprivationRank} of ${f.deprivationOf}`}
                  <span className="pr-points">{formatNumber(f.points.deprivation, 1)} points</span>
                </td>
                <td className="num" data-label="Score (of 100)">
                  <strong>{formatNumber(f.score, 1)}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
