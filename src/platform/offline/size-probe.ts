/**
 * How big a file is, asked of the server before downloading it, so the visitor
 * sees "About 2.6 MB" before agreeing to save. A HEAD request first; where a
 * server does not answer HEAD usefully, a GET of a single byte, whose
 * `Content-Range` names the whole length. Never throws: a size that cannot be
 * learnt is "unknown", and the visitor is told so.
 */

/** The size of one file, as far as the server says. */
export type FileSize =
  | { readonly state: 'known'; readonly bytes: number }
  | { readonly state: 'unknown' }
  /** The server says the file is not there (404 or 410, or a single-page app's fallback page). */
  | { readonly state: 'missing'; readonly status: number };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const UNKNOWN: FileSize = { state: 'unknown' };

/** A non-negative integer from a header, or null. */
function byteCount(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** True when the server answered "no such file", including with its app page in place of a 404. */
function saysMissing(response: Response, url: string): boolean {
  if (response.status === 404 || response.status === 410) return true;
  const html = /text\/html/i.test(response.headers.get('content-type') ?? '');
  return response.ok && html && !/\.html?(?:[?#]|$)/i.test(url);
}

/** The whole length from `Content-Range: bytes 0-0/12345`; null for `*` or nonsense. */
export function totalFromContentRange(value: string | null): number | null {
  const match = /^\s*bytes\s+(?:\d+-\d+|\*)\/(\d+)\s*$/i.exec(value ?? '');
  return match ? byteCount(match[1]!) : null;
}

async function headSize(url: string, fetchImpl: Fetch, signal?: AbortSignal): Promise<FileSize | null> {
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'HEAD', ...(signal && { signal }) });
  } catch {
    return null;
  }
  if (saysMissing(response, url)) return { state: 'missing', status: response.status };
  const bytes = response.ok ? byteCount(response.headers.get('content-length')) : null;
  return bytes === null ? null : { state: 'known', bytes };
}

async function rangeSize(url: string, fetchImpl: Fetch, signal?: AbortSignal): Promise<FileSize> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Range: 'bytes=0-0' }, ...(signal && { signal }) });
  } catch {
    return UNKNOWN;
  }
  // Only the headers are wanted; a server that ignored the Range would send the whole file.
  response.body?.cancel().catch(() => undefined);
  if (saysMissing(response, url)) return { state: 'missing', status: response.status };
  const bytes =
    response.status === 206 ? totalFromContentRange(response.headers.get('content-range')) : response.ok ? byteCount(response.headers.get('content-length')) : null;
  return bytes === null ? UNKNOWN : { state: 'known', bytes };
}

/** Asks the server how long the file at `url` is. */
export async function probeFileSize(url: string, fetchImpl: Fetch, signal?: AbortSignal): Promise<FileSize> {
  return (await headSize(url, fetchImpl, signal)) ?? (await rangeSize(url, fetchImpl, signal));
}
