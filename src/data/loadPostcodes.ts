import { readPostcodeFile } from '../core/postcodeLookup';
import type { PostcodeFile } from '../domain/postcodes';
// The postcode → ward list (about 130 kB, 30 kB compressed). Importing the URL loads nothing: the file is
// fetched only when someone searches for a postcode, from this site, with nothing added to the address,
// so the postcode typed never leaves the browser.
import postcodesUrl from '@data/postcodes.json?url';

let pending: Promise<PostcodeFile> | null = null;

/** Fetches data/postcodes.json once (a failure is forgotten, so the next search tries again). */
export function loadPostcodes(url: string = postcodesUrl): Promise<PostcodeFile> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`the postcode list could not be loaded (${response.status})`);
      return response.json() as Promise<unknown>;
    })
    .then(readPostcodeFile)
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
