import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDraft, listDrafts, loadDraft, saveDraft, type EditorDraft } from '../../../../src/platform/drafts/index.ts';

/** A fresh, empty IndexedDB for every test. */
const freshStore = () => ({ indexedDB: new IDBFactory() });

function draft(venueId: string, overrides: Partial<EditorDraft> = {}): EditorDraft {
  return {
    venueId,
    baseVersion: '0123456789abcdef',
    sceneText: `{"id":"${venueId}"}`,
    media: new Map([['media/photo.webp', new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'image/webp' })]]),
    savedAt: 1_000,
    ...overrides,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a curator’s draft survives a reload', () => {
  it('comes back with its scene text, base version and media blobs', async () => {
    const store = freshStore();
    const audio = new Blob(['ID3 audio bytes'], { type: 'audio/mpeg' });
    const original = draft('tiny-gallery', { media: new Map([...draft('x').media, ['media/audio/guide.mp3', audio]]), savedAt: 42 });
    expect(await saveDraft(original, store)).toEqual({ ok: true });

    const loaded = await loadDraft('tiny-gallery', store);
    expect(loaded).not.toBeNull();
    expect(loaded?.sceneText).toBe(original.sceneText);
    expect(loaded?.baseVersion).toBe('0123456789abcdef');
    expect(loaded?.savedAt).toBe(42);
    expect([...(loaded?.media.keys() ?? [])].sort()).toEqual(['media/audio/guide.mp3', 'media/photo.webp']);
    const photo = loaded?.media.get('media/photo.webp');
    expect(photo?.type).toBe('image/webp');
    expect([...new Uint8Array(await photo!.arrayBuffer())]).toEqual([1, 2, 3, 250]);
    expect(await loaded?.media.get('media/audio/guide.mp3')?.text()).toBe('ID3 audio bytes');
  });

  it('answers null for a venue without a draft', async () => {
    expect(await loadDraft('nothing-here', freshStore())).toBeNull();
  });

  it('keeps the drafts of two venues apart, lists them newest first, and deletes one alone', async () => {
    const store = freshStore();
    await saveDraft(draft('venue-a', { sceneText: 'A', savedAt: 10 }), store);
    await saveDraft(draft('venue-b', { sceneText: 'B', savedAt: 20, media: new Map() }), store);
    await saveDraft(draft('venue-a', { sceneText: 'A2', savedAt: 30 }), store);

    expect((await loadDraft('venue-a', store))?.sceneText).toBe('A2');
    expect((await loadDraft('venue-b', store))?.sceneText).toBe('B');
    const list = await listDrafts(store);
    expect(list.map((d) => [d.venueId, d.savedAt, d.mediaCount, d.mediaBytes])).toEqual([
      ['venue-a', 30, 1, 4],
      ['venue-b', 20, 0, 0],
    ]);

    await deleteDraft('venue-a', store);
    expect(await loadDraft('venue-a', store)).toBeNull();
    expect((await loadDraft('venue-b', store))?.sceneText).toBe('B');
  });
});

describe('a write that fails', () => {
  it('reports a full quota instead of throwing, and keeps the previous draft', async () => {
    const store = freshStore();
    await saveDraft(draft('tiny-gallery', { sceneText: 'the previous draft' }), store);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const result = await saveDraft(draft('tiny-gallery', { sceneText: 'the new draft' }), store);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });

    vi.restoreAllMocks();
    expect((await loadDraft('tiny-gallery', store))?.sceneText).toBe('the previous draft');
  });

  it('reports a transaction aborted after the write started, and keeps the previous draft', async () => {
    const store = freshStore();
    await saveDraft(draft('tiny-gallery', { sceneText: 'the previous draft' }), store);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = put.call(this, value, key);
      this.transaction.abort();
      return request;
    });

    const result = await saveDraft(draft('tiny-gallery', { sceneText: 'the new draft' }), store);
    expect(result.ok).toBe(false);

    vi.restoreAllMocks();
    expect((await loadDraft('tiny-gallery', store))?.sceneText).toBe('the previous draft');
  });

  it('reports a media file that cannot be read, and keeps the previous draft', async () => {
    const store = freshStore();
    await saveDraft(draft('tiny-gallery', { sceneText: 'the previous draft' }), store);
    const unreadable = new Blob(['x']);
    vi.spyOn(unreadable, 'arrayBuffer').mockRejectedValue(new Error('the file was removed'));

    const result = await saveDraft(draft('tiny-gallery', { sceneText: 'the new draft', media: new Map([['media/gone.webp', unreadable]]) }), store);
    expect(result).toEqual({ ok: false, reason: 'failed', message: 'the file was removed' });
    expect((await loadDraft('tiny-gallery', store))?.sceneText).toBe('the previous draft');
  });
});
