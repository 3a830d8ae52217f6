import type { IndicatorMeta } from '../../domain/indicators';
import { AgeProfile } from './AgeProfile';
import { LsoaTable } from './LsoaTable';
import { PlaceContext } from './PlaceContext';
import { ageSentence, type AgeBand, type ContextLine, type LsoaFigures } from './model';

/** "Who lives in <ward>": the age profile beside the country's, with why census figures need care. */
export function AgeSection({ wardName, countryName, bands }: { wardName: string; countryName: string; bands: AgeBand[] }) {
  return (
    <section className="pf-section" aria-labelledby="pf-age-title">
      <h3 id="pf-age-title">Who lives in {wardName}</h3>
      <p className="pf-age-sentence">{ageSentence(wardName, bands, countryName)}</p>
      <p className="pf-note">
        <strong>Census figures are not age-standardised.</strong> A ward with many students will show less bad health and
        disability, and a ward with many older residents more, than its deprivation alone would suggest.
      </p>
      <AgeProfile areaName={wardName} comparatorName={countryName} bands={bands} sentence={ageSentence(wardName, bands, countryName)} />
    </section>
  );
}

/** "Neighbourhoods in <ward>": what an LSOA is, and the ward's LSOAs with a few figures each. */
export function NeighbourhoodSection({ wardName, columns, lsoas }: { wardName: string; columns: IndicatorMeta[]; lsoas: LsoaFigures[] }) {
  return (
    <section className="pf-section" aria-labelledby="pf-lsoa-title">
      <h3 id="pf-lsoa-title">Neighbourhoods in {wardName}</h3>
      <p className="definition">
        Neighbourhoods are the Office for National Statistics’ Lower-layer Super Output Areas (LSOAs), of about 1,500 residents
        each; their names are codes, so each is named here with its ward. Deciles are national: 1 means among England’s most deprived 10% of neighbourhoods.
      </p>
      <LsoaTable wardName={wardName} columns={columns} lsoas={lsoas} />
    </section>
  );
}

interface ContextSectionProps {
  wardName: string;
  placeName: string;
  countryName: string;
  lines: ContextLine[];
}

/** The place's figures that have no ward figures, for context; nothing when there are none. */
export function ContextSection({ wardName, placeName, countryName, lines }: ContextSectionProps) {
  if (lines.length === 0) return null;
  return (
    <section className="pf-section" aria-labelledby="pf-context-title">
      <h3 id="pf-context-title">{placeName} as a whole, for context</h3>
      <p className="definition">
        These figures are published for {placeName} as a whole, not for its wards, so they cannot say how {wardName} differs.
        Where a figure is published for males and females separately, each is listed and compared with {countryName}’s figure for
        the same sex.
      </p>
      <PlaceContext placeName={placeName} countryName={countryName} lines={lines} />
    </section>
  );
}
