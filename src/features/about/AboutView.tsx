import { type ViewProps } from '../../ui/viewProps';
import { AboutIntro, AccessibilityStatement, IndicatorNotes, SourceFiles } from './AboutParts';

/** Plain-English notes on every indicator and every source file: what it measures, where it came from. */
export default function AboutView({ data }: ViewProps) {
  const { snapshot, indicators } = data;
  return (
    <article className="prose">
      <h2>About the data</h2>
      <AboutIntro snapshot={snapshot} />
      <h3>The indicators</h3>
      <IndicatorNotes indicators={indicators} />
      <SourceFiles snapshot={snapshot} />
      <AccessibilityStatement />
    </article>
  );
}
