import { useSnapshot } from './data/useSnapshot';
import { MapView } from './views/MapView';

function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function App() {
  const { data, index, error, isPending } = useSnapshot();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div>
          <p className="eyebrow">{data?.place.alliance ?? 'Population health dashboard'}</p>
          <h1>{data ? `${data.place.localAuthority.name} health inequalities` : 'Health inequalities dashboard'}</h1>
        </div>
        {data && <p className="snapshot-date">Snapshot of {formatDate(data.place.snapshotDate)}</p>}
      </header>
      <main id="main">
        {isPending && <p aria-live="polite">Loading the data…</p>}
        {error && (
          <p role="alert">
            The dashboard could not load its data: {error.message}. Reload the page to try again.
          </p>
        )}
        {data?.warnings.map((w) => (
          <p key={w} role="status" className="warning">
            {w}
          </p>
        ))}
        {data && index && <MapView snapshot={data} index={index} />}
      </main>
    </>
  );
}
