/** What the link asked for and this dashboard does not have: a theme, or a ward of the place. */
export function LinkProblems({ unknownTheme, wardNotice }: { unknownTheme: boolean; wardNotice: string | null }) {
  return (
    <>
      {unknownTheme && (
        <p className="pr-note" role="status">
          The theme in this link is not one this dashboard has, so every theme is shown.
        </p>
      )}
      {/* The same words as every view given an unknown area (unknownAreaNotice in core/selection). */}
      {wardNotice && (
        <p className="pr-note" role="status">
          {wardNotice}
        </p>
      )}
    </>
  );
}
