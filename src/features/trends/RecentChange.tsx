import { TREND_METHOD } from '../../core/periodChange';

interface RecentChangeProps {
  placeName: string;
  statements: string[];
  /** Whether higher or lower is better, in words. */
  polarity: string;
}

/** "Recent change in York": what changed lately, which way is better, and how change is judged. */
export function RecentChange({ placeName, statements, polarity }: RecentChangeProps) {
  return (
    <section className="tr-change" aria-labelledby="tr-change-title">
      <h3 id="tr-change-title">Recent change in {placeName}</h3>
      <ul id="tr-change-list">
        {statements.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="tr-polarity">{polarity}</p>
      <p className="tr-method">{TREND_METHOD}</p>
    </section>
  );
}
