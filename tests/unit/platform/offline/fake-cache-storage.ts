import type { CacheLike, CacheStorageLike, StorageLike } from '../../../../src/platform/offline/offline-env.ts';

/**
 * An in-memory Cache Storage with a quota, for the offline tests: it stores
 * response bodies as bytes (reading streamed bodies to the end, as a browser
 * does), fails a write that would exceed the quota with a `QuotaExceededError`,
 * and reports usage through a StorageManager-like `estimate()`.
 */

interface StoredResponse {
  body: Uint8Array;
  status: number;
  statusText: string;
  headers: [string, string][];
}

/** One named cache. */
export class FakeCache implements CacheLike {
  readonly entries = new Map<string, StoredResponse>();

  constructor(private readonly owner: FakeCacheStorage) {}

  async match(request: string): Promise<Response | undefined> {
    const stored = this.entries.get(request);
    if (!stored) return undefined;
    return new Response(stored.body.slice(), { status: stored.status, statusText: stored.statusText, headers: stored.headers });
  }

  async put(request: string, response: Response): Promise<void> {
    if (this.owner.failPut?.(request)) throw new TypeError(`put failed for ${request}`);
    const body = new Uint8Array(await response.arrayBuffer());
    const previous = this.entries.get(request)?.body.byteLength ?? 0;
    if (this.owner.usage() - previous + body.byteLength > this.owner.quotaBytes) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.entries.set(request, { body, status: response.status, statusText: response.statusText, headers: [...response.headers] });
  }

  async delete(request: string): Promise<boolean> {
    return this.entries.delete(request);
  }

  /** Bytes of every stored body. */
  bytes(): number {
    let sum = 0;
    for (const entry of this.entries.values()) sum += entry.body.byteLength;
    return sum;
  }
}

/** The whole Cache Storage of one origin. */
export class FakeCacheStorage implements CacheStorageLike {
  readonly caches = new Map<string, FakeCache>();
  /** Bytes the origin may store; writes beyond it fail as a browser's do. */
  quotaBytes = Number.POSITIVE_INFINITY;
  /** When set and true for a URL, `put` fails with a plain error (a broken disk, say). */
  failPut: ((url: string) => boolean) | null = null;

  async open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) {
      cache = new FakeCache(this);
      this.caches.set(name, cache);
    }
    return cache;
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  /** Bytes stored in all caches. */
  usage(): number {
    let sum = 0;
    for (const cache of this.caches.values()) sum += cache.bytes();
    return sum;
  }

  /** The stored body at `url` in cache `name`, as text; undefined when absent. */
  text(name: string, url: string): string | undefined {
    const entry = this.caches.get(name)?.entries.get(url);
    return entry ? new TextDecoder().decode(entry.body) : undefined;
  }
}

/** A StorageManager over `caches`: usage is what the caches hold, the quota theirs (or what `reportedQuota` claims). */
export function fakeStorage(caches: FakeCacheStorage, options: { grantPersistence?: boolean; reportedQuota?: number } = {}): StorageLike & { persistAsked: number } {
  let persisted = false;
  const storage = {
    persistAsked: 0,
    async persist() {
      storage.persistAsked++;
      persisted = options.grantPersistence ?? false;
      return persisted;
    },
    async persisted() {
      return persisted;
    },
    async estimate() {
      const quota = options.reportedQuota ?? caches.quotaBytes;
      return { usage: caches.usage(), quota: Number.isFinite(quota) ? quota : 10 * 1024 ** 3 };
    },
  };
  return storage;
}
