// "Find my ward": a resident types a postcode or part of a ward's name and the ward opens. The reading and
// the answers are in core/postcodeLookup.ts; the postcode list is fetched (by `load`) only when a postcode is
// searched, and nothing typed is sent anywhere.
import { useRef, useState, type FormEvent } from 'react';
import { answerWithoutPostcodes, lookupPostcode, readQuery, type LookupResult } from '../core/postcodeLookup';
import type { NamedArea } from '../domain/place';
import type { PostcodeFile } from '../domain/postcodes';

interface FindMyWardProps {
  wards: readonly NamedArea[];
  placeName: string;
  /** Name of the neighbourhood (LSOA) outlined on the map now, if any: said under the result. */
  outlinedName: string | null;
  load(): Promise<PostcodeFile>;
  /** Opens a ward; `lsoaCode` is the neighbourhood to outline (null for none). */
  onOpen(wardCode: string, lsoaCode: string | null): void;
}

interface Shown {
  result: LookupResult;
  /** The licence lines, after any answer that came from the postcode list. */
  attribution: string[];
}

export function FindMyWard({ wards, placeName, outlinedName, load, onOpen }: FindMyWardProps) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const wardName = (code: string) => wards.find((w) => w.code === code)?.name;

  const search = async (input: string) => {
    const ticket = ++latest.current;
    const query = readQuery(input);
    const direct = answerWithoutPostcodes(query, input, wards, placeName);
    if (direct || query.kind !== 'postcode') {
      const result = direct ?? { kind: 'empty' as const, message: '' };
      if (result.kind === 'ward') onOpen(result.wardCode, null);
      setShown({ result, attribution: [] });
      return;
    }
    setBusy(true);
    try {
      const file = await load();
      if (ticket !== latest.current) return;
      const result = lookupPostcode(file, query.postcode, wardName);
      if (result.kind === 'found') onOpen(result.wardCode, result.lsoaCode);
      setShown({ result, attribution: file.attribution });
    } catch (error) {
      if (ticket !== latest.current) return;
      const reason = error instanceof Error ? error.message : String(error);
      setShown({
        result: { kind: 'malformed', message: `Sorry, ${reason}. Try again, or type your ward’s name.` },
        attribution: [],
      });
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('find-ward');
    void search(typeof value === 'string' ? value : '');
  };

  const result = shown?.result;
  return (
    <form className="find-ward" role="search" aria-label="Find my ward" onSubmit={submit}>
      <div className="find-ward-row">
        <label htmlFor="find-ward-input">Your postcode or ward</label>
        <span className="find-ward-field">
          <input id="find-ward-input" name="find-ward" type="text" autoComplete="postal-code" spellCheck={false} enterKeyHint="search" />
          <button type="submit" disabled={busy}>
            Search
          </button>
        </span>
      </div>
      <div className="find-ward-result" role="status">
        {busy && <p>Looking up the postcode…</p>}
        {!busy && result && (
          <p className={result.kind === 'found' || result.kind === 'ward' ? 'find-ward-found' : undefined}>
            {result.message}
            {result.kind === 'found' && outlinedName && ` The dashed outline on the map marks its neighbourhood, ${outlinedName}.`}
          </p>
        )}
        {!busy && !result && outlinedName && <p>The dashed outline on the map marks the neighbourhood {outlinedName}.</p>}
        {!busy && result?.kind === 'wards' && (
          <ul className="find-ward-choices">
            {result.wards.map((w) => (
              <li key={w.code}>
                <button type="button" className="link-button" onClick={() => onOpen(w.code, null)}>
                  {w.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!busy && shown && shown.attribution.length > 0 && <p className="find-ward-attribution">Postcodes: {shown.attribution.join(' ')}</p>}
      </div>
    </form>
  );
}
