/**
 * What saving a venue for offline needs from the browser, as narrow interfaces:
 * the page passes the real Cache Storage, fetch and StorageManager; tests pass
 * in-memory fakes (tests/unit/platform/offline/fake-cache-storage.ts).
 */

/** The part of a `Cache` the offline code uses; the browser's Cache satisfies it. */
export interface CacheLike {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
  delete(request: string): Promise<boolean>;
}

/** The part of `CacheStorage` the offline code uses; the browser's `caches` satisfies it. */
export interface CacheStorageLike {
  open(name: string): Promise<CacheLike>;
  delete(name: string): Promise<boolean>;
  has(name: string): Promise<boolean>;
  keys(): Promise<string[]>;
}

/** The part of `navigator.storage` the offline code uses; every member may be missing. */
export interface StorageLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** The browser as the offline code sees it. */
export interface OfflineEnv {
  readonly caches: CacheStorageLike;
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  readonly storage: StorageLike | null;
  /** The document's base URL; venue bundles live at `scenes/<id>/` below it. */
  readonly documentBase: string;
  /** The clock, for "saved at". */
  readonly now: () => Date;
}

/** True where the page can store venues at all (Cache Storage needs a secure context). */
export function canSaveOffline(): boolean {
  return typeof caches !== 'undefined' && typeof fetch === 'function';
}

/** The page's own browser. Only call where {@link canSaveOffline} is true. */
export function browserOfflineEnv(): OfflineEnv {
  return {
    caches,
    fetch: (url, init) => fetch(url, init),
    storage: typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null,
    documentBase: document.baseURI,
    now: () => new Date(),
  };
}
