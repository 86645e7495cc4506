import { pickText } from '../../core/i18n/localize.ts';
import { venueBundleFiles, type BundleFile, type NetworkOnlyFile } from './bundle-files.ts';
import { gltfResourceUris, hasExtension, tilesetContentUris, MAX_SCAN_RESOURCES, type ScanResources } from './scan-resources.ts';
import { probeFileSize, type FileSize } from './size-probe.ts';
import { runPool } from './task-pool.ts';
import { sceneUrlOf, venueVersionOf } from './venue-version.ts';
import type { LoadedVenue } from '../../core/venue/index.ts';
import type { OfflineEnv } from './offline-env.ts';

/**
 * What saving a venue would download, and how much: the first step of "Save this
 * museum for offline", shown to the visitor before anything is stored.
 */

/** A bundle file with the URL it is fetched from and stored under, and its size. */
export interface PlannedFile extends BundleFile {
  /** `loaded.resolve(uri)`: the versioned URL the service worker answers. */
  readonly url: string;
  readonly size: FileSize;
}

/** Everything needed to save one version of one venue. */
export interface SavePlan {
  readonly venueId: string;
  /** The venue's title in its default language (the saved list shows it in any UI language). */
  readonly title: string;
  readonly version: string;
  /** scene.json as the app asks for it (unversioned), kept in the scene cache. */
  readonly sceneUrl: string;
  /** Files to store; an optional file the server lacks is not among them. */
  readonly files: readonly PlannedFile[];
  /** Required files the server says are missing: the venue cannot be saved whole. */
  readonly missing: readonly PlannedFile[];
  /** Files on other servers: they will need the network. */
  readonly networkOnly: readonly NetworkOnlyFile[];
  /** Sum of the sizes the server told. */
  readonly knownBytes: number;
  /** How many files' sizes could not be learnt. */
  readonly unknownFiles: number;
}

/** How many size questions are asked at once. */
const PROBE_CONCURRENCY = 6;
/** External tilesets read while listing a 3D Tiles scan, at most. */
const MAX_TILESETS = 2_000;

/** Reads a bundle file as text for listing what it names; rejects with a readable message. */
async function readListing(env: OfflineEnv, url: string, uri: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await env.fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`${uri} could not be read (the network request failed)`, { cause: error });
  }
  if (!response.ok) throw new Error(`${uri} could not be read (HTTP ${response.status})`);
  return response.text();
}

/**
 * The files a scan names beyond itself: a `.gltf`'s buffers and images, or every
 * tile of a 3D Tiles tileset (following external tilesets). A `.glb` and the other
 * formats are single files.
 */
async function scanResourceFiles(loaded: LoadedVenue, env: OfflineEnv, signal?: AbortSignal): Promise<ScanResources> {
  const scan = loaded.venue.scan;
  const out: ScanResources = { uris: [], networkOnly: [] };
  if (!scan || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(scan.uri)) return out;
  if (scan.format === 'gltf' && hasExtension(scan.uri, '.gltf')) {
    return gltfResourceUris(scan.uri, await readListing(env, loaded.resolve(scan.uri), scan.uri, signal));
  }
  if (scan.format !== '3dtiles') return out;
  const seen = new Set<string>([scan.uri]);
  const tilesets = [scan.uri];
  for (let i = 0; i < tilesets.length && i < MAX_TILESETS; i++) {
    const tilesetUri = tilesets[i]!;
    const found = tilesetContentUris(tilesetUri, await readListing(env, loaded.resolve(tilesetUri), tilesetUri, signal));
    for (const uri of found.uris) {
      if (seen.has(uri) || seen.size > MAX_SCAN_RESOURCES) continue;
      seen.add(uri);
      out.uris.push(uri);
      if (hasExtension(uri, '.json')) tilesets.push(uri);
    }
    for (const uri of found.networkOnly) if (!out.networkOnly.includes(uri)) out.networkOnly.push(uri);
  }
  return out;
}

/**
 * Lists what saving `loaded` would store and asks the server for each file's size.
 * Rejects when the venue has no version (an app without versioned venue URLs
 * cannot keep versions apart) or a scan's file list cannot be read.
 */
export async function planVenueSave(loaded: LoadedVenue, env: OfflineEnv, signal?: AbortSignal): Promise<SavePlan> {
  const version = venueVersionOf(loaded);
  if (version === null) throw new Error('this venue has no version, so it cannot be saved for offline use');
  const { venue } = loaded;
  const listed = venueBundleFiles(venue);
  const scanExtras = await scanResourceFiles(loaded, env, signal);

  const known = new Set(listed.files.map((f) => f.uri));
  const bundleFiles: BundleFile[] = [...listed.files];
  for (const uri of scanExtras.uris) {
    if (known.has(uri)) continue;
    known.add(uri);
    bundleFiles.push({ uri, role: 'scan', required: true, path: `scan.uri → ${uri}` });
  }
  const networkOnly = [...listed.networkOnly, ...scanExtras.networkOnly.filter((uri) => !listed.networkOnly.some((n) => n.uri === uri)).map((uri) => ({ uri, path: 'scan.uri' }))];

  const planned = await runPool(bundleFiles, PROBE_CONCURRENCY, async (file): Promise<PlannedFile> => {
    const url = loaded.resolve(file.uri);
    return { ...file, url, size: await probeFileSize(url, env.fetch, signal) };
  });
  const files = planned.filter((f) => f.size.state !== 'missing');
  return {
    venueId: venue.id,
    title: pickText(venue.title, venue.defaultLanguage, venue.defaultLanguage).text,
    version,
    sceneUrl: sceneUrlOf(loaded),
    files,
    missing: planned.filter((f) => f.size.state === 'missing' && f.required),
    networkOnly,
    knownBytes: files.reduce((sum, f) => sum + (f.size.state === 'known' ? f.size.bytes : 0), 0),
    unknownFiles: files.filter((f) => f.size.state === 'unknown').length,
  };
}
