import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCENE_CACHE, venueCacheName } from '../../../../src/platform/offline/cache-names.ts';
import { planVenueSave } from '../../../../src/platform/offline/save-plan.ts';
import { saveVenue, type SaveProgress } from '../../../../src/platform/offline/save-venue.ts';
import { deleteSavedVenue, listSavedVenues, manifestUrl } from '../../../../src/platform/offline/saved-venues.ts';
import { venueBundleFiles } from '../../../../src/platform/offline/bundle-files.ts';
import { failureText } from '../../../../src/ui/offline/offline-strings.ts';
import { formatBytes } from '../../../../src/ui/strings.ts';
import { DEMO_DIR, DOCUMENT_BASE, demoSceneText, fakeBundleServer, fakeEnv, loadedFrom, type FakeServerOptions } from './fake-bundle-server.ts';
import { fakeStorage, FakeCacheStorage } from './fake-cache-storage.ts';

/**
 * A visitor saves the demo museum for offline use: against a fake static host
 * serving the real bundle folder, into an in-memory Cache Storage.
 */

const demo = () => loadedFrom(demoSceneText(), 'demo-museum');
/** The demo museum as republished with a new title: a new scene.json, hence a new version. */
const demoV2Text = () => demoSceneText().replace('"title": {', '"title": { "fr": "Musée de démonstration",');
const serve = (extra: Partial<FakeServerOptions> = {}) => fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR }, ...extra });
/** Bytes of the demo bundle on disk, summed independently of the code under test. */
const demoBytesOnDisk = () => venueBundleFiles(demo().venue).files.reduce((sum, f) => sum + statSync(join(DEMO_DIR, f.uri)).size, 0);

describe('saving the demo museum for offline use', () => {
  it('tells the size first: the sum of its files, every size known', async () => {
    const server = serve();
    const plan = await planVenueSave(demo(), fakeEnv(server));
    expect(plan.knownBytes).toBe(demoBytesOnDisk());
    expect(plan.unknownFiles).toBe(0);
    expect(plan.files.length).toBe(venueBundleFiles(demo().venue).files.length);
    expect(plan.version).toBe(demo().version);
    expect(plan.sceneUrl).toBe(`${DOCUMENT_BASE}scenes/demo-museum/scene.json`);
    // Sizes only: nothing was downloaded.
    expect(server.log.every((line) => line.startsWith('HEAD '))).toBe(true);
  });

  it('downloads every file into the version’s cache with a progress bar that reaches 100 %', async () => {
    const env = fakeEnv(serve());
    const loaded = demo();
    const plan = await planVenueSave(loaded, env);
    const progress: SaveProgress[] = [];
    const outcome = await saveVenue(plan, env, { onProgress: (p) => progress.push(p) });

    expect(outcome.ok).toBe(true);
    const percents = progress.map((p) => p.percent);
    expect(percents.at(-1)).toBe(100);
    expect(percents.slice(0, -1).every((p) => p < 100)).toBe(true); // 100 % means saved, not "nearly"
    expect(percents.every((p, i) => i === 0 || p >= percents[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ loadedBytes: demoBytesOnDisk(), filesDone: plan.files.length, filesTotal: plan.files.length });

    const cache = env.caches.caches.get(venueCacheName('demo-museum', loaded.version))!;
    for (const file of plan.files) {
      const stored = await cache.match(loaded.resolve(file.uri));
      expect(stored, file.uri).toBeDefined();
      expect(Buffer.from(await stored!.arrayBuffer()).equals(readFileSync(join(DEMO_DIR, file.uri))), file.uri).toBe(true);
    }
    // scene.json also where the app asks for it, unversioned, so the museum opens offline.
    expect(env.caches.text(SCENE_CACHE, plan.sceneUrl)).toBe(demoSceneText());

    const saved = await listSavedVenues(env);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: 'demo-museum', version: loaded.version, bytes: demoBytesOnDisk(), savedAt: '2025-11-26T10:00:00.000Z' });
    expect(saved[0]!.title).toBe(loaded.venue.title[loaded.venue.defaultLanguage]);
    expect(saved[0]!.files).toHaveLength(plan.files.length);
  });

  it('will not save a venue whose version is unknown, since its files could not be told from another version’s', async () => {
    const env = fakeEnv(serve());
    await expect(planVenueSave({ ...demo(), version: '' }, env)).rejects.toThrow(/no version/);
    expect(await env.caches.keys()).toEqual([]);
  });

  it('keeps a venue without a demo walk: the optional trace’s 404 is no error', async () => {
    const env = fakeEnv(serve({ overrides: { 'demo-museum/traces/demo-walk.jsonl': null } }));
    const plan = await planVenueSave(demo(), env);
    expect(plan.files.some((f) => f.role === 'trace')).toBe(false);
    expect(plan.missing).toEqual([]);
    const outcome = await saveVenue(plan, env);
    expect(outcome.ok && outcome.saved.files.includes('traces/demo-walk.jsonl')).toBe(false);
    expect(outcome.ok).toBe(true);
  });

  it('takes files the service worker already cached from the cache instead of the network', async () => {
    const server = serve();
    const env = fakeEnv(server);
    const loaded = demo();
    const scanUrl = loaded.resolve('scan.glb');
    await (await env.caches.open(venueCacheName('demo-museum', loaded.version))).put(scanUrl, new Response(readFileSync(join(DEMO_DIR, 'scan.glb'))));
    const outcome = await saveVenue(await planVenueSave(loaded, env), env);
    expect(outcome.ok && outcome.saved.bytes).toBe(demoBytesOnDisk());
    expect(server.log).not.toContain(`GET ${new URL(scanUrl).pathname}${new URL(scanUrl).search}`);
  });

  it('refuses a museum whose server lacks a required file, before downloading anything', async () => {
    const server = serve({ overrides: { 'demo-museum/media/h-hogarth-pug.png': null } });
    const env = fakeEnv(server);
    const plan = await planVenueSave(demo(), env);
    expect(plan.missing.map((f) => f.uri)).toEqual(['media/h-hogarth-pug.png']);
    const outcome = await saveVenue(plan, env);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'missing', uri: 'media/h-hogarth-pug.png' } });
    expect(await env.caches.keys()).toEqual([]);
  });
});

describe('a save that fails loses nothing saved before', () => {
  /** The demo museum saved once (version 1), then version 2 published on the server. */
  async function savedThenRepublished(options: Partial<FakeServerOptions>) {
    const caches = new FakeCacheStorage();
    const v1 = demo();
    const first = fakeEnv(serve(), caches);
    expect((await saveVenue(await planVenueSave(v1, first), first)).ok).toBe(true);
    const server = serve({ ...options, overrides: { 'demo-museum/scene.json': demoV2Text(), ...options.overrides } });
    const env = fakeEnv(server, caches, options.fault ? first.storage : fakeStorage(caches));
    const v2 = loadedFrom(demoV2Text(), 'demo-museum');
    expect(v2.version).not.toBe(v1.version);
    return { env, v1, v2, plan: await planVenueSave(v2, env) };
  }

  /** Version 1 is still saved, complete and listed, and scene.json still names it. */
  async function expectVersion1Intact(caches: FakeCacheStorage, v1: ReturnType<typeof demo>) {
    const saved = await listSavedVenues(fakeEnv(serve(), caches));
    expect(saved.map((s) => s.version)).toEqual([v1.version]);
    const cache = caches.caches.get(venueCacheName('demo-museum', v1.version))!;
    for (const uri of saved[0]!.files) expect(await cache.match(v1.resolve(uri)), uri).toBeDefined();
    expect(caches.text(SCENE_CACHE, `${DOCUMENT_BASE}scenes/demo-museum/scene.json`)).toBe(demoSceneText());
  }

  it('a broken connection half-way through a file: the new copy is removed, the old one stays', async () => {
    const { env, v1, v2, plan } = await savedThenRepublished({ fault: (url, method) => (method === 'GET' && url.includes('h-turner-dogana.png') ? 'break-mid-body' : undefined) });
    const outcome = await saveVenue(plan, env);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'network', uri: 'media/h-turner-dogana.png' } });
    expect(env.caches.caches.has(venueCacheName('demo-museum', v2.version))).toBe(false);
    await expectVersion1Intact(env.caches, v1);
  });

  it('the server refusing a file: named in the failure, the old copy stays', async () => {
    const { env, v1, plan } = await savedThenRepublished({ fault: (url, method) => (method === 'GET' && url.includes('scan.glb') ? 503 : undefined) });
    const outcome = await saveVenue(plan, env);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'http', uri: 'scan.glb', status: 503 } });
    await expectVersion1Intact(env.caches, v1);
  });

  it('a full quota: a message naming the size needed and the space left; the old copy stays', async () => {
    const { env, v1, v2, plan } = await savedThenRepublished({});
    // Room for a third of the new copy, while the browser's estimate claims plenty (estimates are rough).
    env.caches.quotaBytes = env.caches.usage() + Math.floor(plan.knownBytes / 3);
    const lenient = { ...env, storage: fakeStorage(env.caches, { reportedQuota: 50 * 1024 ** 3 }) };
    const outcome = await saveVenue(plan, lenient);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toMatchObject({ kind: 'storage', quotaExceeded: true, neededBytes: plan.knownBytes });
    expect(env.caches.caches.has(venueCacheName('demo-museum', v2.version))).toBe(false);
    await expectVersion1Intact(env.caches, v1);

    const message = failureText(outcome.failure, 'en');
    expect(message).toContain(`needs about ${formatBytes(plan.knownBytes, 'en')}`);
    expect(message).toMatch(/GB is left/);
    expect(message).toContain('Nothing already saved was lost');
  });

  it('a quota the browser already reports as too small: refused before downloading, with the space left', async () => {
    const caches = new FakeCacheStorage();
    caches.quotaBytes = 1_000_000;
    const server = serve();
    const env = fakeEnv(server, caches);
    const plan = await planVenueSave(demo(), env);
    const outcome = await saveVenue(plan, env);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'storage', quotaExceeded: true, neededBytes: plan.knownBytes, availableBytes: 1_000_000 } });
    expect(server.log.some((line) => line.startsWith('GET'))).toBe(false);
    expect(failureText((outcome as { failure: Parameters<typeof failureText>[0] }).failure, 'de')).toContain('frei sind noch 1 MB');
  });

  it('Cancel: the downloads stop and nothing of the new copy is kept', async () => {
    const controller = new AbortController();
    let gets = 0;
    const { env, v1, v2, plan } = await savedThenRepublished({ beforeGet: () => void (++gets === 10 && controller.abort()) });
    const outcome = await saveVenue(plan, env, { signal: controller.signal });
    expect(outcome).toEqual({ ok: false, failure: { kind: 'cancelled' } });
    expect(gets).toBeLessThan(plan.files.length);
    expect(env.caches.caches.has(venueCacheName('demo-museum', v2.version))).toBe(false);
    await expectVersion1Intact(env.caches, v1);
  });

  it('a museum changed on the server since the page opened is not saved under the old version', async () => {
    const server = serve({ overrides: { 'demo-museum/scene.json': demoV2Text() } });
    const env = fakeEnv(server);
    const outcome = await saveVenue(await planVenueSave(demo(), env), env);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'outdated' } });
    expect(await listSavedVenues(env)).toEqual([]);
    expect(await env.caches.keys()).toEqual([]);
  });
});

describe('updating and deleting saved museums', () => {
  it('"Update saved copy": the new version is saved whole, then the old one is deleted', async () => {
    const caches = new FakeCacheStorage();
    const v1 = demo();
    const first = fakeEnv(serve(), caches);
    await saveVenue(await planVenueSave(v1, first), first);
    const env = fakeEnv(serve({ overrides: { 'demo-museum/scene.json': demoV2Text() } }), caches);
    const v2 = loadedFrom(demoV2Text(), 'demo-museum');
    const outcome = await saveVenue(await planVenueSave(v2, env), env);
    expect(outcome).toMatchObject({ ok: true, replacedVersions: 1 });
    expect((await listSavedVenues(env)).map((s) => s.version)).toEqual([v2.version]);
    expect(caches.caches.has(venueCacheName('demo-museum', v1.version))).toBe(false);
    expect(caches.text(SCENE_CACHE, `${DOCUMENT_BASE}scenes/demo-museum/scene.json`)).toBe(demoV2Text());
  });

  it('saving the version already saved downloads nothing again', async () => {
    const server = serve();
    const env = fakeEnv(server);
    await saveVenue(await planVenueSave(demo(), env), env);
    const gets = server.log.filter((l) => l.startsWith('GET')).length;
    const again = await saveVenue(await planVenueSave(demo(), env), env);
    expect(again).toMatchObject({ ok: true, alreadySaved: true });
    expect(server.log.filter((l) => l.startsWith('GET')).length).toBe(gets);
  });

  it('Delete removes one museum’s caches and entry, and leaves the others', async () => {
    const otherText = demoSceneText().replace('"id": "demo-museum"', '"id": "other-museum"');
    const server = fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR, 'other-museum': DEMO_DIR }, overrides: { 'other-museum/scene.json': otherText } });
    const env = fakeEnv(server);
    const other = loadedFrom(otherText, 'other-museum');
    await saveVenue(await planVenueSave(demo(), env), env);
    await saveVenue(await planVenueSave(other, env), env);
    expect((await listSavedVenues(env)).map((s) => s.id).sort()).toEqual(['demo-museum', 'other-museum']);
    const usageBefore = env.caches.usage();

    expect(await deleteSavedVenue('demo-museum', env)).toBe(1);
    expect((await listSavedVenues(env)).map((s) => s.id)).toEqual(['other-museum']);
    expect(env.caches.caches.has(venueCacheName('demo-museum', demo().version))).toBe(false);
    expect(env.caches.text(SCENE_CACHE, `${DOCUMENT_BASE}scenes/demo-museum/scene.json`)).toBeUndefined();
    expect(env.caches.text(SCENE_CACHE, `${DOCUMENT_BASE}scenes/other-museum/scene.json`)).toBe(otherText);
    expect(env.caches.usage()).toBeLessThan(usageBefore - 2_000_000);
    expect(env.caches.text(venueCacheName('other-museum', other.version), manifestUrl('other-museum', other.version, DOCUMENT_BASE))).toContain('"other-museum"');
  });
});
