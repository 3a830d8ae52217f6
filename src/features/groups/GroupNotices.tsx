import type { DecodedGroup } from '../../core/wardGroups';

interface GroupNoticesProps {
  decoded: DecodedGroup | null;
  edited: boolean;
  openedFromLink: boolean;
  savedMatch: boolean;
  label: string;
  wardCount: number;
  placeName: string;
  onSave(): void;
}

/** What the address said: a group that cannot be shown, codes left out, or a shared group not yet saved here. */
export function GroupNotices({ decoded, edited, openedFromLink, savedMatch, label, wardCount, placeName, onSave }: GroupNoticesProps) {
  return (
    <>
      {decoded && !decoded.ok && (
        <div className="gr-alert" role="alert">
          <p>
            <strong>The group in this link cannot be shown.</strong> {decoded.problem}
          </p>
          {decoded.unknownCodes.length > 0 && <p>Codes that are not {placeName} wards: {decoded.unknownCodes.join(', ')}.</p>}
          <p>Start a new group below, or open one saved in this browser.</p>
        </div>
      )}
      {decoded?.ok && (decoded.warnings.length > 0 || decoded.unknownCodes.length > 0) && !edited && (
        <div className="gr-alert" role="alert">
          {decoded.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
          {decoded.unknownCodes.length > 0 && (
            <p>
              The link lists {decoded.unknownCodes.length === 1 ? 'a code that is' : 'codes that are'} not one of {placeName}’s wards, so{' '}
              {decoded.unknownCodes.length === 1 ? 'it was' : 'they were'} left out: {decoded.unknownCodes.join(', ')}.
            </p>
          )}
        </div>
      )}
      {openedFromLink && decoded?.ok && !edited && !savedMatch && (
        <div className="gr-offer" role="status">
          <p>
            You opened a shared group, {label}, with {wardCount} {wardCount === 1 ? 'ward' : 'wards'}. It is
            not saved in this browser.
          </p>
          <button type="button" onClick={onSave}>
            Save this group in this browser
          </button>
        </div>
      )}
    </>
  );
}
