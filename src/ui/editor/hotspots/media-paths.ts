import { referencedFiles, uriToBundlePath } from '../../../core/bundle/index.ts';
import { slugify } from '../../../core/editing/index.ts';
import type { Venue } from '../../../core/venue/index.ts';

/**
 * Where a file added in the editor is stored in the bundle: `media/<slug>.<ext>`,
 * readable, safe on every file system and in a URL, and never a path that is
 * already used, so adding a file can never replace another exhibit's picture.
 */

/** The folder added media go to. */
export const MEDIA_FOLDER = 'media';

/**
 * Every bundle path in use, lower-cased (paths differing only in case would
 * collide on Windows and macOS disks): the files the venue refers to, and the
 * files added in this editor (`media` keys), referenced or not.
 */
export function bundlePathsInUse(venue: Venue, addedPaths: Iterable<string>): Set<string> {
  const taken = new Set<string>();
  for (const ref of referencedFiles(venue)) {
    const path = uriToBundlePath(ref.uri);
    if (path !== null) taken.add(path.toLowerCase());
  }
  for (const path of addedPaths) taken.add(path.toLowerCase());
  return taken;
}

/** The part of a file name before its extension: "Die Nachtwache.JPG" → "Die Nachtwache". */
function baseNameOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/**
 * A new bundle path for a file named `fileName` with content of `extension`:
 * "Mona Lisa (Detail).PNG" → `media/mona-lisa-detail.png`, then `-2`, `-3`… when
 * taken. A name with nothing usable in it (only symbols, or non-Latin script)
 * becomes `media/file.<ext>`.
 */
export function uniqueMediaPath(fileName: string, extension: string, taken: ReadonlySet<string>): string {
  const base = slugify(baseNameOf(fileName)) || 'file';
  const ext = extension.toLowerCase();
  const candidate = (n: number) => `${MEDIA_FOLDER}/${n === 1 ? base : `${base}-${n}`}.${ext}`;
  for (let n = 1; ; n++) {
    const path = candidate(n);
    if (!taken.has(path.toLowerCase())) return path;
  }
}

/** The file name shown for a bundle URI: its last path segment ("media/a.de.mp3" → "a.de.mp3"). */
export function fileNameOf(uri: string): string {
  if (uri.startsWith('data:')) return 'embedded file';
  const path = uriToBundlePath(uri) ?? uri;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
