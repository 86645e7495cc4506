import { describe, expect, it } from 'vitest';
import { estimateStorage, isQuotaExceeded, requestPersistence } from '../../../../src/platform/offline/storage.ts';
import { isOnline, subscribeOnline, type OnlineSource } from '../../../../src/platform/offline/online-status.ts';

describe('asking the browser to keep saved museums', () => {
  it('reports whether storage was made persistent, and does not ask again once it is', async () => {
    let asked = 0;
    let granted = false;
    const storage = { persist: async () => (asked++, (granted = true)), persisted: async () => granted };
    await expect(requestPersistence(storage)).resolves.toBe('persistent');
    await expect(requestPersistence(storage)).resolves.toBe('persistent');
    expect(asked).toBe(1);
    await expect(requestPersistence({ persist: async () => false })).resolves.toBe('best-effort');
    await expect(requestPersistence({ persist: async () => Promise.reject(new Error('blocked')) })).resolves.toBe('best-effort');
    await expect(requestPersistence(null)).resolves.toBe('unsupported');
  });

  it('tells the space left, and nothing when the browser’s answer makes no sense', async () => {
    await expect(estimateStorage({ estimate: async () => ({ usage: 300, quota: 1000 }) })).resolves.toEqual({ usage: 300, quota: 1000, available: 700 });
    await expect(estimateStorage({ estimate: async () => ({ usage: 1200, quota: 1000 }) })).resolves.toMatchObject({ available: 0 });
    await expect(estimateStorage({ estimate: async () => ({ usage: Number.NaN, quota: 1000 }) })).resolves.toBeNull();
    await expect(estimateStorage({ estimate: async () => ({}) })).resolves.toBeNull();
    await expect(estimateStorage({})).resolves.toBeNull();
  });

  it('recognises a full quota however the browser names it', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaExceeded(new TypeError('Failed to fetch'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });
});

/** A window-like source whose onLine the test flips, firing the events a browser would. */
function fakeWindow(onLine: boolean): OnlineSource & { set(online: boolean): void; listeners: number } {
  const target = new EventTarget();
  const source = {
    navigator: { onLine },
    listeners: 0,
    addEventListener(type: 'online' | 'offline', listener: () => void) {
      target.addEventListener(type, listener);
      source.listeners++;
    },
    removeEventListener(type: 'online' | 'offline', listener: () => void) {
      target.removeEventListener(type, listener);
      source.listeners--;
    },
    set(online: boolean) {
      source.navigator.onLine = online;
      target.dispatchEvent(new Event(online ? 'online' : 'offline'));
    },
  };
  return source;
}

describe('knowing whether the visitor is offline', () => {
  it('follows the browser’s online and offline events until unsubscribed', () => {
    const win = fakeWindow(true);
    const seen: boolean[] = [];
    expect(isOnline(win)).toBe(true);
    const stop = subscribeOnline((online) => seen.push(online), win);
    win.set(false);
    expect(isOnline(win)).toBe(false);
    win.set(true);
    stop();
    win.set(false);
    expect(seen).toEqual([false, true]);
    expect(win.listeners).toBe(0);
  });

  it('counts a browser that cannot tell as online', () => {
    expect(isOnline({ navigator: {}, addEventListener: () => undefined, removeEventListener: () => undefined })).toBe(true);
    expect(isOnline(null)).toBe(true);
  });
});
