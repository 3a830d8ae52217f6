import type { ConcernNotice } from '../core/concernNotice';
import { hrefTo } from './url/keys';

interface ConcernNoticeTextProps {
  notice: ConcernNotice;
  placeName: string;
  /** What cannot be done with it on this page: "mapped", "ranked", "shown for the ward". */
  cannot: string;
  /** The briefing's notice: printed, it leaves out the import route (paper cannot load a file); the links read as the pages' names. */
  print?: boolean;
}

/**
 * One paragraph, said once per page: no ward figure for alcohol harm exists in the open data held here,
 * where to see the place's own series, and (where importing is offered) how a ward extract gets in.
 */
export function ConcernNoticeText({ notice, placeName, cannot, print = false }: ConcernNoticeTextProps) {
  const theme = notice.theme.toLowerCase();
  const series = notice.series;
  return (
    <p className="concern-notice" data-concern-notice="">
      <strong>No ward figures for {theme}.</strong> Open data give {theme} (hospital admissions and deaths) for {placeName} as a whole, not
      for its wards, so it cannot be {cannot} here.
      {series && (
        <>
          {' '}
          See {placeName}’s own series on <a href={hrefTo('trends', { indicator: series.id })}>Trends</a> and{' '}
          <a href={hrefTo('authorities', { indicator: series.id })}>{placeName} among England’s authorities</a>, two pages of
          this dashboard.
        </>
      )}
      {!__READ_ONLY__ && (
        // Paper cannot load a file: a printed briefing leaves the import route out.
        <span className={print ? 'no-print' : undefined}>
          {' '}
          Ward figures, for example OHID’s Local Health export for wards or hospital admissions by ward from the council’s public health
          team, can be loaded on the <a href={hrefTo('import')}>Import data</a> page; they stay in this browser and are then mapped and ranked
          first.
        </span>
      )}
    </p>
  );
}
