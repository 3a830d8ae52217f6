import { publisherName } from '../core/format';
import type { IndicatorMeta } from '../domain/indicators';
import type { Manifest } from '../domain/place';
import { LICENCE_URLS } from '../domain/place';
import { longDate } from './longDate';
import { hrefTo } from './url/keys';

/** Licence and attribution for everything on the page: required by the Open Government Licence. */
export function SourceNotes({ manifest, shown }: { manifest: Manifest; shown: IndicatorMeta | null }) {
  const attributions = [...new Set(manifest.sources.map((s) => s.attribution))];
  const licences = [...new Set(manifest.sources.map((s) => s.licence))].filter((l) => l !== 'as published');
  return (
    <footer className="site-footer">
      {shown && (
        <p>
          <strong>Source of these figures:</strong> {shown.source} ({publisherName(shown.publisher)}), {shown.period}.
        </p>
      )}
      <p>
        All data are open data, used under{' '}
        {licences.map((l, i) => (
          <span key={l}>
            {i > 0 && (i === licences.length - 1 ? ' and ' : ', ')}
            {LICENCE_URLS[l] ? (
              <a href={LICENCE_URLS[l]} rel="license noreferrer">
                the {l}
              </a>
            ) : (
              l
            )}
          </span>
        ))}
        . Snapshot built on {longDate(manifest.builtOn)} from {manifest.sources.length} open data files, each named on{' '}
        <a href={`${hrefTo('about')}#sources`}>About the data</a>.
      </p>
      <ul className="attributions">
        {attributions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </footer>
  );
}
