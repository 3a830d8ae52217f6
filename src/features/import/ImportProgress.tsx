import { percentRead, type ImportStatus } from './importStatus';

/** While a file is read or saved, and when it was stopped or failed: what is happening, with Cancel while reading. */
export function ImportProgress({ status, onCancel }: { status: ImportStatus; onCancel(): void }) {
  if (status.kind === 'reading') {
    return (
      <div className="progress" role="status" aria-live="polite">
        {status.stage === 'reading' ? (
          <>
            <label>
              Reading {status.fileName}: {percentRead(status.fraction)}%
              <progress max={1} value={status.fraction} />
            </label>
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          </>
        ) : (
          <label>
            Saving {status.fileName} in this browser…
            <progress />
          </label>
        )}
      </div>
    );
  }
  if (status.kind === 'cancelled') return <p role="status">Import of {status.fileName} cancelled. Nothing was saved.</p>;
  if (status.kind === 'crashed') {
    return (
      <p role="alert">
        {status.fileName} could not be read: {status.message}. Nothing was saved, and your earlier imports are untouched.
      </p>
    );
  }
  return null;
}
