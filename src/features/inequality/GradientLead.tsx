interface GradientLeadProps {
  sentence: string;
  /** Things to read with care; the list is left out when there are none. */
  notes: string[];
}

/** The sentence that answers the question, with its notes. */
export function GradientLead({ sentence, notes }: GradientLeadProps) {
  return (
    <div className="iq-lead">
      <p className="summary" id="iq-sentence">
        {sentence}
      </p>
      {notes.length > 0 && (
        <ul className="iq-notes" aria-label="Read with care">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The indicator's caveats, when it has any. */
export function Caveats({ caveats }: { caveats: string[] }) {
  if (caveats.length === 0) return null;
  return (
    <ul className="caveats">
      {caveats.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}
