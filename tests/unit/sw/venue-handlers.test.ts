import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENE_CACHE, venueCacheName } from '../../../src/platform/offline/cache-names.ts';
import { SCENE_NETWORK_TIMEOUT_MS, sceneResponse, venueFileResponse } from '../../../src/sw/venue-handlers.ts';
import type { ExtendableEventLike } from '../../../src/sw/worker-scope.ts';

// Workbox's modules expect a worker's `self` when they load.
vi.hoisted(() => {
  (globalThis as { self?: unknown }).self ??= globalThis;
});

/** Cache Storage as a service worker has it: named caches of URL → response; `match` looks in all of them. */
class FakeCache {
  readonly entries = new Map<string, { body: ArrayBuffer; init: ResponseInit }>();
  async match(request: Request | string): Promise<Response | undefined> {
    const entry = this.entries.get(typeof request === 'string' ? request : request.url);
    return entry && new Response(entry.body.slice(0), entry.init);
  }
  async put(request: Request, response: Response): Promise<void> {
    const body = await response.arrayBuffer();
    this.entries.set(request.url, { body, init: { status: response.status, headers: response.headers } });
  }
}
class FakeCacheStorage {
  readonly byName = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.byName.has(name)) this.byName.set(name, new FakeCache());
    return this.byName.get(name)!;
  }
  async match(request: Request): Promise<Response | undefined> {
    for (const cache of this.byName.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
  has(name: string, url: string): boolean {
    return this.byName.get(name)?.entries.has(url) ?? false;
  }
}

/** A response as fetch gives it for our own origin (type "basic"). */
function served(body: string, status = 200, contentType = 'application/octet-stream'): Response {
  const response = new Response(body, { status, headers: { 'content-type': contentType } });
  Object.defineProperty(response, 'type', { value: 'basic' });
  return response;
}

/** A page's request (with respondWith) or a message asking to cache URLs (without), collecting waitUntil work. */
function eventFor(kind: 'fetch' | 'message'): ExtendableEventLike & { work: Promise<unknown>[] } {
  const work: Promise<unknown>[] = [];
  const event = { work, waitUntil: (p: Promise<unknown>) => void work.push(p) } as unknown as ExtendableEventLike & { work: Promise<unknown>[] };
  if (kind === 'fetch') Object.assign(event, { respondWith: () => undefined });
  return event;
}

/** Waits for all the work the event was given, including work added while waiting (as a worker's lifetime does). */
async function settle(event: { work: Promise<unknown>[] }): Promise<void> {
  for (let done = 0; done < event.work.length; ) {
    const count = event.work.length;
    await Promise.all(event.work);
    done = count;
  }
}

const BASE = 'https://museum.example/scenes/demo-museum/';
let storage: FakeCacheStorage;
let network: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

beforeEach(() => {
  storage = new FakeCacheStorage();
  network = vi.fn<(request: Request) => Promise<Response>>();
  vi.stubGlobal('caches', storage);
  vi.stubGlobal('fetch', network);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('scene.json: the latest from the network, the stored copy without it', () => {
  const request = () => new Request(`${BASE}scene.json`);

  it('answers from the network and keeps a copy', async () => {
    network.mockResolvedValue(served('{"v":2}', 200, 'application/json'));
    const event = eventFor('fetch');
    expect(await (await sceneResponse(event, request())).text()).toBe('{"v":2}');
    await settle(event);
    expect(storage.has(SCENE_CACHE, `${BASE}scene.json`)).toBe(true);
  });

  it('answers from the stored copy offline', async () => {
    await (await storage.open(SCENE_CACHE)).put(request(), served('{"v":1}'));
    network.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await (await sceneResponse(eventFor('fetch'), request())).text()).toBe('{"v":1}');
  });

  it('does not keep a visitor waiting on a weak connection: after the timeout the stored copy answers', async () => {
    vi.useFakeTimers();
    await (await storage.open(SCENE_CACHE)).put(request(), served('{"v":1}'));
    let answer!: (response: Response) => void;
    network.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const event = eventFor('fetch');
    const response = sceneResponse(event, request());
    await vi.advanceTimersByTimeAsync(SCENE_NETWORK_TIMEOUT_MS);
    expect(await (await response).text()).toBe('{"v":1}');
    // The late answer still replaces the stored copy, for next time.
    answer(served('{"v":2}', 200, 'application/json'));
    await settle(event);
    expect(await (await (await storage.open(SCENE_CACHE)).match(request()))!.text()).toBe('{"v":2}');
  });

  it('lets the page hear the failure when there is neither network nor copy', async () => {
    network.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(sceneResponse(eventFor('fetch'), request())).rejects.toThrow('Failed to fetch');
  });

  it('does not store an error or a web page in place of scene.json', async () => {
    network.mockResolvedValueOnce(served('gone', 404));
    const event = eventFor('fetch');
    expect((await sceneResponse(event, request())).status).toBe(404);
    network.mockResolvedValueOnce(served('<!doctype html>', 200, 'text/html'));
    await sceneResponse(event, request());
    await settle(event);
    expect(storage.has(SCENE_CACHE, `${BASE}scene.json`)).toBe(false);
  });
});

describe('other venue files: by their versioned URL, from any cache or the network', () => {
  const scanUrl = `${BASE}scan.glb?v=abc123`;

  it('stores a versioned file in its version’s cache and answers from it afterwards, without the network', async () => {
    network.mockResolvedValue(served('SCAN'));
    const event = eventFor('fetch');
    expect(await (await venueFileResponse(event, new Request(scanUrl), 'demo-museum', 'abc123')).text()).toBe('SCAN');
    await settle(event);
    expect(storage.has(venueCacheName('demo-museum', 'abc123'), scanUrl)).toBe(true);

    network.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await (await venueFileResponse(eventFor('fetch'), new Request(scanUrl), 'demo-museum', 'abc123')).text()).toBe('SCAN');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('finds a file saved in any cache (a saved venue) by its exact URL, query included', async () => {
    await (await storage.open('museum-visit:venue:demo-museum:abc123')).put(new Request(scanUrl), served('SAVED'));
    network.mockResolvedValue(served('NETWORK'));
    expect(await (await venueFileResponse(eventFor('fetch'), new Request(scanUrl), 'demo-museum', 'abc123')).text()).toBe('SAVED');
    // Another version is another URL: the saved copy is not handed out for it.
    expect(await (await venueFileResponse(eventFor('fetch'), new Request(`${BASE}scan.glb?v=def456`), 'demo-museum', 'def456')).text()).toBe('NETWORK');
  });

  it('does not store a file without a version, nor an error', async () => {
    network.mockResolvedValueOnce(served('TRACE'));
    network.mockResolvedValueOnce(served('missing', 404));
    const event = eventFor('fetch');
    await venueFileResponse(event, new Request(`${BASE}traces/walk.jsonl`), 'demo-museum', null);
    await venueFileResponse(event, new Request(`${BASE}media/gone.webp?v=abc123`), 'demo-museum', 'abc123');
    await settle(event);
    expect([...storage.byName.keys()]).toEqual([]);
  });

  it('answers an audio player’s range request from a stored file with just that slice', async () => {
    const audioUrl = `${BASE}media/talk.mp3?v=abc123`;
    await (await storage.open(venueCacheName('demo-museum', 'abc123'))).put(new Request(audioUrl), served('0123456789'));
    const response = await venueFileResponse(eventFor('fetch'), new Request(audioUrl, { headers: { range: 'bytes=2-5' } }), 'demo-museum', 'abc123');
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('2345');
  });

  it('has the copy stored before it answers a page that asked to cache URLs', async () => {
    network.mockResolvedValue(served('SCAN'));
    await venueFileResponse(eventFor('message'), new Request(scanUrl), 'demo-museum', 'abc123');
    expect(storage.has(venueCacheName('demo-museum', 'abc123'), scanUrl)).toBe(true);
  });
});
