import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../helpers/fixtures.ts';
import { parseVenueText, toLoadedVenue, type LoadedVenue } from '../../../../src/core/venue/index.ts';
import { venueVersion } from '../../../../src/core/venue/version.ts';
import type { OfflineEnv } from '../../../../src/platform/offline/offline-env.ts';
import { fakeStorage, FakeCacheStorage } from './fake-cache-storage.ts';

/**
 * A static host for venue bundles, as a `fetch`: `https://museum.example/scenes/<id>/…`
 * answered from folders on disk (the real demo museum), with per-file overrides,
 * HEAD and `Range: bytes=0-0`, and switches for the failures a save must survive.
 */

export const DOCUMENT_BASE = 'https://museum.example/';
export const DEMO_DIR = join(ROOT, 'scenes', 'demo-museum');

/** How one request should fail, if it should. */
export type Fault = 'network' | 'break-mid-body' | number | undefined;

export interface FakeServerOptions {
  /** Bundle folders by venue id. */
  folders: Record<string, string>;
  /** Files that differ from the folder (`<id>/<path>`): a body, or null for "not there". */
  overrides?: Record<string, string | Uint8Array | null>;
  /** HEAD answers 405 (some hosts), so sizes come from a one-byte range request. */
  noHead?: boolean;
  /** Neither HEAD nor GET say a length, nor honour ranges. */
  noLength?: boolean;
  fault?: (url: string, method: string) => Fault;
  /** Awaited before answering a GET: lets a test act in the middle of a download. */
  beforeGet?: (url: string) => Promise<void> | void;
}

export interface FakeServer {
  fetch: OfflineEnv['fetch'];
  /** Every request, as "METHOD path" (path below the host, with query). */
  log: string[];
}

/** A body that yields `bytes` in small chunks, or breaks half-way when asked to. */
function chunked(bytes: Uint8Array, breakMidway: boolean): ReadableStream<Uint8Array> {
  let offset = 0;
  const size = 16 * 1024;
  return new ReadableStream({
    pull(controller) {
      if (breakMidway && offset >= bytes.byteLength / 2) {
        controller.error(new TypeError('network connection lost'));
        return;
      }
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

export function fakeBundleServer(options: FakeServerOptions): FakeServer {
  const log: string[] = [];
  const lookup = (url: URL): Uint8Array | null => {
    const match = /^\/scenes\/([a-z0-9-]+)\/(.+)$/.exec(url.pathname);
    if (!match) return null;
    const [, id, path] = match as unknown as [string, string, string];
    const key = `${id}/${decodeURIComponent(path)}`;
    if (options.overrides && key in options.overrides) {
      const body = options.overrides[key];
      return body === null || body === undefined ? null : typeof body === 'string' ? new TextEncoder().encode(body) : body;
    }
    const folder = options.folders[id];
    const file = folder ? join(folder, decodeURIComponent(path)) : null;
    return file && existsSync(file) && statSync(file).isFile() ? new Uint8Array(readFileSync(file)) : null;
  };

  const fetchImpl: OfflineEnv['fetch'] = async (input, init = {}) => {
    const url = new URL(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const range = new Headers(init.headers).get('range');
    log.push(`${method}${range ? ' range' : ''} ${url.pathname}${url.search}`);
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const fault = options.fault?.(url.href, method);
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (typeof fault === 'number') return new Response('refused', { status: fault });
    if (method === 'GET') await options.beforeGet?.(url.href);
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');

    const body = lookup(url);
    if (body === null) return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const length: Record<string, string> = options.noLength ? {} : { 'Content-Length': String(body.byteLength) };
    if (method === 'HEAD') return options.noHead ? new Response(null, { status: 405 }) : new Response(null, { status: 200, headers: length });
    if (range === 'bytes=0-0' && !options.noLength) {
      return new Response(body.slice(0, 1), { status: 206, headers: { 'Content-Range': `bytes 0-0/${body.byteLength}`, 'Content-Length': '1' } });
    }
    return new Response(chunked(body, fault === 'break-mid-body'), { status: 200, headers: { 'Content-Type': 'application/octet-stream', ...length } });
  };
  return { fetch: fetchImpl, log };
}

/** The venue at `sceneText` as the app would have loaded it from `scenes/<id>/`, with its version. */
export function loadedFrom(sceneText: string, venueId: string): LoadedVenue {
  const result = parseVenueText(sceneText, { expectedId: venueId });
  if (!result.venue) throw new Error(`the test venue does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return toLoadedVenue(result.venue, result.problems, `${DOCUMENT_BASE}scenes/${venueId}/`, result.migratedFrom, venueVersion(sceneText));
}

/** The demo museum's scene.json text. */
export const demoSceneText = (): string => readFileSync(join(DEMO_DIR, 'scene.json'), 'utf8');

/** An offline environment over a fake server and fake caches. */
export function fakeEnv(server: FakeServer, caches = new FakeCacheStorage(), storage = fakeStorage(caches)): OfflineEnv & { caches: FakeCacheStorage; storage: ReturnType<typeof fakeStorage> } {
  return { caches, fetch: server.fetch, storage, documentBase: DOCUMENT_BASE, now: () => new Date('2025-11-26T10:00:00Z') };
}
