/**
 * The very first visit loads the venue before any service worker exists; once the
 * worker is installed and in charge, the page hands it the addresses it already
 * fetched, and the worker stores them through its usual routes (Workbox's
 * `CACHE_URLS` message). Without this, a reload offline right after the first
 * visit would find the app but not the museum.
 */

/** The message Workbox's router answers by fetching and caching each URL as if the page had asked. */
export interface CacheUrlsMessage {
  type: 'CACHE_URLS';
  payload: { urlsToCache: string[] };
}

/**
 * The URLs worth handing over: the page's own resources (from Resource Timing)
 * inside the app's folder, each once. Other origins, `blob:` and `data:` URLs are
 * not the worker's to store; the worker's routes decide what of the rest it keeps
 * (venue files, decoders) and what it already has (the precached app shell).
 */
export function urlsToCache(resourceUrls: readonly string[], appBase: string): string[] {
  const base = new URL('./', appBase);
  const urls = new Set<string>();
  for (const name of resourceUrls) {
    let url: URL;
    try {
      url = new URL(name);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) continue;
    url.hash = '';
    urls.add(url.href);
  }
  return [...urls];
}

/**
 * The resources the page actually loaded, by URL. Requests that only asked about
 * a file (the offline panel's HEAD and one-byte range requests, to show a
 * museum's size before the visitor decides) carry no body worth storing: handing
 * those to the worker would download the whole museum unasked.
 */
export function loadedResources(entries: readonly Pick<PerformanceResourceTiming, 'name' | 'decodedBodySize'>[]): string[] {
  return entries.filter((entry) => entry.decodedBodySize > 1).map((entry) => entry.name);
}

/** The message for the URLs the page has loaded so far. */
export function cacheUrlsMessage(resourceUrls: readonly string[], appBase: string): CacheUrlsMessage {
  return { type: 'CACHE_URLS', payload: { urlsToCache: urlsToCache(resourceUrls, appBase) } };
}
