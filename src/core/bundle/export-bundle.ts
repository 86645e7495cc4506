import { strToU8, zipSync, type Zippable } from 'fflate';
import { entryNameProblem, quoteEntry } from './entry-name.ts';
import { extensionOf } from './media-sniff.ts';

/** The name of the venue document at the root of every bundle. */
export const SCENE_ENTRY = 'scene.json';

/**
 * Formats that are already compressed: deflating them again costs time and
 * gains nothing, so they are stored as they are.
 */
const STORED_EXTENSIONS = new Set(['glb', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'mp3', 'm4a', 'mp4', 'ogg', 'oga', 'opus', 'webm', 'ktx2', 'spz', 'zip']);

/**
 * A fixed timestamp for every entry (zip stores local date and time fields, so
 * a Date built from local fields writes the same bytes in every time zone).
 * Zip cannot express dates before 1980.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Packs a venue bundle into a zip: `scene.json` first, then every file at its
 * relative path in sorted order, all with the same timestamp, so exporting the
 * same bundle twice gives identical bytes (and a diff-friendly archive).
 * Compressed media are stored, text is deflated.
 *
 * `files` holds the bundle's other files by relative path (`media/x.png`,
 * `scan.glb`, `traces/a.jsonl`); a `scene.json` key there is ignored in favour
 * of `sceneText`. Throws a RangeError for a path that is not a safe relative
 * path (`..`, absolute, backslash): the caller built it, and writing it would
 * produce a zip that our own import refuses.
 */
export function exportBundle(sceneText: string, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const paths = [...files.keys()].filter((p) => p !== SCENE_ENTRY).sort();
  for (const path of paths) {
    const problem = entryNameProblem(path);
    if (problem !== null || path.endsWith('/')) throw new RangeError(`cannot export file ${quoteEntry(path)}: it ${problem ?? 'names a folder'}`);
  }
  // Object keys keep insertion order for non-numeric keys, which fixes the entry order.
  const entries = Object.create(null) as Zippable; // no prototype: a file named "__proto__" stays a file
  entries[SCENE_ENTRY] = [strToU8(sceneText), { level: 9 }];
  for (const path of paths) {
    const data = files.get(path) ?? new Uint8Array(0);
    entries[path] = [data, { level: STORED_EXTENSIONS.has(extensionOf(path)) ? 0 : 9 }];
  }
  return zipSync(entries, { mtime: FIXED_MTIME });
}
