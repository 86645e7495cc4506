/**
 * The app's service worker (built by vite-plugin-pwa's injectManifest into
 * `sw.js`, beside index.html). It makes the app work offline and update safely:
 *
 * - The app shell (index.html, scripts, styles, icons, manifest) is precached, and
 *   every page of the app is answered with the precached index.html, so a page
 *   always runs one complete build: never a new index.html with old scripts.
 * - Venues: scene.json network first, every other file by its versioned URL from
 *   any cache or else the network, stored per venue version (venue-handlers.ts).
 * - The Draco/Basis decoders (large, needed only for compressed scans) are cached
 *   the first time a scan needs them.
 * - A new version installs in the background and then waits: it takes over only
 *   when a page asks (`{ type: 'SKIP_WAITING' }`, the visitor pressed "Reload"),
 *   and that page reloads when it does (src/platform/pwa/).
 * - A page that loaded before the worker controlled it (the very first visit) asks
 *   it to store what it already fetched (`{ type: 'CACHE_URLS' }`, Workbox's
 *   router answers it through the same routes as a fetch).
 *
 * It only ever fetches from its own origin: no request goes to a third party.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import { CACHE_PREFIX } from '../platform/offline/cache-names.ts';
import { requestKind, type RequestKind } from './request-kinds.ts';
import { sceneResponse, venueFileResponse } from './venue-handlers.ts';
import type { ExtendableEventLike, ServiceWorkerScope } from './worker-scope.ts';

declare const self: ServiceWorkerScope;

/** The decoders' cache: a few files per build, content-hashed, so the oldest are simply dropped. */
const DECODER_CACHE = `${CACHE_PREFIX}:decoders`;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const scope = self.registration.scope;
const kindOf = (url: URL, request: Request): RequestKind => requestKind(url, scope, request.mode === 'navigate');

// Pages of the app: the precached index.html, whatever the query (?venue=…, ?exhibit=…).
registerRoute(({ url, request }) => kindOf(url, request).kind === 'app-page', createHandlerBoundToURL('index.html'));

registerRoute(
  ({ url, request }) => kindOf(url, request).kind === 'scene',
  ({ event, request }) => sceneResponse(event as ExtendableEventLike, request),
);

registerRoute(
  ({ url, request }) => kindOf(url, request).kind === 'venue-file',
  ({ event, request, url }) => {
    const kind = kindOf(url, request);
    if (kind.kind !== 'venue-file') return fetch(request);
    return venueFileResponse(event as ExtendableEventLike, request, kind.venueId, kind.version);
  },
);

registerRoute(
  ({ url, request }) => kindOf(url, request).kind === 'decoder',
  new CacheFirst({ cacheName: DECODER_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 12 })] }),
);

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  // Only when a page asks: a running page never has its code swapped under it.
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first installation takes charge of the page that installed it at once, so it
// works offline from then on; later versions get here only after SKIP_WAITING.
clientsClaim();
