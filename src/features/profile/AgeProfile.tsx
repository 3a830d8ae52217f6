import { formatNumber } from '../../core/format';
import { ScrollBox } from '../../ui/ScrollBox';
import type { AgeBand } from './model';
import { bandLabel, share } from './ageWords';

interface AgeProfileProps {
  areaName: string;
  comparatorName: string;
  bands: AgeBand[];
  sentence: string;
}

/**
 * A population pyramid of persons: the area's shares to the left of the ages, the comparator's to the right,
 * on the same scale. A black tick on the area's side marks the comparator's share, for a direct comparison.
 */
export function AgeProfile({ areaName, comparatorName, bands, sentence }: AgeProfileProps) {
  if (bands.length === 0) return <p>{sentence}</p>;
  const max = Math.max(...bands.flatMap((b) => [b.area ?? 0, b.comparator ?? 0]), 1);
  const width = (v: number | null) => `${((v ?? 0) / max) * 100}%`;
  const oldestFirst = [...bands].reverse();
  return (
    <figure className="pf-age" aria-labelledby="pf-age-caption">
      <figcaption id="pf-age-caption">
        <strong>Age profile, Census 2021:</strong> share of all residents in each five-year age band.
      </figcaption>
      <div className="pf-pyramid" aria-hidden="true">
        <div className="pf-pyr-head">
          <span className="pf-pyr-left">{areaName}</span>
          <span>Age</span>
          <span className="pf-pyr-right">{comparatorName}</span>
        </div>
        {oldestFirst.map((b) => (
          <div className="pf-pyr-row" key={b.band}>
            <div className="pf-pyr-side pf-pyr-left">
              <span className="pf-pyr-bar pf-pyr-area" style={{ width: width(b.area) }} />
              {b.comparator !== null && <span className="pf-pyr-tick" style={{ right: width(b.comparator) }} />}
            </div>
            <div className="pf-pyr-age">{bandLabel(b)}</div>
            <div className="pf-pyr-side">
              <span className="pf-pyr-bar pf-pyr-comp" style={{ width: width(b.comparator) }} />
            </div>
          </div>
        ))}
        <div className="pf-pyr-scale">
          <span>{formatNumber(max, 0)}%</span>
          <span>0</span>
          <span>{formatNumber(max, 0)}%</span>
        </div>
      </div>
      <ul className="pf-age-key">
        <li>
          <span className="pf-swatch pf-pyr-area" aria-hidden="true" /> {areaName}
        </li>
        <li>
          <span className="pf-swatch pf-pyr-comp" aria-hidden="true" /> {comparatorName}
        </li>
        <li>
          <span className="pf-swatch-tick" aria-hidden="true" /> {comparatorName}’s share, drawn on {areaName}’s side to compare
        </li>
      </ul>
      <details className="pf-details">
        <summary>Show the age bands as a table</summary>
        <ScrollBox label={`Age profile of ${areaName} and ${comparatorName}`}>
          <table className="area-table">
            <caption>
              Share of residents by age band, {areaName} and {comparatorName}, Census 2021
            </caption>
            <thead>
              <tr>
                <th scope="col">Age</th>
                <th scope="col">{areaName}</th>
                <th scope="col">{comparatorName}</th>
              </tr>
            </thead>
            <tbody>
              {bands.map((b) => (
                <tr key={b.band}>
                  <th scope="row">{b.end === null ? `${b.start} and over` : `${b.start} to ${b.end}`}</th>
                  <td className="num">{share(b.area)}</td>
                  <td className="num">{share(b.comparator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </figure>
  );
}
