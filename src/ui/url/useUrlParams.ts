// The address bar as typed values: a view lists the keys it reads and writes (declared in keys.ts) and gets
// their values and an update function. The only code that touches window.location's query or window.history.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { applyChanges, historyModeOf, readParams, type HistoryMode, type UrlChanges, type UrlKey, type UrlValues } from './keys';

const CHANGE_EVENT = 'urlstatechange';

const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  window.addEventListener(CHANGE_EVENT, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener(CHANGE_EVENT, notify);
  };
};

const snapshot = () => window.location.search;

export interface UpdateOptions {
  /** Overrides the keys' declared history behaviour for this one change. */
  history?: HistoryMode;
}

export type UrlUpdate<K extends UrlKey> = (changes: UrlChanges<K>, options?: UpdateOptions) => void;

/** Writes `changes` into the address: a new history entry, or the current one replaced (see keys.ts). */
export function updateUrl(changes: UrlChanges<UrlKey>, options: UpdateOptions = {}): void {
  const query = applyChanges(window.location.search, changes);
  const address = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if ((options.history ?? historyModeOf(changes)) === 'replace') window.history.replaceState(null, '', address);
  else window.history.pushState(null, '', address);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The typed values of `keys` (a constant list, declared once per view) and the function that changes them.
 * Every selection lives in the query string so a reload or a shared link restores the same screen.
 */
export function useUrlParams<K extends UrlKey>(keys: readonly K[]): [UrlValues<K>, UrlUpdate<K>] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const values = useMemo(() => readParams(search, keys), [search, keys]);
  const update = useCallback<UrlUpdate<K>>((changes, options) => updateUrl(changes, options), []);
  return [values, update];
}

/** A link made by hrefTo as a full address (to copy and share). */
export function absoluteUrl(href: string): string {
  return `${window.location.origin}${window.location.pathname}${href}`;
}
