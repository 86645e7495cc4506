/**
 * Starts the service worker once the museum is on screen, so installing it (which
 * downloads the app shell a second time, into the precache) never competes with
 * the first visit's scene.json, scan and 3D code: after the page's `load` event
 * and the venue's first frame (`venue:ready`), or a few seconds after `load` when
 * no frame comes (no WebGL, a broken venue), and then when the browser is idle.
 * workbox-window arrives in a chunk of its own at that moment.
 */

/** How long after `load` the worker is registered anyway when no first frame comes. */
export const FIRST_FRAME_PATIENCE_MS = 5000;

/** Resolves after the page's `load` event. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Resolves at the venue's first frame, or after `patienceMs`. */
function firstFrameOrTimeout(patienceMs: number): Promise<void> {
  if (document.documentElement.dataset.venueReady) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('venue:ready', done);
      resolve();
    };
    const timer = setTimeout(done, patienceMs);
    window.addEventListener('venue:ready', done, { once: true });
  });
}

/** Resolves when the browser has a moment to spare (or soon, where it cannot tell). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

/**
 * Registers the service worker after the first frame. Only in a built app (the
 * development server has no sw.js) and where the browser has service workers
 * (they need https or localhost).
 */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void pageLoaded()
    .then(() => firstFrameOrTimeout(FIRST_FRAME_PATIENCE_MS))
    .then(idle)
    .then(() => import('./register-sw.ts'))
    .then(({ registerServiceWorker }) => registerServiceWorker())
    .catch(() => undefined); // without a worker the app still works online
}
