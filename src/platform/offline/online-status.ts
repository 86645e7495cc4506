/**
 * Whether the page is online, as the browser sees it. `navigator.onLine` false
 * means certainly offline; true only means "some network", so callers still treat
 * a failed request as a failure. Tiny and dependency-free: the header control
 * reads it without loading anything else.
 */

/** Where the online state comes from: `navigator` and `window` in the page. */
export interface OnlineSource {
  readonly navigator: { readonly onLine?: boolean };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

const pageSource = (): OnlineSource | null => (typeof window === 'undefined' ? null : (window as unknown as OnlineSource));

/** True unless the browser knows it is offline (a browser that cannot tell counts as online). */
export function isOnline(source: OnlineSource | null = pageSource()): boolean {
  return source?.navigator.onLine !== false;
}

/**
 * Calls `listener` with the new state whenever the browser goes online or offline.
 * Returns the function that stops listening (what React's useSyncExternalStore wants).
 */
export function subscribeOnline(listener: (online: boolean) => void, source: OnlineSource | null = pageSource()): () => void {
  if (!source) return () => undefined;
  const onChange = () => listener(isOnline(source));
  source.addEventListener('online', onChange);
  source.addEventListener('offline', onChange);
  return () => {
    source.removeEventListener('online', onChange);
    source.removeEventListener('offline', onChange);
  };
}
