interface GroupShareProps {
  shareUrl: string;
  copyStatus: string;
  /** "this group" or the group's name in quotes. */
  label: string;
  briefingHref: string;
  onCopy(): void;
}

/** The group's link, a button to copy it, and a link to its printable briefing. */
export function GroupShare({ shareUrl, copyStatus, label, briefingHref, onCopy }: GroupShareProps) {
  return (
    <div className="gr-share">
      <label htmlFor="gr-share-link">Link to this group (to share it)</label>
      <input id="gr-share-link" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="secondary" onClick={onCopy}>
        Copy link
      </button>
      <p className="gr-hint" aria-live="polite">
        {copyStatus}
      </p>
      <p>
        <a href={briefingHref}>Print a briefing for {label}</a>
      </p>
    </div>
  );
}
