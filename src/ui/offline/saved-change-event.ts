/**
 * Fired on `window` whenever what is saved for offline changes (a save completed,
 * a museum was deleted), so the header button can update its mark without loading
 * the panel's code. Its own module: the header imports it in the first download.
 */
export const SAVED_CHANGE_EVENT = 'offline:saved-change';

/** Tells the page that saved venues changed. */
export function announceSavedChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(SAVED_CHANGE_EVENT));
}
