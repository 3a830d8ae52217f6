import type { IngestSummary } from '../../data/imported/runIngestWorker';
import { FORMAT_NAMES, rejectionsCsv, statsSentence } from '../../model/importReport';
import { downloadText } from '../download';

const SHOWN_PROBLEMS = 5;

export function ImportReport({ fileName, summary }: { fileName: string; summary: IngestSummary }) {
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
        Read as {FORMAT_NAMES[summary.format]}. <strong>{statsSentence(summary.stats)}</strong>
        {summary.savedAs && ` ${summary.indicators.length} indicator${summary.indicators.length === 1 ? '' : 's'} added, labelled “imported”.`}
      </p>
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
      {summary.rejected.length > 0 && (
        <>
          <h4>Rows not used</h4>
          <ul>
            {summary.rejected.slice(0, SHOWN_PROBLEMS).map((r) => (
              <li key={`${r.line}-${r.reason}`}>
                Line {r.line}: {r.reason}
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => downloadText(rejectionsCsv(summary.rejected), `${fileName}-problems.csv`)}>
            Download all {summary.rejected.length.toLocaleString('en-GB')} problems (CSV)
          </button>
        </>
      )}
    </section>
  );
}
