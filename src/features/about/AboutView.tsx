import './styles.css';
import { type ViewProps } from '../../ui/viewProps';
import { AboutContents, AboutIntro, AccessibilityStatement, Glossary, IndicatorNotes, SourceFiles } from './AboutParts';

/** Plain-English notes on every indicator and every source file: what it measures, where it came from. */
export default function AboutView({ data }: ViewProps) {
  const { snapshot, indicators } = data;
  return (
    <article className="prose">
      <h2>About the data</h2>
      <AboutContents />
      <AboutIntro snapshot={snapshot} />
      <Glossary />
      <h3 id="indicators">The indicators</h3>
      <IndicatorNotes indicators={indicators} />
      <SourceFiles snapshot={snapshot} />
      <AccessibilityStatement contact={snapshot.place.contact} alliance={snapshot.place.alliance} />
    </article>
  );
}
