import { describe, expect, it } from 'vitest';
import { cancelSave, saveSession, sessionKey, startSave, subscribeSaveSession, type SaveSession } from '../../../../src/ui/offline/save-session.ts';
import { planVenueSave } from '../../../../src/platform/offline/save-plan.ts';
import { listSavedVenues } from '../../../../src/platform/offline/saved-venues.ts';
import { DEMO_DIR, demoSceneText, fakeBundleServer, fakeEnv, loadedFrom } from '../../platform/offline/fake-bundle-server.ts';

/** Resolves with the session once it has finished, having recorded every state on the way. */
function finished(seen: SaveSession[]): Promise<SaveSession> {
  return new Promise((resolve) => {
    const stop = subscribeSaveSession(() => {
      const now = saveSession();
      seen.push(now);
      if (now.save.status === 'finished') {
        stop();
        resolve(now);
      }
    });
  });
}

describe('a save that outlives its panel', () => {
  it('runs to the end with nobody watching the panel, one percent at a time, and persistence asked once', async () => {
    const env = fakeEnv(fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR } }));
    const loaded = loadedFrom(demoSceneText(), 'demo-museum');
    const plan = await planVenueSave(loaded, env);
    const seen: SaveSession[] = [];
    const done = finished(seen);
    startSave(plan, env);
    startSave(plan, env); // a second click while saving starts nothing more
    const end = await done;

    expect(end.key).toBe(sessionKey('demo-museum', loaded.version));
    expect(end.save).toMatchObject({ status: 'finished', outcome: { ok: true }, persistence: 'best-effort' });
    expect(env.storage.persistAsked).toBe(1);
    const percents = seen.flatMap((s) => (s.save.status === 'saving' ? [s.save.progress.percent] : []));
    expect(new Set(percents).size).toBe(percents.length); // no re-render for a chunk that moved nothing
    expect(await listSavedVenues(env)).toHaveLength(1);
  });

  it('Cancel stops it, and it says so', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const env = fakeEnv(fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR }, beforeGet: () => gate }));
    const plan = await planVenueSave(loadedFrom(demoSceneText(), 'demo-museum'), env);
    const done = finished([]);
    startSave(plan, env);
    cancelSave();
    release();
    expect((await done).save).toMatchObject({ status: 'finished', outcome: { ok: false, failure: { kind: 'cancelled' } } });
    expect(await env.caches.keys()).toEqual([]);
  });
});
