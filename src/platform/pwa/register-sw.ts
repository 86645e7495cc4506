import { Workbox } from 'workbox-window';
import { getPwaState, onApplyUpdate, setPwaState } from './update-state.ts';
import { cacheUrlsMessage, loadedResources } from './warm-up.ts';

/**
 * Registers the app's service worker (`sw.js`, beside index.html) with
 * workbox-window and follows its life:
 *
 * - first installation: the worker takes charge of this page (clients.claim) and
 *   is handed what the page loaded before it existed (warm-up.ts); no banner.
 * - a new version: it installs in the background and waits; the state says
 *   `updateWaiting`, the banner asks, and on "Reload" the worker is told to skip
 *   waiting and the page reloads when it has taken over — so the page never runs
 *   one build's code with another's files.
 * - a long-open page checks for a new version when it becomes visible again, at
 *   most once an hour.
 *
 * A separate chunk, loaded after the first frame (start.ts): workbox-window never
 * delays the museum's first appearance.
 */

export interface RegisterOptions {
  /** The folder the app is served from (default: the document's base URL). */
  appBase?: string;
  /** How to reload the page (default: location.reload). */
  reload?: () => void;
  /** Least time between two update checks of a page that becomes visible again. */
  updateCheckIntervalMs?: number;
}

/** Registers the worker; resolves once registered (or at once where there are no service workers). */
export async function registerServiceWorker(options: RegisterOptions = {}): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const appBase = new URL('./', options.appBase ?? document.baseURI).href;
  const reload = options.reload ?? (() => window.location.reload());
  const interval = options.updateCheckIntervalMs ?? 60 * 60 * 1000;
  const wb = new Workbox(new URL('sw.js', appBase).href, { scope: appBase });
  const controlledAtStart = navigator.serviceWorker.controller !== null;

  let registration: ServiceWorkerRegistration | undefined;
  wb.addEventListener('waiting', () => setPwaState({ updateWaiting: true }));
  // A waiting version replaced by a newer one, or thrown away: offer only what still waits.
  // (While the visitor's choice is being applied, the old version going away is expected.)
  wb.addEventListener('redundant', () => {
    if (registration && !getPwaState().applying) setPwaState({ updateWaiting: registration.waiting !== null });
  });

  wb.addEventListener('controlling', (event) => {
    if (event.isUpdate || event.isExternal) {
      // A new version took over (here or in another tab): this page's code is the old one.
      reload();
      return;
    }
    // The first installation: store what this page fetched before the worker existed.
    const resources = loadedResources(performance.getEntriesByType('resource') as PerformanceResourceTiming[]);
    wb.messageSW(cacheUrlsMessage(resources, appBase))
      .then(() => setPwaState({ offlineReady: true }))
      .catch(() => undefined);
  });

  onApplyUpdate(() => wb.messageSkipWaiting());

  try {
    registration = await wb.register();
  } catch {
    return; // no service worker (private mode, blocked, a broken sw.js): the app works online as before
  }
  if (controlledAtStart) setPwaState({ offlineReady: true });

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < interval) return;
    lastCheck = Date.now();
    wb.update().catch(() => undefined);
  });
}
