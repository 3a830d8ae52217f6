import type { IndicatorMeta } from '../../domain/indicators';
import { polarityText } from '../../core/format';
import type { AuthoritiesModel } from './model';
import { noDataWords } from './distribution';

interface AuthorityFactsProps {
  model: AuthoritiesModel;
  meta: IndicatorMeta;
  period: string;
  countryName: string;
}

/** The place's rank, which authorities, its quarter, its comparison with the country and what has no data. */
export function AuthorityFacts({ model, meta, period, countryName }: AuthorityFactsProps) {
  return (
    <dl className="au-facts">
      <div>
        <dt>Rank</dt>
        <dd>
          <span id="au-rank">{model.rankText}</span> {polarityText(meta)}
        </dd>
      </div>
      {model.coverageText && (
        <div>
          <dt>Which authorities</dt>
          <dd id="au-coverage">{model.coverageText}</dd>
        </div>
      )}
      {model.quarterText && (
        <div>
          <dt>Quarter</dt>
          <dd id="au-quarter">{model.quarterText}</dd>
        </div>
      )}
      {model.comparisonText && (
        <div>
          <dt>Compared with {countryName}</dt>
          <dd id="au-comparison">{model.comparisonText}</dd>
        </div>
      )}
      {model.missing > 0 && (
        <div>
          <dt>No data</dt>
          <dd>
            {model.missing} {noDataWords(model.missing).have} no figure for {period}: {noDataWords(model.missing).are} listed in the table as “No data” and
            not ranked.
          </dd>
        </div>
      )}
    </dl>
  );
}
