import { Suspense, useEffect, useState } from 'react';
import type { IndicatorMeta } from '../domain/indicators';
import { ShownIndicatorContext } from '../ui/shownIndicator';
import { useUrlParams } from '../ui/url/useUrlParams';
import { type UrlKey } from '../ui/url/keys';
import { SiteNav } from './SiteNav';
import { AVAILABLE_VIEWS, findView } from './views';
import { useDashboardData } from '../data/useDashboardData';
import { SourceNotes } from '../ui/SourceNotes';
import { longDate } from '../ui/longDate';

/** The shell reads and writes only the view. */
const URL_KEYS_USED = ['view'] as const satisfies readonly UrlKey[];

export function App() {
  const { data, error, isPending } = useDashboardData();
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const view = findView(url.view);
  const View = view.component;
  // The view's code downloads beside the data, not after it (a failure shows when React renders the view).
  useEffect(() => void view.preload().catch(() => undefined), [view]);
  const [shownIndicator, setShownIndicator] = useState<IndicatorMeta | null>(null);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div>
          <p className="eyebrow">{__SHELL__.alliance}</p>
          <p className="site-title">{__SHELL__.placeName} health inequalities</p>
        </div>
        <p className="snapshot-date">Snapshot of {longDate(__SHELL__.snapshotDate)}</p>
      </header>
      <SiteNav views={AVAILABLE_VIEWS} current={view} onChoose={(v) => setUrl({ view: v.id })} />
      <main id="main">
        <h1 className="visually-hidden">{view.label}</h1>
        {isPending && <p aria-live="polite">Loading the data…</p>}
        {error && (
          <p role="alert">
            The dashboard could not load its data: {error.message}. Reload the page to try again.
          </p>
        )}
        {data?.importProblem ? (
          <p role="alert" className="warning no-print">
            {data.importProblem} The bundled data is shown meanwhile.
          </p>
        ) : null}
        {data?.importDamage.map((d) => (
          <p key={d.id} role="alert" className="warning no-print">
            {d.message}
          </p>
        ))}
        {data?.snapshot.rejectedCount ? (
          <p role="alert" className="warning no-print">
            {data.snapshot.rejectedCount} rows of the bundled data could not be read; see About the data.
          </p>
        ) : null}
        {data?.snapshot.rowsProblem && (
          <p role="alert" className="warning">
            {view.needsFigures === false
              ? `The figures could not be loaded (${data.snapshot.rowsProblem}), so the other pages cannot show them. Reload the page to try again.`
              : `${view.label} cannot be shown: ${data.snapshot.rowsProblem}. Reload the page to try again; About the data and the other pages without figures still work.`}
          </p>
        )}
        {data && !(data.snapshot.rowsProblem && view.needsFigures !== false) && (
          <ShownIndicatorContext.Provider value={setShownIndicator}>
            <Suspense fallback={<p aria-live="polite">Loading the view…</p>}>
              <View data={data} />
            </Suspense>
          </ShownIndicatorContext.Provider>
        )}
      </main>
      {data && <SourceNotes manifest={data.snapshot.manifest} shown={shownIndicator} />}
    </>
  );
}
