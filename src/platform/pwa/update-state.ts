/**
 * What the page knows about its service worker, as a tiny vanilla store: the
 * registration (register-sw.ts) writes it, the "new version" banner reads it (with
 * React's useSyncExternalStore), and neither imports the other. Kept free of
 * workbox-window so the first screen's code does not carry it.
 */

export interface PwaState {
  /** A new version of the app is installed and waits for the visitor's go-ahead. */
  updateWaiting: boolean;
  /** The visitor said "Reload": the page reloads as soon as the new version is in charge. */
  applying: boolean;
  /** The service worker controls this page and holds what it loaded: a reload works offline. */
  offlineReady: boolean;
}

const INITIAL: PwaState = { updateWaiting: false, applying: false, offlineReady: false };

let state: PwaState = INITIAL;
const listeners = new Set<() => void>();
let applyHandler: (() => void) | null = null;

/** The current state; the same object until something changes (as useSyncExternalStore needs). */
export function getPwaState(): PwaState {
  return state;
}

/** Calls `listener` after every change; returns the function that stops it. */
export function subscribePwaState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes part of the state and tells the listeners (for the registration code). */
export function setPwaState(patch: Partial<PwaState>): void {
  const next = { ...state, ...patch };
  if ((Object.keys(next) as (keyof PwaState)[]).every((key) => next[key] === state[key])) return;
  state = next;
  for (const listener of listeners) listener();
}

/** The registration says how to switch to the waiting version (tell it to take over, then reload). */
export function onApplyUpdate(handler: (() => void) | null): void {
  applyHandler = handler;
}

/**
 * The visitor accepted the new version. Does nothing unless one is waiting: the
 * new version takes over and the page reloads with it, never half-updated.
 */
export function applyUpdate(): void {
  if (!state.updateWaiting || state.applying || !applyHandler) return;
  setPwaState({ applying: true });
  applyHandler();
}

/** Back to the state of a page without a service worker (for tests). */
export function resetPwaState(): void {
  state = INITIAL;
  applyHandler = null;
  for (const listener of listeners) listener();
}
