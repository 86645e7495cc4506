import { describe, expect, it } from 'vitest';
import { venueCacheName } from '../../../../src/platform/offline/cache-names.ts';
import { listSavedVenues, manifestUrl, parseManifest, savedCopyOf, writeManifest, type SavedVenue } from '../../../../src/platform/offline/saved-venues.ts';
import { DOCUMENT_BASE, fakeBundleServer, fakeEnv } from './fake-bundle-server.ts';

const entry = (over: Partial<SavedVenue> = {}): SavedVenue => ({
  id: 'demo-museum',
  title: 'Demo-Museum',
  version: 'aaaa000011112222',
  files: ['scene.json', 'scan.glb'],
  bytes: 500_000,
  savedAt: '2025-11-20T09:00:00.000Z',
  ...over,
});

const envWithNoServer = () => fakeEnv(fakeBundleServer({ folders: {} }));

describe('the list of saved museums', () => {
  it('lists only caches whose save completed (a manifest), not what the service worker cached while browsing', async () => {
    const env = envWithNoServer();
    const saved = entry();
    await writeManifest(await env.caches.open(venueCacheName(saved.id, saved.version)), saved, DOCUMENT_BASE);
    // Browsed, never saved: files but no manifest.
    const browsed = await env.caches.open(venueCacheName('other-museum', 'bbbb'));
    await browsed.put(`${DOCUMENT_BASE}scenes/other-museum/scan.glb?v=bbbb`, new Response('glb'));
    // Not a venue cache at all.
    await env.caches.open('workbox-precache-v2');
    expect(await listSavedVenues(env)).toEqual([saved]);
  });

  it('says whether the open version is saved, only an older one, or none', async () => {
    const env = envWithNoServer();
    const old = entry();
    await writeManifest(await env.caches.open(venueCacheName(old.id, old.version)), old, DOCUMENT_BASE);
    await expect(savedCopyOf('demo-museum', old.version, env)).resolves.toEqual({ state: 'current', saved: old });
    await expect(savedCopyOf('demo-museum', 'cccc333344445555', env)).resolves.toEqual({ state: 'older', saved: [old] });
    await expect(savedCopyOf('demo-museum', null, env)).resolves.toEqual({ state: 'older', saved: [old] });
    await expect(savedCopyOf('other-museum', 'cccc', env)).resolves.toEqual({ state: 'none' });
  });

  it('ignores a manifest that was tampered with or belongs to another cache', async () => {
    expect(parseManifest(JSON.stringify(entry()), 'demo-museum', 'aaaa000011112222')).toEqual(entry());
    expect(parseManifest(JSON.stringify(entry()), 'demo-museum', 'ffff')).toBeNull();
    expect(parseManifest(JSON.stringify(entry({ bytes: -1 })), 'demo-museum', 'aaaa000011112222')).toBeNull();
    expect(parseManifest(JSON.stringify({ ...entry(), bytes: 'many' }), 'demo-museum', 'aaaa000011112222')).toBeNull();
    expect(parseManifest('{"id":', 'demo-museum', 'aaaa000011112222')).toBeNull();
    expect(parseManifest('null', 'demo-museum', 'aaaa000011112222')).toBeNull();
  });

  it('keeps the manifest beside the venue’s files, under its version', () => {
    expect(manifestUrl('demo-museum', 'abc', 'https://museum.example/visit/')).toBe('https://museum.example/visit/scenes/demo-museum/offline-manifest.json?v=abc');
  });
});
