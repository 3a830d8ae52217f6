import type { IndicatorMeta } from '../ingest/types';
import type { Manifest } from '../data/snapshotTypes';
import { OGL_V3_URL } from '../data/snapshotTypes';

/** Licence and attribution for everything on the page: required by the Open Government Licence. */
export function SourceNotes({ manifest, shown }: { manifest: Manifest; shown: IndicatorMeta | null }) {
  const attributions = [...new Set(manifest.sources.map((s) => s.attribution))];
  return (
    <footer className="site-footer">
      {shown && (
        <p>
          <strong>Source of these figures:</strong> {shown.source} ({shown.publisher}), {shown.period}. File:{' '}
          <code>{shown.sourceFiles.join(', ')}</code>.
        </p>
      )}
      <p>
        All data are open data under the{' '}
        <a href={OGL_V3_URL} rel="license noreferrer">
          Open Government Licence v3.0
        </a>
        . Snapshot built on {manifest.builtOn} from {manifest.sources.length} source files (listed with checksums in{' '}
        <code>data/manifest.json</code>).
      </p>
      <ul className="attributions">
        {attributions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </footer>
  );
}
