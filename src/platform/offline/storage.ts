import type { StorageLike } from './offline-env.ts';

/**
 * Asking the browser to keep saved venues, and how much room there is. Browsers
 * may evict "best effort" storage when the disk runs low; `persist()` asks them not
 * to, and they answer by their own rules (Chrome: engagement; Firefox: a prompt).
 */

/** The browser's answer to "keep this": stored permanently, maybe cleared, or not askable here. */
export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

/** Bytes used and available to this site, when the browser says. */
export interface StorageSpace {
  usage: number;
  quota: number;
  /** quota − usage, never negative. */
  available: number;
}

/** Asks for persistent storage (once granted, asking again is harmless); never throws. */
export async function requestPersistence(storage: StorageLike | null): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/** How much this site stores and may store; null when the browser does not say (or says nonsense). */
export async function estimateStorage(storage: StorageLike | null): Promise<StorageSpace | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return null;
    const used = Math.max(0, usage);
    return { usage: used, quota, available: Math.max(0, quota - used) };
  } catch {
    return null;
  }
}

/** True for the error a browser gives when a write would exceed the site's quota. */
export function isQuotaExceeded(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Old Firefox names it NS_ERROR_DOM_QUOTA_REACHED; legacy DOMException code 22.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}
