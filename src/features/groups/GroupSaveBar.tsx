export type Message = { kind: 'done' | 'problem'; text: string } | null;

/** The save button, and what saving, opening or deleting said. */
export function GroupSaveBar({ saved, message, onSave }: { saved: boolean; message: Message; onSave(): void }) {
  return (
    <div className="gr-save">
      <button type="button" onClick={onSave}>
        {saved ? 'Saved in this browser' : 'Save group in this browser'}
      </button>
      <div aria-live="polite" className="gr-message-host">
        {message && (
          <p className={message.kind === 'problem' ? 'gr-problem' : 'gr-done'} role={message.kind === 'problem' ? 'alert' : undefined}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
