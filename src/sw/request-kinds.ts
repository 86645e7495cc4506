import { VERSION_PARAM } from '../platform/offline/cache-names.ts';

/**
 * What a request to the app's own origin is, as the service worker sees it: a
 * page of the app, a venue's scene.json, another file of a venue bundle, or one of
 * the big scan decoders. Pure URL arithmetic relative to the worker's scope (the
 * folder the app is served from, any folder of any host), so it is tested in Node.
 */
export type RequestKind =
  /** The app's own page (`./` or `./index.html`, any query): answered from the precache. */
  | { kind: 'app-page' }
  /** `scenes/<id>/scene.json` without a query: network first, cache as the fallback. */
  | { kind: 'scene'; venueId: string }
  /** Any other file of a venue bundle; `version` is its `?v=` (null without one). */
  | { kind: 'venue-file'; venueId: string; version: string | null }
  /** A Draco or Basis decoder (script or WebAssembly): cached on first use, not precached. */
  | { kind: 'decoder' }
  /** Anything else: left to the precache, or to the network. */
  | { kind: 'other' };

const VENUE_ID = /^[a-z0-9-]{1,64}$/;
const VERSION = /^[0-9a-z]{1,32}$/;

/**
 * The file names of the decoders three.js loads for compressed scans (Draco
 * geometry, Basis textures) and of the renderers of tiled, splat and point-cloud
 * scans (`scan-renderer-*`, named so by vite.config.ts), as Vite emits them into
 * `assets/` with a content hash: megabytes that only some venues need (the splat
 * renderer alone is about 0.9 MB gzip), so they are cached when first used
 * instead of being downloaded by every installation.
 */
export const DECODER_FILE = /^(?:(?:draco_decoder|draco_wasm_wrapper|basis_transcoder)-[\w-]+|scan-renderer-[\w.-]+)\.(js|wasm)$/;

/** Classifies `url` for a worker whose scope is `scopeUrl` (ends with "/"). */
export function requestKind(url: URL, scopeUrl: string, isNavigation: boolean): RequestKind {
  const scope = new URL(scopeUrl);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return { kind: 'other' };
  const path = url.pathname.slice(scope.pathname.length);

  if (isNavigation) return path === '' || path === 'index.html' ? { kind: 'app-page' } : { kind: 'other' };

  if (path.startsWith('assets/')) {
    return DECODER_FILE.test(path.slice('assets/'.length)) ? { kind: 'decoder' } : { kind: 'other' };
  }

  const venue = /^scenes\/([^/]+)\/(.+)$/.exec(path);
  if (!venue) return { kind: 'other' };
  const venueId = venue[1]!;
  if (!VENUE_ID.test(venueId)) return { kind: 'other' };
  if (venue[2] === 'scene.json' && url.search === '') return { kind: 'scene', venueId };
  const version = url.searchParams.get(VERSION_PARAM);
  return { kind: 'venue-file', venueId, version: version !== null && VERSION.test(version) ? version : null };
}
