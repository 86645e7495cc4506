import { describe, expect, it } from 'vitest';
import { isJsonUrl, TilesetFetchPlugin } from '../../../../src/render/scans/tiles/tileset-fetch.ts';
import { describeTilesetError, TilesetError } from '../../../../src/render/scans/tiles/tileset-errors.ts';

const BASE = 'https://museum.example/scenes/a/scan/';
const TILESET = { asset: { version: '1.1' }, geometricError: 40, root: { boundingVolume: { box: [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1] }, geometricError: 0, content: { uri: 'troot.glb' } } };

/** A fetch answering from a table of files; anything else is a 404. */
function server(files: Record<string, { body: string | Uint8Array; type?: string; status?: number }>) {
  const calls: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    const path = url.slice(BASE.length).split('?')[0]!;
    const file = files[path];
    if (!file) return new Response('Not Found', { status: 404 });
    const body = typeof file.body === 'string' ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
    return new Response(body, { status: file.status ?? 200, headers: { 'content-type': file.type ?? 'application/octet-stream' } });
  }) as typeof fetch;
  return { fetchFn, calls };
}

function plugin(fetchFn: typeof fetch) {
  const sizes: number[] = [];
  const prepared: number[] = [];
  const p = new TilesetFetchPlugin({ fetch: fetchFn, onBytes: (n) => sizes.push(n), prepareContent: async (b) => void prepared.push(b.byteLength) });
  return { p, sizes, prepared };
}

const message = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TilesetError);
    return describeTilesetError('scan/tileset.json', error);
  }
  throw new Error('expected a rejection');
};

describe('the tileset downloads', () => {
  it('answers a tileset with its parsed JSON and a tile with its bytes, counting both', async () => {
    const tilesetText = JSON.stringify(TILESET);
    const { fetchFn } = server({ 'tileset.json': { body: tilesetText, type: 'application/json' }, 'troot.glb': { body: new Uint8Array(1234) } });
    const { p, sizes, prepared } = plugin(fetchFn);
    expect(await p.fetchData(`${BASE}tileset.json?v=1`)).toEqual(TILESET);
    const tile = await p.fetchData(new URL(`${BASE}troot.glb?v=1`));
    expect(tile).toBeInstanceOf(ArrayBuffer);
    expect((tile as ArrayBuffer).byteLength).toBe(1234);
    expect(sizes).toEqual([new TextEncoder().encode(tilesetText).length, 1234]);
    expect(prepared).toEqual([1234]); // decoders are looked for in tiles, not in JSON
  });

  it('turns a missing tileset, a web page, broken JSON and an unknown version into readable errors', async () => {
    const { fetchFn } = server({
      'page.json': { body: '<!doctype html><title>App</title>', type: 'text/html; charset=utf-8' },
      'broken.json': { body: '{"asset": ', type: 'application/json' },
      'v2.json': { body: JSON.stringify({ ...TILESET, asset: { version: '2.0' } }), type: 'application/json' },
      'down.json': { body: 'busy', status: 503 },
    });
    const { p, sizes } = plugin(fetchFn);
    expect(await message(p.fetchData(`${BASE}tileset.json?v=1`))).toBe('scan/tileset.json: the file was not found on the server (HTTP 404)');
    expect(await message(p.fetchData(`${BASE}page.json`))).toMatch(/sent a web page instead of the file/);
    expect(await message(p.fetchData(`${BASE}broken.json`))).toMatch(/^scan\/tileset\.json: not valid JSON \(/);
    expect(await message(p.fetchData(`${BASE}v2.json`))).toBe('scan/tileset.json: 3D Tiles version "2.0" is not supported (1.0 or 1.1 expected)');
    expect(await message(p.fetchData(`${BASE}down.json`))).toBe('scan/tileset.json: the server answered HTTP 503');
    expect(sizes.length).toBe(2); // only the two files that arrived whole count
  });

  it('reports a failed request as a network failure, but lets a cancelled one stay an AbortError', async () => {
    const offline = plugin((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch).p;
    expect(await message(offline.fetchData(`${BASE}tileset.json`))).toBe('scan/tileset.json: the network request failed');
    const cancelled = plugin((async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    }) as typeof fetch).p;
    await expect(cancelled.fetchData(`${BASE}t0.glb`)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('tells tilesets from tiles by the path, whatever the query', () => {
    expect(isJsonUrl(`${BASE}tileset.json?v=abc`)).toBe(true);
    expect(isJsonUrl(`${BASE}wing/TILESET.JSON#x`)).toBe(true);
    expect(isJsonUrl(`${BASE}t0.glb?v=abc`)).toBe(false);
    expect(isJsonUrl(`${BASE}t0.glb?next=a.json`)).toBe(false);
  });
});
