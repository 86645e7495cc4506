import { resolveBundleUri, type UriRole } from './uri.ts';

/**
 * Venue versions. Every file of a venue bundle is addressed with the version of
 * the scene.json that names it (`scan.glb?v=3f9c…`), so a cache — the browser's,
 * the service worker's, a saved venue's — can never hand out an old scan beside a
 * new scene.json: a new scene.json means new URLs for all of its files. The
 * version is a hash of scene.json's text, so it needs no build step, no
 * registry, and the same file gives the same version on every machine.
 */

/** The query parameter that carries the version (the service worker reads it back: platform/offline/cache-names.ts). */
export const VENUE_VERSION_PARAM = 'v';

/**
 * The version of a venue: the FNV-1a 64-bit hash of scene.json's text, as UTF-8
 * bytes (so it equals the hash of the file as stored, without a byte-order mark),
 * written as 16 lowercase hex digits. Pure and synchronous; about 1–2 ms per
 * 100 KB of text. Not a cryptographic hash: it tells versions apart, it does not
 * authenticate them.
 */
export function venueVersion(sceneText: string): string {
  // FNV-1a, 64 bits, in four 16-bit limbs (low first) so every intermediate stays
  // an exact integer in a double: no BigInt, which would be far slower here.
  // The offset basis is 0xcbf29ce484222325.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < sceneText.length; i++) {
    let code = sceneText.charCodeAt(i);
    let count = 1;
    if (code < 0x80) {
      bytes[0] = code;
    } else {
      // Encode as UTF-8 on the fly; a lone surrogate becomes U+FFFD, as TextEncoder does.
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = sceneText.charCodeAt(i + 1);
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else {
          code = 0xfffd;
        }
      }
      count = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      for (let k = count - 1; k > 0; k--) {
        bytes[k] = 0x80 | (code & 0x3f);
        code >>= 6;
      }
      bytes[0] = ((0xff00 >> count) & 0xff) | code; // 110xxxxx, 1110xxxx or 11110xxx
    }
    for (let k = 0; k < count; k++) {
      h0 ^= bytes[k]!;
      // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits.
      const t0 = h0 * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
      const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
    }
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** True for a URI that names a file of the bundle itself (a relative path), not an https: or data: one. */
function isBundleRelative(uri: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(uri);
}

/**
 * Resolves a venue URI like {@link resolveBundleUri} and, for a file of the bundle
 * itself, appends `?v=<version>` (`&v=` when it has a query already), so the URL
 * changes whenever scene.json does. https: and data: URIs are returned as they
 * resolve: they are not the venue's files to version. An empty version adds
 * nothing. Throws like resolveBundleUri for a URI not allowed in `role`.
 */
export function resolveVersionedUri(baseUrl: string, uri: string, version: string, role: UriRole = 'bundle'): string {
  const url = resolveBundleUri(baseUrl, uri, role);
  if (version === '' || role === 'link' || !isBundleRelative(uri)) return url;
  const hashAt = url.indexOf('#');
  const [beforeHash, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const separator = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${separator}${VENUE_VERSION_PARAM}=${encodeURIComponent(version)}${hash}`;
}
