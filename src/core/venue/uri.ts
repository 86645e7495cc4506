/**
 * URIs inside a venue bundle. A bundle must be relocatable (any static host, an
 * offline cache, a zip), so it refers to its own files by relative paths that stay
 * inside the folder; the only other origin it may name is an `https:` one. Script
 * URIs are never allowed; `data:` URIs only for media, and only media types.
 */

/** Where a URI stands, which decides what it may be. */
export type UriRole =
  /** A file of the bundle, e.g. the scan: relative path or https. */
  | 'bundle'
  /** An image, audio or caption file: as `bundle`, plus `data:` of a media type. */
  | 'media'
  /** A link a visitor may follow (credits, Markdown): http, https or mailto. */
  | 'link';

const schemePattern = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const mediaDataPattern = /^data:(image\/(png|jpeg|webp|avif|gif)|audio\/(mpeg|mp4|ogg|webm|wav|aac)|video\/(mp4|webm)|text\/vtt)[;,]/i;

/** Returns why `uri` is not allowed in `role`, or `null` when it is fine. */
export function uriProblem(uri: string, role: UriRole): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(uri)) return 'must not contain control characters';
  if (uri.trim() !== uri || uri === '') return 'must not be empty or start or end with spaces';

  const scheme = schemePattern.exec(uri)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'javascript' || scheme === 'vbscript') return `${scheme}: URIs are not allowed`;
    if (role === 'link') {
      return ['http', 'https', 'mailto'].includes(scheme) ? null : `links may only use http:, https: or mailto:, not ${scheme}:`;
    }
    if (scheme === 'https') return null;
    if (scheme === 'data') {
      if (role !== 'media') return 'data: URIs are only allowed for media';
      return mediaDataPattern.test(uri) ? null : 'data: URIs must carry an image, audio, video or text/vtt media type';
    }
    return `must be a relative path inside the bundle or an https: URL, not ${scheme}:`;
  }
  if (role === 'link') return 'links must be absolute http:, https: or mailto: URLs';
  if (uri.includes('\\')) return 'must use "/" as the path separator, not "\\"';
  if (uri.startsWith('/')) return 'must be a path relative to the bundle folder, not an absolute path';
  const path = uri.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'has a broken %-escape';
  }
  if (decoded.split(/[/\\]/).some((segment) => segment === '..')) return 'must not leave the bundle folder ("..")';
  return null;
}

/**
 * Resolves a bundle URI against the bundle's base URL (which should end in `/`).
 * Throws when the URI is not allowed for `role`; validated venues never throw here.
 */
export function resolveBundleUri(baseUrl: string, uri: string, role: UriRole = 'bundle'): string {
  const problem = uriProblem(uri, role);
  if (problem !== null) throw new Error(`URI ${JSON.stringify(uri.slice(0, 80))} ${problem}`);
  return new URL(uri, baseUrl).href;
}

/** Links in a Markdown text: `[label](url)` and `<scheme:…>` autolinks. */
export function markdownLinks(markdown: string): string[] {
  const links: string[] = [];
  // `[label](url "title")`, allowing one level of parentheses inside the URL.
  const inline = /\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/g;
  for (const m of markdown.matchAll(inline)) links.push(m[1] ?? '');
  for (const m of markdown.replace(inline, '').matchAll(/<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>/g)) links.push(m[1] ?? '');
  return links;
}
