/**
 * The curator editor's drafts, one per venue, in IndexedDB: the edited scene.json text,
 * the media files added in the editor, and the version of scene.json the edit started
 * from (so the editor can tell when the published venue changed underneath a draft).
 *
 * A draft is one record written in one transaction: a failed write (a full disk, a
 * storage quota) aborts it and leaves the previous draft as it was. Media are stored as
 * bytes plus their type rather than as Blobs, because some engines (older Safari) lose
 * Blobs kept in IndexedDB; they come back as Blobs.
 */

/** An editor draft of one venue. */
export interface EditorDraft {
  venueId: string;
  /** The version (venueVersion) of the published scene.json the edit started from. */
  baseVersion: string;
  /** The edited scene.json, as text. */
  sceneText: string;
  /** Files added in the editor, by their path relative to the venue folder. */
  media: Map<string, Blob>;
  /** When the draft was written (ms since the epoch). */
  savedAt: number;
}

/** What {@link listDrafts} tells about a draft without loading its media. */
export interface DraftSummary {
  venueId: string;
  baseVersion: string;
  savedAt: number;
  mediaCount: number;
  mediaBytes: number;
}

/** The outcome of a write: failures are reported, never thrown into the UI. */
export type DraftWriteResult = { ok: true } | { ok: false; reason: 'quota' | 'failed'; message: string };

/** Where the drafts live; the defaults are the page's IndexedDB and {@link DRAFTS_DATABASE}. */
export interface DraftStoreOptions {
  indexedDB?: IDBFactory;
  databaseName?: string;
}

/** The IndexedDB database of the editor drafts. */
export const DRAFTS_DATABASE = 'museum-visit-drafts';
const STORE = 'drafts';
const SCHEMA_VERSION = 1;

interface StoredMedia {
  path: string;
  type: string;
  bytes: ArrayBuffer;
}

interface StoredDraft {
  venueId: string;
  baseVersion: string;
  sceneText: string;
  media: StoredMedia[];
  savedAt: number;
}

const connections = new WeakMap<IDBFactory, Map<string, Promise<IDBDatabase>>>();

function factoryOf(options: DraftStoreOptions): IDBFactory {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (factory === undefined) throw new Error('IndexedDB is not available here');
  return factory;
}

/** Opens (once per factory and name) the drafts database. */
function openDatabase(options: DraftStoreOptions): Promise<IDBDatabase> {
  const factory = factoryOf(options);
  const name = options.databaseName ?? DRAFTS_DATABASE;
  let byName = connections.get(factory);
  if (byName === undefined) connections.set(factory, (byName = new Map()));
  let opening = byName.get(name);
  if (opening === undefined) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, SCHEMA_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'venueId' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the schema: let it, and reopen on the next call.
        db.onversionchange = () => {
          db.close();
          byName.delete(name);
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('could not open the drafts database'));
      request.onblocked = () => reject(new Error('the drafts database is blocked by another tab'));
    });
    byName.set(name, opening);
    opening.catch(() => byName.delete(name));
  }
  return opening;
}

/** Runs `work` in one transaction and resolves with its value once the transaction has committed. */
async function inTransaction<T>(options: DraftStoreOptions, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest | undefined): Promise<T> {
  const db = await openDatabase(options);
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    let request: IDBRequest | undefined;
    transaction.oncomplete = () => resolve(request?.result as T);
    transaction.onabort = () => reject(transaction.error ?? new DOMException('the transaction was aborted', 'AbortError'));
    transaction.onerror = (event) => event.preventDefault();
    try {
      request = work(transaction.objectStore(STORE));
    } catch (error) {
      try {
        transaction.abort();
      } catch {
        // Already finished: nothing was written by this call.
      }
      reject(error);
    }
  });
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));

/**
 * Writes the draft of `draft.venueId`, replacing the previous one in a single
 * transaction. Never throws: a failure is reported and the previous draft is kept.
 */
export async function saveDraft(draft: EditorDraft, options: DraftStoreOptions = {}): Promise<DraftWriteResult> {
  try {
    // Read the blobs first: a transaction closes when it waits on anything but its own requests.
    const media = await Promise.all([...draft.media].map(async ([path, blob]): Promise<StoredMedia> => ({ path, type: blob.type, bytes: await blob.arrayBuffer() })));
    const record: StoredDraft = { venueId: draft.venueId, baseVersion: draft.baseVersion, sceneText: draft.sceneText, media, savedAt: draft.savedAt };
    await inTransaction<unknown>(options, 'readwrite', (store) => store.put(record));
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'failed', message };
  }
}

function fromStored(record: StoredDraft): EditorDraft {
  return {
    venueId: record.venueId,
    baseVersion: record.baseVersion,
    sceneText: record.sceneText,
    media: new Map(record.media.map((m) => [m.path, new Blob([m.bytes], { type: m.type })])),
    savedAt: record.savedAt,
  };
}

/** The draft of a venue, or null when there is none. */
export async function loadDraft(venueId: string, options: DraftStoreOptions = {}): Promise<EditorDraft | null> {
  const record = await inTransaction<StoredDraft | undefined>(options, 'readonly', (store) => store.get(venueId));
  return record === undefined ? null : fromStored(record);
}

/** Every draft, newest first, without its media bytes. */
export async function listDrafts(options: DraftStoreOptions = {}): Promise<DraftSummary[]> {
  const records = await inTransaction<StoredDraft[]>(options, 'readonly', (store) => store.getAll());
  return records
    .map((r) => ({ venueId: r.venueId, baseVersion: r.baseVersion, savedAt: r.savedAt, mediaCount: r.media.length, mediaBytes: r.media.reduce((sum, m) => sum + m.bytes.byteLength, 0) }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

/** Removes the draft of a venue (nothing happens when there is none). */
export async function deleteDraft(venueId: string, options: DraftStoreOptions = {}): Promise<void> {
  await inTransaction<undefined>(options, 'readwrite', (store) => store.delete(venueId));
}
