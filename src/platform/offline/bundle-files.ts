import type { Venue } from '../../core/venue/index.ts';
import { uriProblem } from '../../core/venue/uri.ts';
import { venueUris } from '../../core/bundle/referenced-files.ts';

/**
 * The files of a venue bundle that "Save this museum for offline" downloads,
 * read from its scene.json alone (a `.gltf` scan's buffers and images, and a 3D
 * Tiles scan's tiles, are listed from those files by scan-resources.ts).
 * Pure: no I/O, so it runs in tests exactly as in the page.
 */

/** What a bundle file is for, which decides how a missing one is treated. */
export type BundleFileRole = 'scene' | 'scan' | 'media' | 'trace';

/** One file of the bundle to store. */
export interface BundleFile {
  /** The URI relative to the bundle folder, as scene.json writes it (e.g. `media/x.png`). */
  readonly uri: string;
  readonly role: BundleFileRole;
  /** False for a file the venue may lack (the demo walk): its 404 is not an error. */
  readonly required: boolean;
  /** Where scene.json names it (e.g. `hotspots[2].media[0].uri.de`), for messages; the first place when several do. */
  readonly path: string;
}

/** A URI that stays on another server: the visitor needs the network for it. */
export interface NetworkOnlyFile {
  readonly uri: string;
  readonly path: string;
}

/** Everything a saved copy of a venue must hold, and what it cannot. */
export interface BundleFileList {
  /** scene.json first, then the scan, media and traces; each URI once. */
  readonly files: readonly BundleFile[];
  /** `https:` URIs, which are not downloaded: they say "needs the network". */
  readonly networkOnly: readonly NetworkOnlyFile[];
}

/**
 * Where a venue keeps its recorded demo walk (the positioning replay reads it from
 * the same place: src/state/positioning/sources.ts, which platform code may not import).
 */
export const DEMO_WALK_TRACE_URI = 'traces/demo-walk.jsonl';

/** A URI of the bundle, or (for media) a localized set of them, as scene.json allows. */
type UriValue = string | Readonly<Record<string, string>> | undefined;

/**
 * Lists every file of `venue`'s bundle: scene.json, the scan, every media URI of
 * every hotspot (each language's image, audio and captions), every tour stop's
 * audio, and the demo walk (optional). `data:` URIs live inside scene.json and are
 * skipped; `https:` ones are reported as network-only; anything a validated venue
 * could not contain (a `..`, a script URI) is left out rather than thrown on.
 */
export function venueBundleFiles(venue: Venue): BundleFileList {
  const files: BundleFile[] = [];
  const networkOnly: NetworkOnlyFile[] = [];
  const seen = new Set<string>();

  const add = (path: string, value: UriValue, role: BundleFileRole, required = true): void => {
    if (value === undefined) return;
    const entries = typeof value === 'string' ? [['', value] as const] : Object.entries(value);
    for (const [lang, uri] of entries) {
      const where = lang === '' ? path : `${path}.${lang}`;
      if (/^https:/i.test(uri)) {
        if (!networkOnly.some((n) => n.uri === uri)) networkOnly.push({ uri, path: where });
        continue;
      }
      if (/^data:/i.test(uri) || uriProblem(uri, role === 'media' ? 'media' : 'bundle') !== null) continue;
      if (seen.has(uri)) continue;
      seen.add(uri);
      files.push({ uri, role, required, path: where });
    }
  };

  add('', 'scene.json', 'scene');
  for (const ref of venueUris(venue)) add(ref.path, ref.uri, ref.role);
  add('', DEMO_WALK_TRACE_URI, 'trace', false);
  return { files, networkOnly };
}
