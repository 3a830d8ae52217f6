// Finding authorities by typed text, for the comparator picker. Pure.

export interface AuthorityOption {
  code: string;
  name: string;
}

/** Name matches first where the name starts with the text, then where a word does, then anywhere. */
export function matchAuthorities(options: AuthorityOption[], query: string): AuthorityOption[] {
  const q = query.trim().toLowerCase();
  if (q === '') return options;
  const score = (o: AuthorityOption) => {
    const name = o.name.toLowerCase();
    if (name.startsWith(q) || o.code.toLowerCase() === q) return 0;
    if (name.split(/[\s,-]+/).some((w) => w.startsWith(q))) return 1;
    return name.includes(q) ? 2 : 3;
  };
  return options
    .map((o) => ({ o, s: score(o) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.o.name.localeCompare(b.o.name))
    .map((x) => x.o);
}

/** How many matches the picker lists at most. */
export const SHOWN = 12;

/** The picker's status line: loading, full, or how many authorities match the text. */
export function pickerStatus(s: { loading: boolean; full: boolean; open: boolean; query: string; matches: number; max: number }): string {
  const { loading, full, open, query, matches, max } = s;
  return loading
    ? 'Loading the list of authorities…'
    : full
      ? `You can compare up to ${max} authorities. Remove one to add another.`
      : open && query.trim() !== ''
        ? `${matches} ${matches === 1 ? 'authority matches' : 'authorities match'}${matches > SHOWN ? `; the first ${SHOWN} are listed` : ''}.`
        : '';
}
