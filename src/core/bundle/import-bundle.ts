import { parseVenueText, type Problem, type Venue } from '../venue/index.ts';
import { readZipDirectory, type ZipEntryRecord } from './zip-directory.ts';
import { entryNameProblem, quoteEntry } from './entry-name.ts';
import { readEntryData } from './inflate-entry.ts';
import { contentMismatch } from './media-sniff.ts';
import { referencedFiles, uriToBundlePath } from './referenced-files.ts';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.ts';
import { SCENE_ENTRY } from './export-bundle.ts';

/** A problem with a bundle zip: a venue {@link Problem}, plus the zip entry it is about. */
export interface BundleProblem extends Problem {
  /** The zip entry concerned, as named in the zip (for scene.json problems: the scene entry). */
  entry?: string;
}

export interface ImportBundleOptions extends Partial<BundleLimits> {
  /** The id the venue must have (e.g. when replacing an existing venue). */
  expectedId?: string;
}

/** The outcome of {@link importBundle}: a valid venue and its files, or every reason it was refused. */
export type ImportBundleResult =
  | {
      ok: true;
      /** The text of scene.json exactly as it was in the zip. */
      sceneText: string;
      venue: Venue;
      /** Every other file, by path relative to the bundle root. */
      files: Map<string, Uint8Array>;
      warnings: BundleProblem[];
    }
  | { ok: false; problems: BundleProblem[] };

/** Leftovers of macOS's "Compress" that are not part of anyone's bundle. */
const isOsClutter = (name: string): boolean => name.startsWith('__MACOSX/') || name === '.DS_Store' || name.endsWith('/.DS_Store');

/** Problems listed at most, so a zip with thousands of bad entries still gives a readable answer. */
const MAX_PROBLEMS = 50;

const entryError = (entry: string, message: string): BundleProblem => ({ path: '', entry, message, severity: 'error' });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks what the directory declares about each entry, before inflating any:
 * names (zip slip), symlinks, encryption, methods, sizes, compression ratios.
 */
function checkDeclaredEntries(entries: readonly ZipEntryRecord[], limits: BundleLimits): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const name = quoteEntry(e.name);
    const nameProblem = entryNameProblem(e.name);
    if (nameProblem !== null) problems.push(entryError(e.name, `Entry ${name} ${nameProblem}.`));
    if (e.isSymlink) problems.push(entryError(e.name, `Entry ${name} is a symbolic link; a bundle may only hold plain files.`));
    if (seen.has(e.name)) problems.push(entryError(e.name, `Entry ${name} appears twice in the zip.`));
    seen.add(e.name);
    if (e.isDirectory) continue;
    if (e.flags & 1) problems.push(entryError(e.name, `Entry ${name} is encrypted; bundles cannot be password-protected.`));
    if (e.method !== 0 && e.method !== 8) problems.push(entryError(e.name, `Entry ${name} uses compression method ${e.method}; only stored and deflated entries are supported.`));
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
      problems.push(entryError(e.name, `Entry ${name} would inflate ${Math.round(ratio)} times (${e.compressedSize} to ${e.uncompressedSize} bytes), which looks like a zip bomb; at most ${limits.maxCompressionRatio} times is accepted.`));
    }
  }
  if (total > limits.maxTotalBytes) {
    problems.push({ path: '', message: `The zip would inflate to ${total} bytes; a bundle may hold at most ${limits.maxTotalBytes} bytes.`, severity: 'error' });
  }
  return problems;
}

/**
 * Where the bundle starts inside the zip: the root when scene.json is there, or
 * the single top-level folder that holds it (someone zipped the folder itself).
 */
function bundleRoot(files: readonly ZipEntryRecord[]): string | null {
  if (files.some((e) => e.name === SCENE_ENTRY)) return '';
  const tops = new Set(files.map((e) => e.name.split('/', 1)[0] ?? ''));
  if (tops.size !== 1) return null;
  const [top] = tops;
  const prefix = `${top ?? ''}/`;
  return files.some((e) => e.name === prefix + SCENE_ENTRY) ? prefix : null;
}

/**
 * Opens a venue bundle zip (as made by {@link exportBundle}, or by zipping a
 * bundle folder) and checks everything before anyone uses it: the zip's
 * structure, every entry's name, kind and declared size (refusing zip slip,
 * symlinks and zip bombs before inflating), each file's content against its
 * extension, scene.json against the venue validator, and that every file the
 * scene refers to is in the zip. Never throws; a refusal lists every reason
 * found, each naming its entry or JSON path. Pure: `zip` is only read.
 */
export function importBundle(zip: Uint8Array, options: ImportBundleOptions = {}): ImportBundleResult {
  const { expectedId, ...overrides } = options;
  const limits: BundleLimits = { ...BUNDLE_LIMITS, ...overrides };
  const refuse = (problems: BundleProblem[]): ImportBundleResult => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });
  try {
    const directory = readZipDirectory(zip, limits.maxEntries);
    if (!directory.ok) return refuse([{ path: '', message: `Cannot open the bundle: ${directory.reason}.`, severity: 'error' }]);
    const entries = directory.entries.filter((e) => !isOsClutter(e.name));

    const declared = checkDeclaredEntries(entries, limits);
    if (declared.length > 0) return refuse(declared);

    const plainFiles = entries.filter((e) => !e.isDirectory);
    const root = bundleRoot(plainFiles);
    if (root === null) {
      return refuse([{ path: '', entry: SCENE_ENTRY, message: 'The zip has no scene.json at its root (nor in a single top-level folder), so it is not a venue bundle.', severity: 'error' }]);
    }

    const problems: BundleProblem[] = [];
    const files = new Map<string, Uint8Array>();
    let sceneBytes: Uint8Array | null = null;
    for (const e of plainFiles) {
      if (!e.name.startsWith(root)) {
        problems.push(entryError(e.name, `Entry ${quoteEntry(e.name)} lies outside the bundle folder ${quoteEntry(root)}.`));
        continue;
      }
      const read = readEntryData(zip, e);
      if (!read.ok) {
        problems.push(entryError(e.name, `Entry ${quoteEntry(e.name)} ${read.reason}.`));
        continue;
      }
      const path = e.name.slice(root.length);
      if (path === SCENE_ENTRY) {
        sceneBytes = read.data;
        continue;
      }
      const mismatch = contentMismatch(path, read.data);
      if (mismatch !== null) problems.push(entryError(e.name, `Entry ${quoteEntry(e.name)} ${mismatch}.`));
      else files.set(path, read.data);
    }
    if (sceneBytes === null) return refuse(problems);

    let sceneText: string;
    try {
      sceneText = strictUtf8.decode(sceneBytes);
    } catch {
      return refuse([...problems, entryError(root + SCENE_ENTRY, 'scene.json is not valid UTF-8 text.')]);
    }
    const parsed = parseVenueText(sceneText, expectedId === undefined ? {} : { expectedId });
    const sceneEntry = root + SCENE_ENTRY;
    const sceneProblems = parsed.problems.map((p): BundleProblem => ({ ...p, entry: sceneEntry }));
    problems.push(...sceneProblems.filter((p) => p.severity === 'error'));
    if (parsed.venue === null || problems.length > 0) return refuse(problems);

    const venue = parsed.venue;
    for (const { path, uri } of referencedFiles(venue)) {
      const file = uriToBundlePath(uri);
      if (file === null || !files.has(file)) {
        problems.push({ path, entry: sceneEntry, message: `scene.json refers to the file ${quoteEntry(uri)}, which is missing from the zip.`, severity: 'error' });
      }
    }
    if (problems.length > 0) return refuse(problems);
    return { ok: true, sceneText, venue, files, warnings: sceneProblems.filter((p) => p.severity === 'warning') };
  } catch (error) {
    // Nothing above should throw; if it does, the bundle is still refused rather than the caller crashing.
    return refuse([{ path: '', message: `The bundle could not be read: ${error instanceof Error ? error.message : String(error)}.`, severity: 'error' }]);
  }
}
