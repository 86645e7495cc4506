import { describe, expect, it, vi } from 'vitest';
import { toLoadedVenue, type LoadedVenue, type Venue } from '../../../../src/core/venue/index.ts';
import type { EditorDraft } from '../../../../src/platform/drafts/index.ts';
import { openEditorSession, sceneTextOf } from '../../../../src/ui/editor/state/editor-session.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** The editor session: publishes edits to the viewer, validates them, and keeps a draft. */

const BASE_URL = 'https://museum.example/scenes/demo-museum/';
const base = toLoadedVenue(demoMuseum(), [], BASE_URL, undefined, 'v1');

function session(saveDraft: (d: EditorDraft) => Promise<{ ok: true } | { ok: false; reason: 'quota'; message: string }> = async () => ({ ok: true })) {
  const published: LoadedVenue[] = [];
  const saved: EditorDraft[] = [];
  const s = openEditorSession(base, {
    publish: (loaded) => published.push(loaded),
    saveDraft: async (d) => {
      saved.push(d);
      return saveDraft(d);
    },
    autosaveDelayMs: 0,
    validateDelayMs: 0,
  });
  return { s, published, saved };
}

const placeExhibit = { type: 'addHotspot', room: 'r-gallery-1', position: [5, 1.5, 5], normal: [0, 0, 1], title: { de: 'Sternennacht' } } as const;

describe('editor session', () => {
  it('writes nothing until the first edit, so opening the editor never overwrites a kept draft', async () => {
    const { s, saved, published } = session();
    await s.flush();
    expect(saved).toEqual([]);
    expect(published).toEqual([]);
    await s.dispose();
  });

  it('publishes each edit to the viewer and autosaves it as scene.json text with the added files', async () => {
    const { s, saved, published } = session();
    s.store.getState().apply(placeExhibit);
    const image = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    s.store.getState().addMedia('media/new.png', image);
    await s.flush();
    expect(published.at(-1)!.venue.hotspots!.some((h) => h.id === 'h-sternennacht')).toBe(true);
    const draft = saved.at(-1)!;
    expect(draft.baseVersion).toBe('v1');
    expect(JSON.parse(draft.sceneText).hotspots.some((h: { id: string }) => h.id === 'h-sternennacht')).toBe(true);
    expect(draft.media.get('media/new.png')).toBe(image);
    expect(s.store.getState().draft.state).toBe('saved');
    // Added files are shown from the draft; published ones still come from the server.
    const loaded = published.at(-1)!;
    expect(loaded.resolve('media/new.png', 'media')).toMatch(/^blob:/);
    expect(loaded.resolve('media/h-la-mousme.png', 'media')).toBe(`${BASE_URL}media/h-la-mousme.png?v=v1`);
    await s.dispose();
  });

  it('says when the draft cannot be kept, and keeps the edit', async () => {
    const { s } = session(async () => ({ ok: false, reason: 'quota', message: 'the device is out of space' }));
    s.store.getState().apply(placeExhibit);
    await s.flush();
    expect(s.store.getState().draft).toEqual({ state: 'failed', message: 'the device is out of space' });
    expect(s.store.getState().venue.hotspots!.some((h) => h.id === 'h-sternennacht')).toBe(true);
    await s.dispose();
  });

  it('validates the edited venue with the visitor app’s validator', async () => {
    vi.useFakeTimers();
    try {
      const { s } = session();
      expect(s.store.getState().problems).toEqual([]);
      const image = { kind: 'image' as const, uri: 'media/x.png' };
      s.store.getState().apply({ type: 'setHotspotMedia', id: 'h-la-mousme', media: [image] });
      vi.runAllTimers();
      expect(s.store.getState().problems.map((p) => p.message).join('\n')).toMatch(/no alt text/);
      await s.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sceneTextOf', () => {
  it('writes keys in the format’s order, however an edit built the object', () => {
    const venue = demoMuseum();
    const reordered: Venue = { ...venue, hotspots: venue.hotspots!.map((h) => Object.fromEntries(Object.entries(h).reverse()) as typeof h) };
    expect(sceneTextOf(reordered)).toBe(sceneTextOf(venue));
    expect(sceneTextOf(venue).endsWith('}\n')).toBe(true);
  });
});
