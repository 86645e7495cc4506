/**
 * Names shared by the service worker and the page for what is stored offline.
 * A venue's files live in one cache per venue *version* (the version is a hash
 * of its scene.json, carried in every bundle URL as `?v=`), so a new scene.json
 * is never served with an old scan: the old version's files are simply other
 * URLs in another cache, deleted once the new version is complete.
 */

/** Prefix of every cache this app owns (Workbox's precache has its own names). */
export const CACHE_PREFIX = 'museum-visit';

/** The cache holding the latest scene.json of every venue (network first, this as the fallback). */
export const SCENE_CACHE = `${CACHE_PREFIX}:scenes`;

/** The cache of one version of one venue's files (scan, media, traces), filled as they are opened or saved. */
export function venueCacheName(venueId: string, version: string): string {
  return `${CACHE_PREFIX}:venue:${venueId}:${version}`;
}

/** Reads a venue cache's name back; null for any other cache. */
export function parseVenueCacheName(name: string): { venueId: string; version: string } | null {
  const match = /^museum-visit:venue:([a-z0-9-]{1,64}):([0-9a-z]{1,32})$/.exec(name);
  return match ? { venueId: match[1]!, version: match[2]! } : null;
}

/** The query parameter that carries the venue version in bundle URLs. */
export const VERSION_PARAM = 'v';
