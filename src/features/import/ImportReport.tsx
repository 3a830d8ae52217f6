import type { IngestSummary } from '../../data/imported/runIngestWorker';
import { contentsSentences, FORMAT_NAMES, statsSentence } from '../../ingest/report';
import { shownSentence } from '../../ingest/importedRows';
import { downloadBlob } from '../../ui/download';

export function ImportReport({ fileName, summary, placeName }: { fileName: string; summary: IngestSummary; placeName: string }) {
  const failed = Boolean(summary.error) || (summary.savedAs === null && !summary.needsMapping);
  return (
    <section className={`import-report ${failed ? 'failed' : 'succeeded'}`} aria-labelledby="import-report-title">
      <h3 id="import-report-title">
        {summary.savedAs ? `Imported ${fileName}` : summary.needsMapping ? `Check the columns of ${fileName}` : `${fileName} was not imported`}
      </h3>
      {summary.error && <p role="alert">{summary.error}</p>}
      {!summary.error && !summary.needsMapping && summary.savedAs === null && (
        <p role="alert">No row could be used, so nothing was saved. The reasons are listed below.</p>
      )}
      <p role="status">
        Read as {FORMAT_NAMES[summary.format]}.{' '}
        <strong>{summary.needsMapping && summary.stats.read === 0 ? 'Nothing has been imported yet: choose the columns below.' : statsSentence(summary.stats)}</strong>
        {summary.savedAs && ` ${summary.indicators.length} indicator${summary.indicators.length === 1 ? '' : 's'} added, labelled “imported”.`}
      </p>
      {summary.savedAs && (
        <>
          <h4>What the file holds</h4>
          <ul className="import-contents">
            {contentsSentences(summary.contents).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{shownSentence(summary.shownRows, summary.otherRows, placeName)}</p>
        </>
      )}
      {summary.warnings.length > 0 && (
        <>
          <h4>Things to check</h4>
          <ul>
            {summary.warnings.slice(0, 10).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {summary.warnings.length > 10 && <li>and {summary.warnings.length - 10} more.</li>}
          </ul>
        </>
      )}
      {summary.stats.rejected > 0 && (
        <>
          <h4>Rows not used</h4>
          <ul>
            {summary.rejectedSample.map((r) => (
              <li key={`${r.line}-${r.reason}`}>
                Line {r.line}: {r.reason}
              </li>
            ))}
          </ul>
          {summary.rejections && (
            <button type="button" className="secondary" onClick={() => summary.rejections && downloadBlob(summary.rejections, `${fileName}-problems.csv`)}>
              {summary.stats.rejected === 1 ? 'Download the problem (CSV)' : `Download all ${summary.stats.rejected.toLocaleString('en-GB')} problems (CSV)`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
