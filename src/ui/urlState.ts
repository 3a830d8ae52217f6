import { useCallback, useSyncExternalStore } from 'react';

// Every selection lives in the query string so a reload or a shared link restores the same screen.
const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  window.addEventListener('urlstatechange', notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener('urlstatechange', notify);
  };
};

const snapshot = () => window.location.search;

export type UrlState = Record<string, string>;

export function readUrlState(search: string): UrlState {
  return Object.fromEntries(new URLSearchParams(search));
}

export function useUrlState(): [UrlState, (changes: Record<string, string | null>) => void] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const update = useCallback((changes: Record<string, string | null>) => {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    window.dispatchEvent(new Event('urlstatechange'));
  }, []);
  return [readUrlState(search), update];
}
