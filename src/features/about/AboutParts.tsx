import { publisherName } from '../../core/format';
import { longDate } from '../../ui/longDate';
import { ScrollBox } from '../../ui/ScrollBox';
import type { IndicatorMeta } from '../../domain/indicators';
import type { Snapshot } from '../../data/loadSnapshot';
import { LICENCE_URLS, OGL_V3_URL } from '../../domain/place';
import { groupByTheme } from '../../core/themes';
import { GLOSSARY } from '../../core/glossary';
import type { PlaceContact } from '../../domain/place';

/** What the dashboard shows, under which licences, and how to read its colours and shading. */
export function AboutIntro({ snapshot }: { snapshot: Snapshot }) {
  return (
    <>
      <p>
        This dashboard shows open public-health data for {snapshot.place.localAuthority.displayName}, its{' '}
        {snapshot.place.wards.length} electoral wards and its {snapshot.place.lsoas.length} neighbourhoods (
        <a href="#term-neighbourhood">small statistical areas</a>). Every
        figure comes from a file published by a public body under the{' '}
        <a href={OGL_V3_URL} rel="license noreferrer">
          Open Government Licence v3.0
        </a>{' '}
        (House of Commons Library estimates: the{' '}
        <a href={LICENCE_URLS['Open Parliament Licence v3.0']} rel="license noreferrer">
          Open Parliament Licence v3.0
        </a>
        ). Nothing is sent anywhere: the data are part of the page.
      </p>
      <h3 id="colours">How to read the colours</h3>
      <p>
        Where an area is compared with England (or with {snapshot.place.localAuthority.name} when England’s figure is not in the data),
        the comparison uses the range within which the true value is likely to lie (the 95% confidence interval). If that range
        is wholly above or below the benchmark, the difference is called significant and labelled better or worse (or higher or
        lower where neither is good or bad). Otherwise it is “not significantly different”. The label is always written in words
        as well as shown in colour.
      </p>
      <p>
        On the map, darker shading means more of the thing measured (more deprivation, more bad health). Each shade holds areas
        with similar figures, chosen where the figures have their biggest gaps; the key lists the range of each shade.
      </p>
    </>
  );
}

/** Every indicator by theme: what it measures, why it matters, its source and caveats. */
export function IndicatorNotes({ indicators }: { indicators: IndicatorMeta[] }) {
  return (
    <>
      {groupByTheme(indicators).map(([theme, list]) => (
        <section key={theme}>
          <h4>{theme}</h4>
          <dl className="indicator-list">
            {list.map((m) => (
              <div key={m.id} id={`indicator-${m.id}`}>
                <dt>
                  {m.name} <span className="period">({m.period})</span>
                </dt>
                <dd>
                  <p>
                    <strong>What it measures:</strong> {m.definition}
                  </p>
                  <p>
                    <strong>Why it matters:</strong> {m.whyItMatters}
                  </p>
                  <p>
                    <strong>Source:</strong> {m.source}. {publisherName(m.publisher)}. {m.licence}.
                  </p>
                  {m.caveats.length > 0 && (
                    <ul>
                      {m.caveats.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

/** The snapshot's source files, and any notes from reading them. */
export function SourceFiles({ snapshot }: { snapshot: Snapshot }) {
  return (
    <>
      <h3 id="sources">Source files</h3>
      <p>
        The snapshot was built on {longDate(snapshot.manifest.builtOn)} from these files. Each file’s checksum (SHA-256) is kept with
        the snapshot, so anyone can check a figure against the publisher’s own file.
      </p>
      <ScrollBox label="Source files">
        <table className="area-table">
          <caption>Source files of this snapshot</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">What it is</th>
              <th scope="col">Publisher</th>
              <th scope="col">Period</th>
              <th scope="col">Licence</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.manifest.sources.map((s) => (
              <tr key={s.path}>
                <th scope="row">
                  <code>{s.path}</code>
                </th>
                <td>{s.title}</td>
                <td>{s.publisher}</td>
                <td>{s.period}</td>
                <td>{s.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {snapshot.warnings.length > 0 && (
        <>
          <h3>Notes from reading the bundled data</h3>
          <ul>
            {snapshot.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The page's sections, so a reader can jump to the glossary or the accessibility statement. */
export function AboutContents() {
  const sections: [string, string][] = [
    ['colours', 'How to read the colours'],
    ['glossary', 'Words used on these pages'],
    ['indicators', 'The indicators'],
    ['sources', 'Source files'],
    ['accessibility', 'Accessibility statement and how to report a problem'],
  ];
  return (
    <nav aria-labelledby="about-contents-title" className="about-contents">
      <h3 id="about-contents-title">On this page</h3>
      <ol>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Every statistical term the pages use, in plain words (src/core/glossary.ts). */
export function Glossary() {
  return (
    <section aria-labelledby="glossary">
      <h3 id="glossary">Words used on these pages</h3>
      <dl className="glossary">
        {GLOSSARY.map((e) => (
          <div key={e.id} id={`term-${e.id}`}>
            <dt>
              {e.term}
              {e.alsoCalled && <span className="also-called"> (also called {e.alsoCalled})</span>}
            </dt>
            <dd>{e.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** How the dashboard is made accessible, its known limits, and where to report a problem. */
export function AccessibilityStatement({ contact, alliance }: { contact: PlaceContact; alliance: string }) {
  return (
    <>
      <h3 id="accessibility">Accessibility statement</h3>
      <p>
        We want everyone to be able to use this dashboard. Every map and chart has a table of the same figures and a sentence
        that sums it up. Every outcome is written in words, not only shown in colour, and a colour-blind-safe palette is the
        default. Everything can be used with a keyboard: press Tab to move between areas on the map and Enter to open one. The
        pages are tested automatically with axe-core for WCAG 2.2 AA issues on every change.
      </p>
      <p>
        Known limits: area names on the map are hidden where they would overlap (zoom in to see them, or use the table); the
        optional street map comes from OpenStreetMap and is off unless you turn it on.
      </p>
      <h4>Reporting a problem</h4>
      <p>
        If something on these pages does not work for you — you cannot reach a part of it with your keyboard or screen reader, a
        colour or text is hard to read, or a figure looks wrong — please tell {contact.name}, for the {alliance}:{' '}
        <a href={contact.url}>{contact.url.replace(/^mailto:/, '')}</a>. Say which page you were on (copy its address) and what you
        were trying to do. If you need the figures in another format, ask there too.
      </p>
    </>
  );
}
