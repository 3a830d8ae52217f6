import type { Place } from '../../domain/place';
import { OGL_V3_URL } from '../../domain/place';
import type { BriefingArea } from './model';
import type { GlossaryEntry } from '../../core/glossary';

interface BriefingControlsProps {
  area: BriefingArea;
  choice: string;
  place: Place;
  onChoose(code: string): void;
}

/** Which briefing (the group from a link, the whole place or a ward) and the print button; not printed. */
export function BriefingControls({ area, choice, place, onChoose }: BriefingControlsProps) {
  return (
    <div className="briefing-controls no-print">
      <label>
        Briefing for
        <select value={choice} onChange={(e) => onChoose(e.target.value)}>
          {area.kind === 'group' && <option value="group">{area.name} (ward group)</option>}
          <option value="">{place.localAuthority.name} (whole city)</option>
          {place.wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}

interface BriefingHeaderProps {
  area: BriefingArea;
  description: string;
  date: string;
  place: Place;
}

/** The briefing's title, what the area is, the snapshot's date and how to read "significantly". */
export function BriefingHeader({ area, description, date, place }: BriefingHeaderProps) {
  return (
    <header className="briefing-title">
      <h2>
        {area.name}: health and inequalities briefing
      </h2>
      {area.notice && (
        <p role="status" className="warning no-print">
          {area.notice}
        </p>
      )}
      <p>
        {description}
        . Data snapshot of{' '}
        {date}. Prepared from open data by the {place.alliance} population health dashboard.
      </p>
    </header>
  );
}

/** Page 1: the area's place among the wards, and the key messages in plain words. */
export function AtAGlance({ lead, measure, messages }: { lead: string | null; measure: string | null; messages: readonly string[] }) {
  return (
    <section className="briefing-section briefing-glance" aria-labelledby="briefing-messages">
      {lead && (
        <p className="briefing-lead">
          <strong>{lead}.</strong>
          {measure && <span className="briefing-measure"> Measured on the {measure}.</span>}
        </p>
      )}
      <h3 id="briefing-messages">Key messages</h3>
      <ul className="briefing-messages">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

/** The glossary: every term the briefing uses, one or two sentences each. */
export function BriefingGlossary({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <section className="briefing-section briefing-glossary" aria-labelledby="briefing-glossary">
      <h3 id="briefing-glossary">Glossary</h3>
      <dl>
        {entries.map((e) => (
          <div key={e.id}>
            <dt>
              {e.term}
              {e.alsoCalled && <span className="briefing-also"> ({e.alsoCalled})</span>}
            </dt>
            <dd>{e.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The sources used, their licences and the source files' attributions. */
export function BriefingSources({ sources, licenceNote, attributions }: { sources: readonly { publisher: string; licence: string; datasets: string[] }[]; licenceNote: string; attributions: readonly string[] }) {
  return (
    <section className="briefing-section briefing-sources">
      <h3>Sources</h3>
      {sources.map((s) => (
        <p key={`${s.publisher} ${s.licence}`} className="briefing-source">
          <strong>{s.publisher}</strong> ({s.licence}): {s.datasets.join('; ')}.
        </p>
      ))}
      <p>
        All data are open data under the Open Government Licence v3.0 ({OGL_V3_URL})
        {licenceNote}.
      </p>
      <ul>
        {attributions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
