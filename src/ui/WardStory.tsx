import type { WardStory as Story } from '../core/wardStory';
import { findingCount } from '../core/wardStory';
import { ConcernNoticeText } from './ConcernNoticeText';
import './wardStory.css';

interface WardStoryProps {
  story: Story;
  placeName: string;
  /** Printed (the briefing): links are written as words. */
  print?: boolean;
  /** The findings are listed elsewhere on the page (the briefing's page 2): leave them out here. */
  withFindings?: boolean;
  /** The place's context is shown elsewhere on the page. */
  withContext?: boolean;
}

/** A ward in plain English: its place among the wards, who lives there, what is worse and better, the place's context. */
export function WardStory({ story, placeName, print = false, withFindings = true, withContext = true }: WardStoryProps) {
  return (
    <section className="ward-story" aria-label={`${story.wardName} in brief`}>
      {story.deprivation && (
        <p className="ws-lead">
          <strong>{story.deprivation.sentence}</strong>
          <span className="ws-measure"> on the {story.deprivation.measure}.</span>
        </p>
      )}
      {story.residents && <p>{story.residents}</p>}
      {withFindings && <StoryFindings story={story} />}
      {withContext && <PlaceContextList story={story} placeName={placeName} print={print} />}
    </section>
  );
}

/** The significant differences, one benchmark per list, every one listed and counted. */
export function StoryFindings({ story, headingLevel = 3 }: { story: Pick<Story, 'wardName' | 'groups'>; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (story.groups.length === 0) {
    return <p>None of {story.wardName}’s figures is significantly better or worse than the figure it is compared with.</p>;
  }
  return (
    <>
      <p className="ws-note">
        “Significantly”: the range within which the true value is likely to lie (95% confidence interval) does not include the figure it
        is compared with, so the difference is unlikely to be chance.
      </p>
      {story.groups.map((g) => (
        <div key={`${g.direction}-${g.benchmarkName}`} className={`ws-group ws-${g.direction}`} data-finding-group={g.findings.length}>
          <Heading>
            {g.heading}: {findingCount(g.findings.length)}
          </Heading>
          <ul>
            {g.findings.map((f) => (
              <li key={f.key} data-series={f.key}>
                {f.sentence}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The place's own figures (life expectancy, alcohol), and that no ward figure exists for alcohol. */
export function PlaceContextList({ story, placeName, print = false, headingLevel = 3 }: { story: Pick<Story, 'context' | 'concern'>; placeName: string; print?: boolean; headingLevel?: 3 | 4 }) {
  if (story.context.length === 0 && !story.concern) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="ws-context">
      <Heading>{placeName} as a whole</Heading>
      <p className="ws-note">Published for {placeName} as a whole, not for its wards.</p>
      <ul>
        {story.context.map((c) => (
          <li key={c.key}>{c.sentence}</li>
        ))}
      </ul>
      {story.concern && <ConcernNoticeText notice={story.concern} placeName={placeName} cannot="shown for a ward" print={print} />}
    </div>
  );
}
