import type { ReactNode } from 'react';
import type { Place } from '../../domain/place';
import { OGL_V3_URL } from '../../domain/place';
import type { BriefingArea, Finding } from './model';

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
      <p className="briefing-how">
        Figures are compared with England, or with {place.localAuthority.name} where England’s figure is not in the data. “Significantly”
        means the range within which the true value is likely to lie (95% confidence interval) does not include the benchmark.
      </p>
    </header>
  );
}

/** Up to six significant differences for the worse and four for the better, each in one sentence. */
export function KeyFindings({ areaName, findings, children }: { areaName: string; findings: readonly Finding[]; children?: ReactNode }) {
  const worse = findings.filter((f) => f.direction === 'worse');
  const better = findings.filter((f) => f.direction === 'better');
  return (
    <section className="briefing-section">
      <h3>Key findings</h3>
      {worse.length === 0 && <p>No indicator is significantly worse than the benchmark for {areaName}.</p>}
      {worse.length > 0 && (
        <>
          <p>
            <strong>Where {areaName} is significantly worse</strong> ({worse.length}):
          </p>
          <ol>
            {worse.slice(0, 6).map((f) => (
              <li key={f.key} data-series={f.key}>{f.sentence}</li>
            ))}
          </ol>
        </>
      )}
      {better.length > 0 && (
        <>
          <p>
            <strong>Where {areaName} is significantly better</strong> ({better.length}):
          </p>
          <ul>
            {better.slice(0, 4).map((f) => (
              <li key={f.key} data-series={f.key}>{f.sentence}</li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}

/** The sources used, their licences and the source files' attributions. */
export function BriefingSources({ sources, licenceNote, attributions }: { sources: readonly string[]; licenceNote: string; attributions: readonly string[] }) {
  return (
    <section className="briefing-section briefing-sources">
      <h3>Sources</h3>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
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
