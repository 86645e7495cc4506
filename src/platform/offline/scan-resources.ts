import { uriProblem } from '../../core/venue/uri.ts';

/**
 * The files a scan refers to beyond its own: a `.gltf` names its buffers and
 * images, a 3D Tiles `tileset.json` names its tiles (some of them tilesets again).
 * A `.glb` carries everything inside, so it needs none of this. Pure functions of
 * the file's text; malformed files yield what could be read, never an exception.
 */

/** URIs a scan file names, as bundle URIs, and those that stay on another server. */
export interface ScanResources {
  /** Bundle-relative URIs, each once, in the order found. */
  readonly uris: string[];
  /** `https:` URIs, which a saved copy cannot hold. */
  readonly networkOnly: string[];
}

/** More than any real scan names; keeps a hostile file from making a list of millions. */
export const MAX_SCAN_RESOURCES = 100_000;

/** A stand-in origin for resolving relative paths without a real base URL. */
const ROOT = 'https://bundle.invalid/b/';

/**
 * Resolves `relative` (as written inside the bundle file `fromFileUri`) to a URI
 * relative to the bundle folder, e.g. (`scan/model.gltf`, `tex/a.png`) →
 * `scan/tex/a.png`. Null when it is not a bundle file: another scheme, or a path
 * that would leave the bundle folder.
 */
export function joinBundleUri(fromFileUri: string, relative: string): string | null {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(relative) || relative === '') return null;
  let url: URL;
  try {
    url = new URL(relative, new URL(fromFileUri, ROOT));
  } catch {
    return null;
  }
  if (url.origin !== 'https://bundle.invalid' || !url.pathname.startsWith('/b/')) return null;
  const joined = url.pathname.slice('/b/'.length) + url.search;
  return joined !== '' && uriProblem(joined, 'bundle') === null ? joined : null;
}

/** Collects URIs found in `fromFileUri`, sorted into bundle files and network-only ones. */
function collector(fromFileUri: string): { add(value: unknown): void; result: ScanResources } {
  const result: ScanResources = { uris: [], networkOnly: [] };
  const seen = new Set<string>();
  return {
    result,
    add(value) {
      if (typeof value !== 'string' || result.uris.length >= MAX_SCAN_RESOURCES) return;
      if (/^https:/i.test(value)) {
        if (!result.networkOnly.includes(value)) result.networkOnly.push(value);
        return;
      }
      const uri = joinBundleUri(fromFileUri, value);
      if (uri !== null && !seen.has(uri)) {
        seen.add(uri);
        result.uris.push(uri);
      }
    },
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const doc: unknown = JSON.parse(text);
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** The buffers and images a `.gltf` (JSON glTF) at `gltfUri` names; `data:` URIs are inside it already. */
export function gltfResourceUris(gltfUri: string, text: string): ScanResources {
  const doc = parseObject(text);
  const found = collector(gltfUri);
  if (!doc) return found.result;
  for (const buffer of arrayOf(doc.buffers)) found.add(field(buffer, 'uri'));
  for (const image of arrayOf(doc.images)) found.add(field(image, 'uri'));
  return found.result;
}

/**
 * The tile contents a 3D Tiles `tileset.json` at `tilesetUri` names (`content.uri`,
 * the 1.0-era `content.url`, and 1.1's `contents[]`), walking its tile tree. Those
 * ending in `.json` are external tilesets, to be read and listed in turn.
 */
export function tilesetContentUris(tilesetUri: string, text: string): ScanResources {
  const doc = parseObject(text);
  const found = collector(tilesetUri);
  if (!doc) return found.result;
  // An explicit stack: a deep tile tree must not overflow the call stack.
  const stack: unknown[] = [doc.root];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_SCAN_RESOURCES) {
    const tile = stack.pop();
    if (tile === null || typeof tile !== 'object') continue;
    const content = field(tile, 'content');
    found.add(field(content, 'uri') ?? field(content, 'url'));
    for (const c of arrayOf(field(tile, 'contents'))) found.add(field(c, 'uri') ?? field(c, 'url'));
    stack.push(...arrayOf(field(tile, 'children')).reverse());
  }
  return found.result;
}

/** True for a URI whose path ends in `extension` (ignoring a query), case-insensitively. */
export function hasExtension(uri: string, extension: string): boolean {
  return (uri.split(/[?#]/, 1)[0] ?? '').toLowerCase().endsWith(extension);
}
