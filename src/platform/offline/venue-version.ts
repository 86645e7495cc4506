import type { LoadedVenue } from '../../core/venue/index.ts';
import { VERSION_PARAM } from './cache-names.ts';

/**
 * The version of an open venue (a hash of its scene.json, carried in every bundle
 * URL as `?v=`), which names the cache its saved copy lives in.
 */

/** What a cache name accepts as a version (cache-names.ts). */
const VERSION_PATTERN = /^[0-9a-z]{1,32}$/;

/**
 * The venue's version, or null when the loader knows none (`''`: a venue whose
 * scene.json text it never saw) or one no cache could be named by. Without a
 * version nothing can be saved: a saved copy must never mix versions.
 */
export function venueVersionOf(loaded: LoadedVenue): string | null {
  const { version } = loaded as { version?: unknown };
  return typeof version === 'string' && VERSION_PATTERN.test(version) ? version : null;
}

/** `url` without its version parameter: the address scene.json is always asked for. */
export function withoutVersion(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(VERSION_PARAM);
  return parsed.href;
}

/** The venue's scene.json as the app asks for it (unversioned: it is what tells the version). */
export function sceneUrlOf(loaded: LoadedVenue): string {
  return withoutVersion(loaded.resolve('scene.json'));
}
