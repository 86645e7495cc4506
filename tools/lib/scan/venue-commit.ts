import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { uriProblem, type Scan } from '../../../src/core/venue/index.ts';

/**
 * Putting the new scan into the venue folder without ever leaving it half
 * written: everything is written into a staging folder inside the venue first
 * (same disk, so moves are atomic renames), then each output replaces its
 * target (the old one kept aside), then scene.json is replaced by rename, and
 * only then are the kept-aside and the old scan's files removed. A failure
 * before scene.json is replaced puts everything back.
 */

/** A file of the new scan, by path relative to the venue folder. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** What {@link commitScan} changed. */
export interface CommitResult {
  /** Files written, relative to the venue folder. */
  written: string[];
  /** Old scan files removed, relative to the venue folder. */
  removed: string[];
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** The top-level entry (file or folder) of the venue that a relative path lives in. */
const topEntry = (path: string) => path.split('/')[0]!;

/** Writes the outputs and the new scene.json text into `venueDir`, atomically as seen from scene.json. */
export async function commitScan(venueDir: string, outputs: readonly OutputFile[], sceneText: string, oldScan: Scan | undefined): Promise<CommitResult> {
  const root = resolve(venueDir);
  await mkdir(root, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(root, `.scan-import-${tag}`);
  const entries = [...new Set(outputs.map((o) => topEntry(o.path)))];
  const moved: { target: string; backup: string | null }[] = [];
  let sceneReplaced = false;
  try {
    for (const output of outputs) {
      const path = join(staging, output.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, output.bytes);
    }
    const sceneTemp = join(staging, 'scene.json');
    await writeFile(sceneTemp, sceneText);
    for (const entry of entries) {
      const target = join(root, entry);
      const backup = (await exists(target)) ? join(root, `.scan-import-old-${tag}-${entry}`) : null;
      if (backup) await rename(target, backup);
      moved.push({ target, backup });
      await rename(join(staging, entry), target);
    }
    await rename(sceneTemp, join(root, 'scene.json'));
    sceneReplaced = true;
  } catch (error) {
    // Put back what was there, newest first.
    for (const { target, backup } of moved.reverse()) {
      await rm(target, { recursive: true, force: true }).catch(() => {});
      if (backup) await rename(backup, target).catch(() => {});
    }
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    if (sceneReplaced) for (const { backup } of moved) if (backup) await rm(backup, { recursive: true, force: true }).catch(() => {});
  }
  const written = outputs.map((o) => o.path);
  const removed = await removeOldScan(root, oldScan, new Set(entries));
  return { written, removed };
}

/** A venue-relative path for a bundle URI, or null when it is not a file of the bundle. */
function bundlePath(root: string, uri: string): string | null {
  if (uriProblem(uri, 'bundle') !== null || /^[a-z][a-z0-9+.-]*:/i.test(uri)) return null;
  const path = resolve(root, decodeURIComponent(uri.split(/[?#]/, 1)[0]!));
  return path.startsWith(root + sep) ? path : null;
}

/**
 * Removes the previous scan's files once the new scan is in place: its file,
 * or for 3D Tiles its tileset.json and every tile it lists (not the whole
 * folder: a curator's other files may live there). Anything the new scan now
 * occupies was already replaced and is left alone.
 */
async function removeOldScan(root: string, oldScan: Scan | undefined, replaced: ReadonlySet<string>): Promise<string[]> {
  if (!oldScan) return [];
  const main = bundlePath(root, oldScan.uri);
  if (!main || replaced.has(topEntry(relative(root, main).split(sep).join('/')))) return [];
  const files = [main];
  if (oldScan.format === '3dtiles') files.push(...(await tilesetContents(main, root)));
  const removed: string[] = [];
  for (const file of files) {
    if (await exists(file)) {
      await rm(file, { force: true });
      removed.push(relative(root, file).split(sep).join('/'));
    }
  }
  // Folders the old tiles leave empty go too.
  for (const dir of [...new Set(files.map(dirname))].sort((a, b) => b.length - a.length)) {
    if (dir !== root && dir.startsWith(root + sep) && (await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => {});
  }
  return removed;
}

/** Every content file a tileset lists, following external tilesets; only files inside the venue. */
async function tilesetContents(tilesetPath: string, root: string, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(tilesetPath, 'utf8'));
  } catch {
    return [];
  }
  const out: string[] = [];
  const visit = async (tile: unknown): Promise<void> => {
    if (typeof tile !== 'object' || tile === null) return;
    const t = tile as { content?: { uri?: unknown }; contents?: { uri?: unknown }[]; children?: unknown[] };
    for (const content of [t.content, ...(t.contents ?? [])]) {
      if (typeof content?.uri !== 'string') continue;
      const path = resolve(dirname(tilesetPath), decodeURIComponent(content.uri));
      if (!path.startsWith(root + sep)) continue;
      out.push(path);
      if (path.endsWith('.json')) out.push(...(await tilesetContents(path, root, depth + 1)));
    }
    for (const child of t.children ?? []) await visit(child);
  };
  await visit((json as { root?: unknown }).root);
  return out;
}
