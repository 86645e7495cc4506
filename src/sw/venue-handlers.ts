import { createPartialResponse } from 'workbox-range-requests';
import { SCENE_CACHE, venueCacheName } from '../platform/offline/cache-names.ts';
import { isFetchEvent, type ExtendableEventLike } from './worker-scope.ts';

/**
 * How the service worker answers for venue bundles. A venue's scene.json is asked
 * for without a version and may change at any time, so it comes from the network
 * when it can and from the cache when it cannot. Every other file is asked for with
 * the version of the scene.json that named it (`?v=`), so a stored copy never goes
 * stale: whatever cache holds that exact URL may answer, and what the network
 * brings is stored under that version.
 *
 * When a new scene.json arrives, older versions' caches are left alone: a saved
 * venue stays complete until the code that saved it (src/platform/offline) has the
 * new version complete and deletes the old one, and a visitor offline still has
 * the version their cached scene.json names.
 */

/** How long scene.json may take on a weak connection before the stored copy is used. */
export const SCENE_NETWORK_TIMEOUT_MS = 4000;

/** Only a plain, complete answer from our own origin is worth storing. */
function storable(response: Response): boolean {
  return response.status === 200 && response.type === 'basic' && !/text\/html/i.test(response.headers.get('content-type') ?? '');
}

/**
 * Stores `response` under `request` in the cache named `cacheName`. During a page's
 * request the page streams the response meanwhile; when the page asked the worker
 * to cache URLs (a message), the answer waits until the copy is stored. A full
 * quota only means this copy is not kept: nothing saved before is touched.
 */
async function store(event: ExtendableEventLike, cacheName: string, request: Request, response: Response): Promise<void> {
  const stored = caches
    .open(cacheName)
    .then((cache) => cache.put(request, response))
    .catch(() => undefined);
  event.waitUntil(stored);
  if (!isFetchEvent(event)) await stored;
}

/** A stored response to a request, for range requests (audio, video) the requested slice of it. */
function fromCache(request: Request, cached: Response): Promise<Response> | Response {
  return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
}

/**
 * scene.json: the network first, so a visitor sees the museum's latest state; after
 * {@link SCENE_NETWORK_TIMEOUT_MS} without an answer, or offline, the stored copy.
 * A late answer from the network is still stored for next time.
 */
export async function sceneResponse(event: ExtendableEventLike, request: Request): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (storable(response)) await store(event, SCENE_CACHE, request, response.clone());
    return response;
  });
  // Keeps the worker alive for a network answer that arrives after the cached one was used.
  event.waitUntil(network.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), SCENE_NETWORK_TIMEOUT_MS);
  });
  const first = await Promise.race([network.catch(() => null), timeout]);
  clearTimeout(timer);
  if (first) return first;
  const cached = (await caches.open(SCENE_CACHE).then((cache) => cache.match(request))) ?? (await caches.match(request));
  // Nothing stored: wait for the network after all, and let the page hear how it failed.
  return cached ?? network;
}

/**
 * Any other file of a venue: from whichever cache holds this exact URL (query
 * included: the version is part of it), else from the network. A versioned
 * complete answer is stored in that version's cache; an unversioned URL is not
 * stored, since nothing would tell its copy from a newer file. Partial answers
 * (a range request the network answered with 206) are not stored either: saving
 * the venue for offline fetches such files whole.
 */
export async function venueFileResponse(event: ExtendableEventLike, request: Request, venueId: string, version: string | null): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return fromCache(request, cached);
  const response = await fetch(request);
  if (version !== null && !request.headers.has('range') && storable(response)) {
    await store(event, venueCacheName(venueId, version), request, response.clone());
  }
  return response;
}
