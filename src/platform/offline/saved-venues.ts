import { parseVenueCacheName, SCENE_CACHE, venueCacheName, VERSION_PARAM } from './cache-names.ts';
import type { CacheLike, OfflineEnv } from './offline-env.ts';

/**
 * The list of venues saved for offline use. There is no separate database: each
 * saved version's cache (cache-names.ts) holds, besides the venue's files, a small
 * JSON manifest at `scenes/<id>/offline-manifest.json?v=<version>`, written only
 * after every file is in. So "saved" means exactly "its cache has a manifest": a
 * cache the service worker filled while the venue was browsed, or a save that
 * failed half-way, has none, and deleting the cache deletes the entry with it —
 * the list can never disagree with what is stored.
 */

/** The manifest's file name inside a venue's folder (the service worker must not delete caches holding one). */
export const SAVED_MANIFEST_FILE = 'offline-manifest.json';

/** One saved venue, as the list shows it. */
export interface SavedVenue {
  readonly id: string;
  /** Title in the venue's default language. */
  readonly title: string;
  readonly version: string;
  /** Bundle URIs stored (scene.json, scan, media, traces). */
  readonly files: readonly string[];
  /** Bytes stored, summed as they were downloaded. */
  readonly bytes: number;
  /** When the save completed (ISO 8601). */
  readonly savedAt: string;
}

/**
 * The folder of venue `venueId` below the app (`scenes/<id>/`, as platform/venue-location.ts
 * places it). Written out here rather than imported: that module belongs to the first
 * download, and sharing it with this lazy code would split it into a chunk of its own.
 */
function venueFolderUrl(venueId: string, documentBase: string): string {
  return new URL(`scenes/${venueId}/`, documentBase).href;
}

/** Where a venue version's manifest is kept. */
export function manifestUrl(venueId: string, version: string, documentBase: string): string {
  const url = new URL(SAVED_MANIFEST_FILE, venueFolderUrl(venueId, documentBase));
  url.searchParams.set(VERSION_PARAM, version);
  return url.href;
}

/** The unversioned scene.json URL of a venue, as the app asks for it. */
export function sceneUrlFor(venueId: string, documentBase: string): string {
  return new URL('scene.json', venueFolderUrl(venueId, documentBase)).href;
}

/** Writes the manifest that marks a venue version as saved; the last step of a save. */
export async function writeManifest(cache: CacheLike, entry: SavedVenue, documentBase: string): Promise<void> {
  const body = JSON.stringify(entry);
  await cache.put(manifestUrl(entry.id, entry.version, documentBase), new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** A manifest read back, checked field by field (storage can be tampered with or half-written); null when unusable. */
export function parseManifest(text: string, venueId: string, version: string): SavedVenue | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc === null || typeof doc !== 'object') return null;
  const m = doc as Record<string, unknown>;
  const files = Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string') : null;
  const bytes = typeof m.bytes === 'number' && Number.isFinite(m.bytes) && m.bytes >= 0 ? m.bytes : null;
  if (m.id !== venueId || m.version !== version || typeof m.title !== 'string' || typeof m.savedAt !== 'string' || files === null || bytes === null) return null;
  return { id: venueId, title: m.title.slice(0, 500), version, files, bytes, savedAt: m.savedAt };
}

/** The saved venue in cache `name`, or null when that cache is no saved venue. */
async function savedIn(name: string, env: OfflineEnv): Promise<SavedVenue | null> {
  const parsed = parseVenueCacheName(name);
  if (!parsed) return null;
  try {
    const cache = await env.caches.open(name);
    const response = await cache.match(manifestUrl(parsed.venueId, parsed.version, env.documentBase));
    return response ? parseManifest(await response.text(), parsed.venueId, parsed.version) : null;
  } catch {
    return null;
  }
}

/** Every saved venue version, by title, newest first within a venue. */
export async function listSavedVenues(env: OfflineEnv): Promise<SavedVenue[]> {
  const names = await env.caches.keys();
  const saved = (await Promise.all(names.map((name) => savedIn(name, env)))).filter((s): s is SavedVenue => s !== null);
  return saved.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id) || b.savedAt.localeCompare(a.savedAt));
}

/** How an open venue stands against what is saved of it. */
export type SavedCopy =
  | { readonly state: 'none' }
  /** This very version is saved. */
  | { readonly state: 'current'; readonly saved: SavedVenue }
  /** Only other (older) versions are saved: offer "Update saved copy". */
  | { readonly state: 'older'; readonly saved: readonly SavedVenue[] };

/** What is saved of venue `venueId`, compared with the `version` open now. */
export async function savedCopyOf(venueId: string, version: string | null, env: OfflineEnv): Promise<SavedCopy> {
  const mine = (await listSavedVenues(env)).filter((s) => s.id === venueId);
  const current = mine.find((s) => s.version === version);
  if (current) return { state: 'current', saved: current };
  return mine.length > 0 ? { state: 'older', saved: mine } : { state: 'none' };
}

/** True when this exact version of the venue is saved. */
export async function isSaved(venueId: string, version: string, env: OfflineEnv): Promise<boolean> {
  return (await savedIn(venueCacheName(venueId, version), env)) !== null;
}

/**
 * Deletes venue `venueId`'s caches: every version, or every version but `keepVersion`
 * (what an update does once the new version is complete). Deleting the whole venue
 * also drops its scene.json from the scene cache, so nothing of it stays behind.
 * Returns how many caches were deleted.
 */
export async function deleteSavedVenue(venueId: string, env: OfflineEnv, options: { keepVersion?: string } = {}): Promise<number> {
  const names = (await env.caches.keys()).filter((name) => {
    const parsed = parseVenueCacheName(name);
    return parsed !== null && parsed.venueId === venueId && parsed.version !== options.keepVersion;
  });
  let deleted = 0;
  for (const name of names) if (await env.caches.delete(name)) deleted++;
  if (options.keepVersion === undefined && (await env.caches.has(SCENE_CACHE))) {
    const scenes = await env.caches.open(SCENE_CACHE);
    await scenes.delete(sceneUrlFor(venueId, env.documentBase));
  }
  return deleted;
}
