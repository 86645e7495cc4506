import { venueVersion } from '../../core/venue/version.ts';
import { SCENE_CACHE, venueCacheName } from './cache-names.ts';
import { deleteSavedVenue, isSaved, listSavedVenues, writeManifest, type SavedVenue } from './saved-venues.ts';
import { estimateStorage, isQuotaExceeded } from './storage.ts';
import { runPool } from './task-pool.ts';
import type { CacheLike, OfflineEnv } from './offline-env.ts';
import type { PlannedFile, SavePlan } from './save-plan.ts';

/**
 * Downloads a venue into its version's cache, streaming each file (its bytes
 * counted for the progress bar) straight into Cache Storage. All or nothing as the
 * visitor sees it: the venue counts as saved only once its manifest is written,
 * after every file; a failure or Cancel deletes the half-filled cache, and any
 * version saved before stays as it was until the new one is complete.
 */

/** How far a save has come. */
export interface SaveProgress {
  /** Bytes stored so far. */
  readonly loadedBytes: number;
  /** Bytes expected in all: the sizes the server told, or more if files turned out larger. */
  readonly expectedBytes: number;
  readonly filesDone: number;
  readonly filesTotal: number;
  /** 0–100, whole numbers; 100 only once the venue is saved. */
  readonly percent: number;
}

/** Why a save did not complete. Nothing saved before is lost in any case. */
export type SaveFailure =
  | { readonly kind: 'cancelled' }
  /** A required file is not on the server. */
  | { readonly kind: 'missing'; readonly uri: string }
  /** The network failed while fetching `uri`. */
  | { readonly kind: 'network'; readonly uri: string }
  /** The server refused `uri`. */
  | { readonly kind: 'http'; readonly uri: string; readonly status: number }
  /** The server's scene.json is no longer the version open in the page: the museum changed meanwhile. */
  | { readonly kind: 'outdated' }
  /** The browser would not store it: the quota is full (`quotaExceeded`) or the write failed otherwise. */
  | { readonly kind: 'storage'; readonly quotaExceeded: boolean; readonly neededBytes: number; readonly availableBytes: number | null };

/** The end of a save: the venue as saved, or why not. Never a thrown error. */
export type SaveOutcome =
  | { readonly ok: true; readonly saved: SavedVenue; readonly alreadySaved: boolean; readonly replacedVersions: number }
  | { readonly ok: false; readonly failure: SaveFailure };

/** Options of {@link saveVenue}. */
export interface SaveOptions {
  onProgress?: (progress: SaveProgress) => void;
  /** Cancel: aborting it stops the downloads and removes what was stored. */
  signal?: AbortSignal;
}

/** Files downloaded at once: enough to hide latency, few enough for a phone. */
const DOWNLOAD_CONCURRENCY = 3;

/** A failure travelling up from a file's download to {@link saveVenue}. */
class FileFailure extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.kind);
  }
}

/** Passes a body through, counting its bytes, and notes whether it was the network side that failed. */
function countingBody(body: ReadableStream<Uint8Array>, onBytes: (n: number) => void, source: { failed: boolean }): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        source.failed = true;
        controller.error(error);
        return;
      }
      if (chunk.done) {
        controller.close();
        return;
      }
      onBytes(chunk.value.byteLength);
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Headers to store: the body is stored decoded, so its transfer encoding and length no longer apply. */
function storedHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  out.delete('content-encoding');
  out.delete('content-length');
  return out;
}

/** The size of a response already in the cache, without keeping its body around. */
async function cachedSize(response: Response): Promise<number> {
  const length = Number(response.headers.get('content-length'));
  if (Number.isSafeInteger(length) && length > 0) {
    response.body?.cancel().catch(() => undefined);
    return length;
  }
  return (await response.blob()).size;
}

/** True when a server answered a missing file with its app page (single-page hosting). */
const isFallbackPage = (response: Response, url: string): boolean =>
  /text\/html/i.test(response.headers.get('content-type') ?? '') && !/\.html?(?:[?#]|$)/i.test(url);

/**
 * Stores one file in `cache`; returns its bytes, or null for an optional file the
 * server does not have. A file the cache holds already (the service worker keeps
 * what the visitor opened) is counted, not fetched again.
 */
async function storeFile(file: PlannedFile, cache: CacheLike, env: OfflineEnv, signal: AbortSignal, onBytes: (n: number) => void, neededBytes: number): Promise<number | null> {
  const cached = await cache.match(file.url);
  if (cached?.ok) {
    const bytes = await cachedSize(cached);
    onBytes(bytes);
    return bytes;
  }
  let response: Response;
  try {
    response = await env.fetch(file.url, { signal });
  } catch {
    throw new FileFailure(signal.aborted ? { kind: 'cancelled' } : { kind: 'network', uri: file.uri });
  }
  const absent = response.status === 404 || response.status === 410 || (response.ok && isFallbackPage(response, file.url));
  if (absent) {
    response.body?.cancel().catch(() => undefined);
    if (!file.required) return null;
    throw new FileFailure({ kind: 'missing', uri: file.uri });
  }
  if (!response.ok) throw new FileFailure({ kind: 'http', uri: file.uri, status: response.status });

  let bytes = 0;
  const source = { failed: false };
  const count = (n: number) => {
    bytes += n;
    onBytes(n);
  };
  const body = response.body ? countingBody(response.body, count, source) : null;
  try {
    if (body) {
      await cache.put(file.url, new Response(body, { status: response.status, statusText: response.statusText, headers: storedHeaders(response.headers) }));
    } else {
      const buffer = await response.arrayBuffer();
      count(buffer.byteLength);
      await cache.put(file.url, new Response(buffer, { status: response.status, statusText: response.statusText, headers: storedHeaders(response.headers) }));
    }
  } catch (error) {
    if (signal.aborted) throw new FileFailure({ kind: 'cancelled' });
    if (source.failed) throw new FileFailure({ kind: 'network', uri: file.uri });
    throw new FileFailure({ kind: 'storage', quotaExceeded: isQuotaExceeded(error), neededBytes, availableBytes: null });
  }
  return bytes;
}

/** The scene.json stored for `plan`, checked to be the version the plan is for. */
async function storedScene(plan: SavePlan, cache: CacheLike): Promise<{ text: string; headers: Headers }> {
  const sceneFile = plan.files.find((f) => f.role === 'scene');
  const stored = sceneFile ? await cache.match(sceneFile.url) : undefined;
  if (!stored) throw new Error('scene.json is not in the venue cache');
  const text = await stored.text();
  // The server ignores `?v=`: a museum updated since the page opened would put a new scene.json among old files.
  if (venueVersion(text) !== plan.version) throw new FileFailure({ kind: 'outdated' });
  return { text, headers: stored.headers };
}

/** Keeps scene.json in the scene cache under the address the app asks for, so the venue opens offline. */
async function keepSceneJson(plan: SavePlan, scene: { text: string; headers: Headers }, env: OfflineEnv): Promise<void> {
  const scenes = await env.caches.open(SCENE_CACHE);
  await scenes.put(plan.sceneUrl, new Response(scene.text, { headers: scene.headers }));
}

/** The saved entry for `plan`'s venue and version, read back from the registry. */
async function savedEntry(plan: SavePlan, env: OfflineEnv): Promise<SavedVenue | null> {
  return (await listSavedVenues(env)).find((s) => s.id === plan.venueId && s.version === plan.version) ?? null;
}

/**
 * Saves the venue `plan` describes. Reports progress as bytes arrive; resolves
 * with the saved entry (and how many older versions it replaced), or with why it
 * could not — after removing everything this attempt stored.
 */
export async function saveVenue(plan: SavePlan, env: OfflineEnv, options: SaveOptions = {}): Promise<SaveOutcome> {
  const firstMissing = plan.missing[0];
  if (firstMissing) return { ok: false, failure: { kind: 'missing', uri: firstMissing.uri } };
  const cacheName = venueCacheName(plan.venueId, plan.version);
  const neededBytes = plan.knownBytes;

  if (await isSaved(plan.venueId, plan.version, env)) {
    const saved = await savedEntry(plan, env);
    if (saved) return { ok: true, saved, alreadySaved: true, replacedVersions: await deleteSavedVenue(plan.venueId, env, { keepVersion: plan.version }) };
  }
  const space = await estimateStorage(env.storage);
  if (space !== null && neededBytes > space.available) {
    return { ok: false, failure: { kind: 'storage', quotaExceeded: true, neededBytes, availableBytes: space.available } };
  }

  // One controller for this save: Cancel, or the first failure, stops every download in flight.
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  options.signal?.addEventListener('abort', onCancel);
  if (options.signal?.aborted) stop.abort();

  let loadedBytes = 0;
  let filesDone = 0;
  const report = (percent?: number) => {
    const expectedBytes = Math.max(plan.knownBytes, loadedBytes);
    const share = expectedBytes > 0 ? Math.floor((loadedBytes / expectedBytes) * 100) : Math.floor((filesDone / Math.max(1, plan.files.length)) * 100);
    options.onProgress?.({ loadedBytes, expectedBytes, filesDone, filesTotal: plan.files.length, percent: percent ?? Math.min(99, share) });
  };

  try {
    if (stop.signal.aborted) throw new FileFailure({ kind: 'cancelled' });
    const cache = await env.caches.open(cacheName);
    report();
    const sizes = await runPool(plan.files, DOWNLOAD_CONCURRENCY, async (file) => {
      if (stop.signal.aborted) throw new FileFailure({ kind: 'cancelled' });
      try {
        const bytes = await storeFile(file, cache, env, stop.signal, (n) => ((loadedBytes += n), report()), neededBytes);
        filesDone++;
        report();
        return bytes === null ? null : { uri: file.uri, bytes };
      } catch (error) {
        stop.abort();
        throw error;
      }
    });
    if (stop.signal.aborted) throw new FileFailure({ kind: 'cancelled' });
    const stored = sizes.filter((s): s is { uri: string; bytes: number } => s !== null);
    const saved: SavedVenue = {
      id: plan.venueId,
      title: plan.title,
      version: plan.version,
      files: stored.map((s) => s.uri),
      bytes: stored.reduce((sum, s) => sum + s.bytes, 0),
      savedAt: env.now().toISOString(),
    };
    const scene = await storedScene(plan, cache);
    try {
      await keepSceneJson(plan, scene, env);
      // Last: from this write on, the venue is listed as saved.
      await writeManifest(cache, saved, env.documentBase);
    } catch (error) {
      throw new FileFailure({ kind: 'storage', quotaExceeded: isQuotaExceeded(error), neededBytes, availableBytes: null });
    }
    const replacedVersions = await deleteSavedVenue(plan.venueId, env, { keepVersion: plan.version });
    report(100);
    return { ok: true, saved, alreadySaved: false, replacedVersions };
  } catch (error) {
    await env.caches.delete(cacheName).catch(() => false);
    const failure: SaveFailure = error instanceof FileFailure ? error.failure : { kind: 'storage', quotaExceeded: isQuotaExceeded(error), neededBytes, availableBytes: null };
    if (failure.kind !== 'storage') return { ok: false, failure };
    // Space left is measured after the partial copy is gone: what the visitor really has.
    const after = await estimateStorage(env.storage);
    return { ok: false, failure: { ...failure, availableBytes: after?.available ?? null } };
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
  }
}
