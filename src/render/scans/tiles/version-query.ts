import { VENUE_VERSION_PARAM } from '../../../core/venue/version.ts';

/**
 * Every file of a venue is asked for with the version of the scene.json that
 * named it (`?v=<hash>`, see core/venue/version.ts): the service worker stores
 * venue files per version (src/sw/venue-handlers.ts), and an unversioned URL is
 * neither stored for offline use nor safe from a stale cache. The viewer hands
 * us the tileset's URL already versioned, but a tileset names its tiles by
 * relative URIs (`t0.glb`), which resolve without the query; this puts the same
 * version back on each of them.
 */

/** The `?v=` of an absolute URL, or null when it has none. */
export function versionOf(url: string): string | null {
  try {
    return new URL(url).searchParams.get(VENUE_VERSION_PARAM);
  } catch {
    return null;
  }
}

/**
 * `url` with `?v=<version>` (or `&v=`), when it is an http(s) URL of the same
 * origin as `tilesetUrl` that has no version yet. Other URLs — another host's,
 * data: and blob: ones (textures decoded from inside a GLB), or a URL that
 * already names a version — come back unchanged.
 */
export function withVersionQuery(url: string, version: string | null, tilesetUrl: string): string {
  if (!version) return url;
  let parsed: URL;
  let origin: string;
  try {
    parsed = new URL(url);
    origin = new URL(tilesetUrl).origin;
  } catch {
    return url; // relative or malformed: nothing we can resolve safely
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  if (parsed.origin !== origin || parsed.searchParams.has(VENUE_VERSION_PARAM)) return url;
  parsed.searchParams.set(VENUE_VERSION_PARAM, version);
  return parsed.href;
}

/**
 * A 3d-tiles-renderer plugin: its `preprocessURL` hook is called for the root
 * tileset and for every tile's content URL (after the renderer resolved the
 * content URI against the tileset's folder), so tiles, nested tilesets and
 * their own tiles all carry the tileset's version.
 */
export class VersionQueryPlugin {
  /** The name 3d-tiles-renderer lists the plugin by. */
  readonly name = 'MUSEUM_VISIT_VERSION_QUERY';
  private readonly version: string | null;

  constructor(private readonly tilesetUrl: string) {
    this.version = versionOf(tilesetUrl);
  }

  /** Adds the version to `url` (see {@link withVersionQuery}). */
  preprocessURL(url: string | URL): string {
    return withVersionQuery(String(url), this.version, this.tilesetUrl);
  }
}
