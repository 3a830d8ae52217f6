/** What the link asked for and this dashboard does not have: a theme, or a ward of the place. */
export function LinkProblems({ unknownTheme, unknownWard, placeName }: { unknownTheme: boolean; unknownWard: boolean; placeName: string }) {
  return (
    <>
      {unknownTheme && (
        <p className="pr-note" role="status">
          The theme in this link is not one this dashboard has, so every theme is shown.
        </p>
      )}
      {unknownWard && (
        <p className="pr-note" role="status">
          The ward code in this link is not one of {placeName}’s wards, so every ward is shown.
        </p>
      )}
    </>
  );
}
