/**
 * The visitor's wayfinding preferences, remembered on this device between visits:
 * a step-free route (no stairs or escalators) and large text for the step list.
 * Storage may be missing (some embedded browsers), full, or refused (private
 * modes, blocked cookies); then the preference holds for this page only and
 * nothing throws.
 */

/** Keys in `localStorage`, namespaced so other apps on the same origin do not collide. */
export const PREFERENCE_KEYS = {
  stepFree: 'museum-visit:step-free',
  largeText: 'museum-visit:large-text',
} as const;

/** The preferences remembered. */
export type PreferenceName = keyof typeof PREFERENCE_KEYS;

/** The storage used: the page's `localStorage` when it can be reached, else null. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` itself throws where the browser blocks site data.
    return null;
  }
}

/** A remembered on/off preference; `false` when never set or unreadable. */
export function readPreference(name: PreferenceName): boolean {
  try {
    return storage()?.getItem(PREFERENCE_KEYS[name]) === 'true';
  } catch {
    return false;
  }
}

/** Remembers an on/off preference; false when it could not be stored (it then lasts for this page only). */
export function writePreference(name: PreferenceName, value: boolean): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (value) store.setItem(PREFERENCE_KEYS[name], 'true');
    else store.removeItem(PREFERENCE_KEYS[name]);
    return true;
  } catch {
    return false;
  }
}
