import { useMemo, useState } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { PaletteSelect } from '../../ui/controls';
import { downloadText } from '../../ui/download';
import { type ViewProps } from '../../ui/viewProps';
import { OverviewLegend } from './OverviewLegend';
import { OverviewTable } from './OverviewTable';
import { buildOverview, nextSort, overviewCsv, parseSort, placeBenchmarkNote, sortText, sortWards, sortWords } from './model';
import './styles.css';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['palette', 'sort'] as const satisfies readonly UrlKey[];

/** "All wards at a glance": every ward by every ward-level indicator, Fingertips' tartan rug. */
export default function OverviewView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place } = snapshot;
  const model = useMemo(() => buildOverview(index, place), [index, place]);
  const sort = parseSort(url.sort, model.columns);
  const wards = useMemo(() => sortWards(model.wards, sort), [model.wards, sort]);
  const [status, setStatus] = useState('');
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;

  if (model.columns.length === 0) return <p role="alert">This snapshot has no ward figures.</p>;

  const fileName = `${placeName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-wards-at-a-glance-${place.snapshotDate}.csv`;
  const download = () => {
    downloadText(overviewCsv(model, wards), fileName);
    setStatus(`Table downloaded as ${fileName}.`);
  };
  const note = placeBenchmarkNote(model, placeName, countryName);

  return (
    <article className="ov-view">
      <section className="controls" aria-label="Colours and download">
        <PaletteSelect palette={url.palette} setUrl={setUrl} />
        <button type="button" className="secondary ov-download" onClick={download}>
          Download the table (CSV)
        </button>
        <p role="status" className="ov-status">
          {status}
        </p>
      </section>

      <h2 className="ov-title">All {placeName}’s wards at a glance</h2>
      <p className="summary" id="ov-summary">
        {model.summary}
      </p>
      <p className="definition">
        Each row is a ward, each column an indicator: the ward’s latest figure, coloured and labelled by how it compares with{' '}
        {countryName}’s figure for the same period (95% confidence). Indicators without a confidence interval, such as most
        Indices of Deprivation scores, are not tested; their cells say where the figure falls among {countryName}’s
        neighbourhoods instead. {note} Census 2021 figures are not age-standardised.
      </p>
      <OverviewLegend model={model} palette={url.palette} />
      <p className="ov-sort-status" role="status">
        {sortWords(sort, model.columns)}
      </p>
      <OverviewTable
        model={model}
        wards={wards}
        sort={sort}
        palette={url.palette}
        placeName={placeName}
        onSort={(column) => setUrl({ sort: sortText(nextSort(sort, column), model.columns) })}
      />
    </article>
  );
}
