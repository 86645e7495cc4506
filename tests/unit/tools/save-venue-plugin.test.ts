import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer as createViteServer } from 'vite';
import { createSaveVenueMiddleware, mediaPathProblem, saveVenuePlugin } from '../../../tools/vite/save-venue-plugin.ts';
import { fixturePath } from '../../helpers/fixtures.ts';

interface Reply {
  status: number;
  body: { ok: boolean; written?: string[]; version?: string; problems?: { message: string }[] };
}

let root: string;
let server: Server;
let port: number;

const venueDir = (): string => join(root, 'scenes', 'tiny-gallery');
const sceneText = (): string => readFileSync(fixturePath('venues', 'tiny-gallery', 'scene.json'), 'utf8');

/** POSTs with node:http, which (unlike fetch) lets the test forge Host and Origin. */
function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'] }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Every file under `dir`, relative, so a test can see that nothing else appeared. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'save-venue-'));
  cpSync(fixturePath('venues', 'tiny-gallery'), venueDir(), { recursive: true });
  const middleware = createSaveVenueMiddleware({ scenesDir: join(root, 'scenes'), maxTotalBytes: 64 * 1024 });
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('{"ok":false}');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

describe('a curator saves a venue from the dev server', () => {
  it('writes scene.json and the new media into scenes/<id>/ and answers what it wrote', async () => {
    const edited = sceneText().replace('"Tiny Gallery"', '"Tiny Gallery, edited"');
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: edited, files: { 'media/new/photo.webp': Buffer.from('RIFFdata').toString('base64') } });
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(reply.body.written).toEqual(['media/new/photo.webp', 'scene.json']);
    expect(reply.body.version).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(join(venueDir(), 'scene.json'), 'utf8')).toBe(edited);
    expect(readFileSync(join(venueDir(), 'media', 'new', 'photo.webp'), 'utf8')).toBe('RIFFdata');
    // No temporary files are left behind.
    expect(listFiles(venueDir()).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses an invalid scene.json with 422 and its problems, and leaves the old file alone', async () => {
    const before = sceneText();
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: before.replace('"defaultLanguage": "de"', '"defaultLanguage": 42'), files: { 'media/x.webp': 'AAAA' } });
    expect(reply.status).toBe(422);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.problems?.length).toBeGreaterThan(0);
    expect(readFileSync(join(venueDir(), 'scene.json'), 'utf8')).toBe(before);
    expect(existsSync(join(venueDir(), 'media', 'x.webp'))).toBe(false);
  });

  it('refuses a scene.json whose id is not the folder’s', async () => {
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText().replace('"id": "tiny-gallery"', '"id": "other-venue"') });
    expect(reply.status).toBe(422);
  });

  it('refuses a venue folder that does not exist instead of creating it', async () => {
    const reply = await post('/__museum-visit/save/no-such-venue', { sceneText: sceneText() });
    expect(reply.status).toBe(404);
    expect(existsSync(join(root, 'scenes', 'no-such-venue'))).toBe(false);
  });
});

describe('the save endpoint cannot be used to write anywhere else', () => {
  it.each(['..', '..%2F..%2Fescaped', '%2E%2E', 'tiny-gallery%2F..%2F..%2Fescaped', 'Tiny-Gallery'])('refuses the venue id %s', async (id) => {
    const before = listFiles(root);
    const reply = await post(`/__museum-visit/save/${id}`, { sceneText: sceneText() });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(listFiles(root)).toEqual(before);
  });

  it.each(['../escaped.webp', '../../escaped.webp', 'media/../../escaped.webp', '%2E%2E/escaped.webp', '/tmp/escaped.webp', 'media\\..\\..\\escaped.webp', './scene.json', 'scene.json'])(
    'refuses the file path %s and writes nothing at all',
    async (path) => {
      const before = listFiles(root);
      const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText().replace('Tiny Gallery', 'Changed'), files: { 'media/ok.webp': 'AAAA', [path]: 'AAAA' } });
      expect(reply.status).toBe(400);
      expect(listFiles(root)).toEqual(before);
      expect(readFileSync(join(venueDir(), 'scene.json'), 'utf8')).toBe(sceneText());
    },
  );

  it('does not follow a symbolic link out of the venue folder', async () => {
    const outside = join(root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(venueDir(), 'linked'));
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText(), files: { 'linked/escaped.webp': 'AAAA' } });
    expect(reply.status).toBe(400);
    expect(readdirSync(outside)).toEqual([]);
  });

  it.each([
    ['a page of another site', { Origin: 'https://evil.example' }],
    ['a page on another port', { Origin: 'http://127.0.0.1:1' }],
    ['a request without Origin', { Origin: '' }],
    ['a rebound host name', { Host: 'evil.example' }],
  ])('refuses %s with 403', async (_name, headers) => {
    const before = sceneText();
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: before.replace('Tiny Gallery', 'Hacked') }, headers);
    expect(reply.status).toBe(403);
    expect(readFileSync(join(venueDir(), 'scene.json'), 'utf8')).toBe(before);
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText() }, { Host: `localhost:${port}`, Origin: `http://localhost:${port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses a save larger than the bound with 413', async () => {
    const big = Buffer.alloc(65 * 1024).toString('base64');
    const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText(), files: { 'media/big.webp': big } });
    expect(reply.status).toBe(413);
    expect(existsSync(join(venueDir(), 'media', 'big.webp'))).toBe(false);
  });
});

describe('the Vite plugin', () => {
  it('mounts the endpoint on a real dev server and only there', async () => {
    const plugin = saveVenuePlugin({ scenesDir: join(root, 'scenes') });
    expect(plugin.apply).toBe('serve');
    const vite = await createViteServer({ root, configFile: false, logLevel: 'silent', plugins: [plugin], server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false } });
    try {
      await vite.listen();
      const vitePort = (vite.httpServer?.address() as AddressInfo).port;
      const previousPort = port;
      port = vitePort;
      const edited = sceneText().replace('"Tiny Gallery"', '"Saved through Vite"');
      const reply = await post('/__museum-visit/save/tiny-gallery', { sceneText: edited });
      const refused = await post('/__museum-visit/save/tiny-gallery', { sceneText: sceneText() }, { Origin: `http://127.0.0.1:${previousPort}` });
      port = previousPort;
      expect(reply.status).toBe(200);
      expect(refused.status).toBe(403);
      expect(readFileSync(join(venueDir(), 'scene.json'), 'utf8')).toBe(edited);
    } finally {
      await vite.close();
    }
  });
});

describe('media paths', () => {
  it('allows plain relative paths and names the problem of others', () => {
    expect(mediaPathProblem('media/photos/café 1.webp')).toBeNull();
    expect(mediaPathProblem('media//x.webp')).toMatch(/empty/);
    expect(mediaPathProblem('C:/x.webp')).toMatch(/":"/);
  });
});
