// The words and small set sums of the ward-group view, out of its components. Pure: no React, no DOM.

/** "this group" while the group has no name, otherwise its name in curly quotes. */
export function groupLabel(name: string): string {
  return name === '' ? 'this group' : `“${name}”`;
}

/**
 * The results table's caption: the group's name (or "The group"), how many wards, and what it is set beside;
 * null while no ward is ticked.
 */
export function groupCaption(
  name: string,
  hasWards: boolean,
  wardNames: readonly string[],
  placeName: string,
  countryName: string,
): string | null {
  if (!hasWards) return null;
  return `${name === '' ? 'The group' : name}: ${wardNames.length} ${wardNames.length === 1 ? 'ward' : 'wards'}, beside ${placeName} and ${countryName}`;
}

/** The ticked codes after ticking `code` (when it was not ticked) or unticking it (when it was). */
export function toggledCodes(selected: ReadonlySet<string>, code: string): string[] {
  const next = new Set(selected);
  if (next.has(code)) next.delete(code);
  else next.add(code);
  return [...next];
}

/** What saving says: "Saved" a new group, "Updated" one that replaced a saved group of the same name. */
export function savedText(name: string, replaced: boolean): string {
  return `${replaced ? 'Updated' : 'Saved'} “${name}” in this browser. It stays here until you delete it.`;
}

/** What opening a saved group says. */
export function openedText(name: string): string {
  return `Showing “${name}”.`;
}

/** What deleting a saved group says when it worked. */
export function deletedText(name: string): string {
  return `Deleted “${name}” from this browser.`;
}

export const COPIED_TEXT = 'Link copied. Anyone with the link sees the same group; nothing is sent anywhere until they open it.';
export const COPY_FAILED_TEXT = 'This browser would not copy the link: select the link above and copy it yourself.';
