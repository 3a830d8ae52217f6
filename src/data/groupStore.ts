// Ward groups saved in this browser only (localStorage): never sent anywhere. Kept apart from the imported
// datasets' IndexedDB ('york-health-dashboard'), whose version this file must never touch.
import type { Place } from '../domain/place';
import { checkGroup, type WardGroup } from '../core/wardGroups';

export interface SavedGroup extends WardGroup {
  id: string;
  savedAt: string;
}

export const GROUPS_KEY = 'york-health-dashboard:ward-groups:v1';
/** A browser keeps at most this many groups; saving more asks the user to delete one. */
export const MAX_SAVED_GROUPS = 50;
const CHANGE_EVENT = 'wardgroupschange';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage turned off
  }
}

function isSavedGroup(value: unknown): value is SavedGroup {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.savedAt === 'string' &&
    Array.isArray(v.wardCodes) &&
    v.wardCodes.every((c) => typeof c === 'string')
  );
}

/** Parses the stored text; anything unreadable is skipped, never thrown. */
export function parseStoredGroups(text: string | null): SavedGroup[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isSavedGroup) : [];
  } catch {
    return [];
  }
}

let cachedText: string | null | undefined;
let cachedGroups: SavedGroup[] = [];

/** Saved groups, newest first. The same array is returned until the store changes (for useSyncExternalStore). */
export function listGroups(): SavedGroup[] {
  let text: string | null = null;
  try {
    text = storage()?.getItem(GROUPS_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text !== cachedText) {
    cachedText = text;
    cachedGroups = parseStoredGroups(text).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }
  return cachedGroups;
}

export function subscribeGroups(notify: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, notify);
  window.addEventListener('storage', notify); // another tab saved or deleted a group
  return () => {
    window.removeEventListener(CHANGE_EVENT, notify);
    window.removeEventListener('storage', notify);
  };
}

function write(groups: SavedGroup[]): string | null {
  const store = storage();
  if (!store) return 'This browser does not let the dashboard save anything (storage is turned off). Nothing was saved.';
  try {
    store.setItem(GROUPS_KEY, JSON.stringify(groups));
  } catch {
    return 'This browser would not save the group (its storage may be full). Nothing was saved.';
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return null;
}

export type SaveResult = { ok: true; group: SavedGroup; replaced: boolean } | { ok: false; problem: string };

/**
 * Checks and saves a group. A group with the same name replaces the saved one (so "Save" after editing
 * updates it). A group with no wards, no name or too long a name is refused and nothing is written.
 */
export function saveGroup(name: string, wardCodes: readonly string[], place: Place, now = new Date()): SaveResult {
  const checked = checkGroup(name, wardCodes, place);
  if (!checked.ok) return checked;
  const existing = listGroups();
  const previous = existing.find((g) => g.name === checked.group.name);
  if (!previous && existing.length >= MAX_SAVED_GROUPS) {
    return { ok: false, problem: `This browser already keeps ${MAX_SAVED_GROUPS} groups. Delete one before saving another. Nothing was saved.` };
  }
  const group: SavedGroup = {
    id: previous?.id ?? `g-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: checked.group.name,
    wardCodes: checked.group.wardCodes,
    savedAt: now.toISOString(),
  };
  const problem = write([group, ...existing.filter((g) => g.id !== group.id)]);
  return problem ? { ok: false, problem } : { ok: true, group, replaced: previous !== undefined };
}

export function deleteGroup(id: string): string | null {
  return write(listGroups().filter((g) => g.id !== id));
}
