import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Measurement 2: the JavaScript a first-time visitor downloads before the app can
 * start, read from the built index.html, and the size of every file in assets/.
 *
 * "Initial" means: the entry module script, every `modulepreload` link, and
 * everything those import statically (followed through the chunks themselves, in
 * case a preload link is ever missing). Anything reached only through `import()`
 * is lazy. Sizes are gzip at zlib level 9, the most a static host can make of
 * them; KiB are 1024 bytes.
 */

/** Bytes in a KiB, the unit of the size table and of the budget. */
export const KIB = 1024;

/** Why a file is part of the first download, or that it is not. */
export type LoadKind = 'entry' | 'modulepreload' | 'static import' | 'stylesheet' | 'lazy';

/** One file of the build's assets/ folder. */
export interface AssetSize {
  /** Path relative to the build folder, with forward slashes (`assets/index-abc.js`). */
  file: string;
  type: 'js' | 'css' | 'other';
  load: LoadKind;
  rawBytes: number;
  gzipBytes: number;
}

/** The size report of one build. */
export interface BundleReport {
  /** The entry module script named in index.html. */
  entry: string;
  /** Sum over initial JavaScript files only (the budgeted figure). */
  initialJs: { files: number; rawBytes: number; gzipBytes: number };
  /** Every file in assets/, initial ones first, each group largest first. */
  assets: AssetSize[];
}

/** Attributes of every `<tag …>` in an HTML text; enough for Vite's generated index.html. */
function tags(html: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    found.push(attrs);
  }
  return found;
}

/**
 * A URL from index.html or a chunk, as a path relative to the build folder; null
 * for anything not served from it (another host, data: URLs).
 */
function localPath(url: string, fromDir: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.startsWith('/') ? url.slice(1) : posix.join(fromDir, url);
  return posix.normalize(path.split(/[?#]/, 1)[0]!);
}

/**
 * Specifiers of a chunk's static `import … from "…"`, `import "…"` and
 * `export … from "…"` statements. Dynamic `import("…")` does not match: the
 * keyword must be followed by a binding list or a string, never by "(".
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(statement)) specifiers.push(m[1]!);
  return specifiers;
}

/** Every file below `dir`, as paths relative to `root` with forward slashes. */
function listFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, root) : [relative(root, full).split(sep).join('/')];
  });
}

function typeOf(file: string): AssetSize['type'] {
  const ext = extname(file).toLowerCase();
  return ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : 'other';
}

/**
 * Measures the build in `outDir`: which files a visitor's first page load needs,
 * and the raw and gzip size of every file in assets/.
 */
export function measureBundle(outDir: string): BundleReport {
  const indexFile = join(outDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: nothing to measure`);
  const html = readFileSync(indexFile, 'utf8');

  const load = new Map<string, LoadKind>();
  const entries = tags(html, 'script').filter((a) => a.type === 'module' && a.src);
  const entry = entries.map((a) => localPath(a.src!, '.')).find((p): p is string => p !== null);
  if (!entry) throw new Error(`${indexFile} has no <script type="module" src="…"> served from the build: cannot tell the initial JavaScript`);
  for (const a of entries) {
    const p = localPath(a.src!, '.');
    if (p) load.set(p, 'entry');
  }
  for (const link of tags(html, 'link')) {
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    const p = link.href ? localPath(link.href, '.') : null;
    if (!p || load.has(p)) continue;
    if (rel.includes('modulepreload')) load.set(p, 'modulepreload');
    else if (rel.includes('stylesheet')) load.set(p, 'stylesheet');
  }

  // Follow static imports from every initial script: what the browser must fetch before the entry runs.
  const queue = [...load].filter(([p, kind]) => kind !== 'stylesheet' && typeOf(p) === 'js').map(([p]) => p);
  while (queue.length > 0) {
    const file = queue.shift()!;
    const full = join(outDir, file);
    if (!existsSync(full)) throw new Error(`index.html or a chunk refers to ${file}, which the build does not contain`);
    for (const spec of staticImports(readFileSync(full, 'utf8'))) {
      const p = localPath(spec, posix.dirname(file));
      if (!p || load.has(p) || !existsSync(join(outDir, p))) continue;
      load.set(p, 'static import');
      queue.push(p);
    }
  }

  const files = new Set([...listFiles(join(outDir, 'assets'), outDir), ...[...load.keys()].filter((p) => existsSync(join(outDir, p)))]);
  const assets: AssetSize[] = [...files].map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, type: typeOf(file), load: load.get(file) ?? 'lazy', rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  assets.sort((a, b) => Number(a.load === 'lazy') - Number(b.load === 'lazy') || b.gzipBytes - a.gzipBytes);

  const initialJs = assets.filter((a) => a.type === 'js' && a.load !== 'lazy');
  return {
    entry,
    initialJs: {
      files: initialJs.length,
      rawBytes: initialJs.reduce((sum, a) => sum + a.rawBytes, 0),
      gzipBytes: initialJs.reduce((sum, a) => sum + a.gzipBytes, 0),
    },
    assets,
  };
}
