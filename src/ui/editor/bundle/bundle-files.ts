import { exportBundle, referencedFiles, uriToBundlePath } from '../../../core/bundle/index.ts';
import type { Venue } from '../../../core/venue/index.ts';
import { sceneTextOf } from '../state/editor-session.ts';

/**
 * Gathering a venue's files for a bundle zip or for saving to the repository: the
 * files added in the editor come from the draft, the others from the published
 * venue (through the browser cache or the network).
 */

/** Fetches one file of the bundle by its URI; rejects with a message naming it. */
export type FileFetcher = (uri: string) => Promise<Uint8Array>;

/** Every file the venue refers to, by bundle path; `missing` names those that could not be read. */
export async function collectBundleFiles(venue: Venue, media: ReadonlyMap<string, Blob>, fetchFile: FileFetcher): Promise<{ files: Map<string, Uint8Array>; missing: string[] }> {
  const files = new Map<string, Uint8Array>();
  const missing: string[] = [];
  for (const ref of referencedFiles(venue)) {
    const path = uriToBundlePath(ref.uri);
    if (path === null || files.has(path) || missing.includes(path)) continue;
    const added = media.get(path);
    try {
      files.set(path, added ? new Uint8Array(await added.arrayBuffer()) : await fetchFile(ref.uri));
    } catch (error) {
      missing.push(`${path} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { files, missing };
}

/** A fetcher over HTTP through `resolve` (the viewer's LoadedVenue). */
export function httpFileFetcher(resolve: (uri: string) => string): FileFetcher {
  return async (uri) => {
    const response = await fetch(resolve(uri));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** The venue bundle as a zip, ready to download: scene.json and every file it refers to. */
export async function buildBundleZip(venue: Venue, media: ReadonlyMap<string, Blob>, fetchFile: FileFetcher): Promise<{ zip: Uint8Array; fileCount: number; missing: string[] }> {
  const { files, missing } = await collectBundleFiles(venue, media, fetchFile);
  return { zip: exportBundle(sceneTextOf(venue), files), fileCount: files.size + 1, missing };
}

/** Media types by extension, for files taken out of an imported zip (object URLs need a type to play). */
const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
  mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', webm: 'audio/webm',
  vtt: 'text/vtt', glb: 'model/gltf-binary', gltf: 'model/gltf+json', json: 'application/json', jsonl: 'application/jsonl',
};

/** A Blob of a bundle file with the media type its extension names. */
export function blobOfBundleFile(path: string, bytes: Uint8Array): Blob {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: TYPES[extension] ?? 'application/octet-stream' });
}
