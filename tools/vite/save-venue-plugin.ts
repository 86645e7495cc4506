import { randomBytes } from 'node:crypto';
import { lstat, mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { isValidVenueId, parseVenueText, type Problem } from '../../src/core/venue/index.ts';
import { venueVersion } from '../../src/core/venue/version.ts';

/**
 * "Save to scenes/<id>" for the curator editor, during development only.
 *
 * `POST /__museum-visit/save/<venue id>` with `Content-Type: application/json` and the body
 * `{ "sceneText": "<scene.json text>", "files": { "media/a.webp": "<base64>", … } }`
 * writes the media files, then scene.json (last, so scene.json never names a file that is
 * not there yet), into the EXISTING folder `scenes/<id>/`; it never creates a venue folder
 * (a new venue starts as a folder made by hand or by a tool). Every write goes to a
 * temporary file in the same folder and is renamed over the old one, so a crash leaves
 * either the old or the new file, never half of one.
 *
 * Nothing is written unless the whole request is acceptable: scene.json must pass the
 * validator (else 422 with the problems), every path must stay inside the venue folder.
 * Answers `{ ok: true, written: [paths], version }` or `{ ok: false, problems: Problem[] }`.
 *
 * Only the developer's own browser may drive it: the connection must come from the
 * loopback address, and both Host and Origin must name localhost/127.0.0.1/[::1] with the
 * port the request arrived on. Browsers always send Origin with a POST, so a page from
 * another site (or DNS rebinding to 127.0.0.1) is refused with 403; command-line clients
 * must send `Origin: http://127.0.0.1:<port>` themselves.
 */

/** The URL prefix the middleware answers; the venue id follows it. */
export const SAVE_VENUE_PATH = '/__museum-visit/save/';

/** Default bound of the decoded media plus scene.json of one save. */
export const DEFAULT_MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** Options of {@link createSaveVenueMiddleware}. */
export interface SaveVenueOptions {
  /** The folder holding one folder per venue (the repository's `scenes/`). */
  scenesDir: string;
  /** Bound of the decoded bytes written by one request (default {@link DEFAULT_MAX_SAVE_BYTES}). */
  maxTotalBytes?: number;
}

type Next = (error?: unknown) => void;

/** A refusal: the HTTP status and what was wrong, for the JSON answer. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const refuse = (status: number, message: string, path = ''): Refusal => new Refusal(status, [{ path, message, severity: 'error' }]);

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** True when the request comes from this machine and from a page of this dev server. */
export function isLocalRequest(req: IncomingMessage): boolean {
  const port = req.socket.localPort;
  if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '') || port === undefined) return false;
  const hosts = new Set(LOCAL_HOST_NAMES.map((name) => `${name}:${port}`));
  const origin = req.headers.origin;
  return hosts.has(req.headers.host ?? '') && typeof origin === 'string' && hosts.has(origin.replace(/^http:\/\//, '')) && origin.startsWith('http://');
}

/**
 * Why a relative media path may not be written, or null when it may. Stricter than a
 * bundle URI: the path is used as-is on disk, so no %-escapes, queries or drive letters.
 */
export function mediaPathProblem(path: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'must not contain control characters';
  if (path.includes('\\')) return 'must use "/" as the separator, not "\\"';
  if (path.startsWith('/')) return 'must be relative to the venue folder';
  if (/[:%?#]/.test(path)) return 'must not contain ":", "%", "?" or "#"';
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'must not have empty, "." or ".." parts';
  if (path === 'scene.json') return 'scene.json is sent as sceneText, not as a file';
  if (segments.some((s) => s.startsWith('.'))) return 'must not name hidden files';
  return null;
}

/** Reads the body, refusing it as soon as it passes `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw refuse(413, `the request is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface SaveRequest {
  sceneText: string;
  files: Map<string, Buffer>;
}

/** Checks the shape of the body and decodes the files; throws a {@link Refusal}. */
function decodeRequest(text: string, maxTotalBytes: number): SaveRequest {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw refuse(400, 'the body is not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null) throw refuse(400, 'the body must be a JSON object');
  const { sceneText, files = {} } = doc as { sceneText?: unknown; files?: unknown };
  if (typeof sceneText !== 'string') throw refuse(400, 'sceneText must be a string', 'sceneText');
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw refuse(400, 'files must be an object of base64 strings', 'files');
  const decoded = new Map<string, Buffer>();
  let total = Buffer.byteLength(sceneText, 'utf8');
  const problems: Problem[] = [];
  for (const [path, value] of Object.entries(files as Record<string, unknown>)) {
    const problem = mediaPathProblem(path);
    if (problem !== null) problems.push({ path: `files[${JSON.stringify(path)}]`, message: `${path}: ${problem}`, severity: 'error' });
    else if (typeof value !== 'string' || !BASE64.test(value)) problems.push({ path: `files[${JSON.stringify(path)}]`, message: `${path}: not a base64 string`, severity: 'error' });
    else {
      const bytes = Buffer.from(value, 'base64');
      total += bytes.length;
      decoded.set(path, bytes);
    }
  }
  if (problems.length > 0) throw new Refusal(400, problems);
  if (total > maxTotalBytes) throw refuse(413, `the save is ${total} bytes; at most ${maxTotalBytes}`);
  return { sceneText, files: decoded };
}

const isInside = (folder: string, path: string): boolean => path === folder || path.startsWith(folder + sep);

/** The deepest existing ancestor of `path` (itself included). */
async function deepestExisting(path: string): Promise<string> {
  let current = path;
  for (;;) {
    try {
      await lstat(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/**
 * Checks that writing `relativePath` stays inside the real venue folder: the deepest
 * existing ancestor of its folder, symlinks resolved, must be inside it, and the file
 * itself must not be a folder.
 */
async function checkTarget(venueReal: string, relativePath: string): Promise<void> {
  const target = join(venueReal, relativePath);
  if (!isInside(venueReal, target)) throw refuse(400, `${relativePath} leaves the venue folder`);
  const existingParent = await realpath(await deepestExisting(dirname(target)));
  if (!isInside(venueReal, existingParent)) throw refuse(400, `${relativePath} leads outside the venue folder (a symbolic link)`);
  const info = await lstat(target).catch(() => null);
  if (info?.isDirectory()) throw refuse(400, `${relativePath} is a folder`);
}

/** Writes `bytes` to `file` through a temporary file in the same folder and a rename. */
async function writeAtomically(venueReal: string, file: string, bytes: Buffer | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Checked again after mkdir: a folder swapped for a link in between must not be followed.
  if (!isInside(venueReal, await realpath(dirname(file)))) throw refuse(400, `${file} leads outside the venue folder`);
  const temporary = join(dirname(file), `.save-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Handles one save request whose venue id is `rawId` (still URL-encoded). */
async function save(req: IncomingMessage, rawId: string, scenesReal: string, maxTotalBytes: number): Promise<{ written: string[]; version: string }> {
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    throw refuse(400, 'the venue id has a broken %-escape');
  }
  if (!isValidVenueId(id)) throw refuse(400, `"${id}" is not a valid venue id`);
  const venueReal = await realpath(join(scenesReal, id)).catch(() => null);
  const info = venueReal === null ? null : await lstat(venueReal);
  if (venueReal === null || !info?.isDirectory() || !isInside(scenesReal, venueReal)) throw refuse(404, `scenes/${id}/ does not exist`);

  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) throw refuse(415, 'the body must be application/json');
  // Base64 is 4/3 of the bytes; scene.json travels as JSON-escaped text.
  const body = await readBody(req, Math.ceil((maxTotalBytes * 4) / 3) + 1024 * 1024);
  const request = decodeRequest(body, maxTotalBytes);

  const { venue, problems } = parseVenueText(request.sceneText, { expectedId: id });
  if (venue === null || problems.some((p) => p.severity === 'error')) throw new Refusal(422, problems);
  for (const path of request.files.keys()) await checkTarget(venueReal, path);
  await checkTarget(venueReal, 'scene.json');

  const written: string[] = [];
  for (const [path, bytes] of request.files) {
    await writeAtomically(venueReal, join(venueReal, path), bytes);
    written.push(path);
  }
  await writeAtomically(venueReal, join(venueReal, 'scene.json'), request.sceneText);
  written.push('scene.json');
  return { written, version: venueVersion(request.sceneText) };
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The connect middleware behind {@link saveVenuePlugin}; mountable on any node:http server. */
export function createSaveVenueMiddleware(options: SaveVenueOptions): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const scenesDir = resolve(options.scenesDir);
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_SAVE_BYTES;
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith(SAVE_VENUE_PATH)) return next();
    if (!isLocalRequest(req)) return answer(res, 403, { ok: false, problems: [{ path: '', message: 'saving is only allowed from this machine’s dev server page', severity: 'error' }] });
    if (req.method !== 'POST') return answer(res, 405, { ok: false, problems: [{ path: '', message: 'use POST', severity: 'error' }] });
    const rawId = url.slice(SAVE_VENUE_PATH.length).split(/[?#]/, 1)[0] ?? '';
    realpath(scenesDir)
      .then((scenesReal) => save(req, rawId, scenesReal, maxTotalBytes))
      .then(({ written, version }) => answer(res, 200, { ok: true, written, version }))
      .catch((error: unknown) => {
        if (error instanceof Refusal) return answer(res, error.status, { ok: false, problems: error.problems });
        answer(res, 500, { ok: false, problems: [{ path: '', message: `could not write: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }] });
      });
  };
}

/** The Vite plugin: mounts the save middleware on the dev server only (`apply: 'serve'`). */
export function saveVenuePlugin(options: SaveVenueOptions): Plugin {
  return {
    name: 'museum-visit:save-venue',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(createSaveVenueMiddleware(options));
    },
  };
}
