import type { LoadedVenue, Venue } from '../../../core/venue/index.ts';
import { validateVenue, venueSchema } from '../../../core/venue/index.ts';
import { uriToBundlePath } from '../../../core/bundle/index.ts';
import { createAutosaver, saveDraft as saveDraftToDb, type EditorDraft, type DraftWriteResult } from '../../../platform/drafts/index.ts';
import { createEditorStore, type EditorState, type EditorStore } from './editor-store.ts';

/**
 * Wires an editor store to the rest of the page: every change of the document is
 * validated (shortly after typing stops), shown in the visitor views through an
 * edited LoadedVenue, and autosaved as a draft in IndexedDB. Kept apart from the
 * store so the store stays a plain state machine that tests drive directly.
 */

/**
 * The scene.json text of a venue as the editor writes it (drafts, exports, saving):
 * keys in the format's order, whatever order the edits built them in, so the same
 * venue always gives the same text (and an exported, re-imported bundle the same bytes).
 */
export function sceneTextOf(venue: Venue): string {
  const canonical = venueSchema.safeParse(venue);
  return `${JSON.stringify(canonical.success ? canonical.data : venue, null, 2)}\n`;
}

export interface EditorSessionOptions {
  /** Shows the edited venue in the viewer, plan and panels. */
  publish(loaded: LoadedVenue): void;
  /** Writes a draft (default: the page's IndexedDB). */
  saveDraft?: (draft: EditorDraft) => Promise<DraftWriteResult>;
  /** Shortest time between two draft writes, ms. */
  autosaveDelayMs?: number;
  /** How long typing must pause before the document is validated again, ms. */
  validateDelayMs?: number;
}

export interface EditorSession {
  store: EditorStore;
  /** Writes any pending draft now. */
  flush(): Promise<void>;
  /** Stops autosaving (after a last flush) and frees the media URLs. */
  dispose(): Promise<void>;
}

/**
 * Starts editing `base`, from its published document or from `start` (a restored
 * draft). Nothing is written until the first change, so merely opening the editor
 * never overwrites a kept draft.
 */
export function openEditorSession(base: LoadedVenue, options: EditorSessionOptions, start?: { venue: Venue; media: ReadonlyMap<string, Blob> }): EditorSession {
  const store = createEditorStore(start?.venue ?? base.venue, base.version, start?.media);
  const save = options.saveDraft ?? saveDraftToDb;
  const urls = new Map<string, { blob: Blob; url: string }>();

  /** A URL for a file added in the editor (made once per file), or null for published files. */
  const addedFileUrl = (uri: string): string | null => {
    const path = uriToBundlePath(uri);
    const blob = path === null ? undefined : store.getState().media.get(path);
    if (!blob || path === null) return null;
    const known = urls.get(path);
    if (known?.blob === blob) return known.url;
    if (known) URL.revokeObjectURL(known.url);
    const url = URL.createObjectURL(blob);
    urls.set(path, { blob, url });
    return url;
  };

  const editedLoaded = (venue: Venue): LoadedVenue => ({
    ...base,
    venue,
    resolve: (uri, role) => addedFileUrl(uri) ?? base.resolve(uri, role),
  });

  // The autosaver keeps the latest state (immutable: an edit makes a new venue and
  // a new media map); the scene.json text is written out only when a save runs,
  // not on every keystroke.
  const autosaver = createAutosaver<Pick<EditorState, 'venueId' | 'baseVersion' | 'venue' | 'media'>>(
    async ({ venueId, baseVersion, venue, media }) => {
      const draft: EditorDraft = { venueId, baseVersion, sceneText: sceneTextOf(venue), media: new Map(media), savedAt: Date.now() };
      const result = await save(draft);
      if (!result.ok) throw new Error(result.message);
      store.getState().setDraft({ state: 'saved', at: draft.savedAt });
    },
    {
      delayMs: options.autosaveDelayMs ?? 400,
      onError: (error) => store.getState().setDraft({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    },
  );

  let validateTimer: ReturnType<typeof setTimeout> | null = null;
  const validate = (): void => {
    validateTimer = null;
    const { venue } = store.getState();
    store.getState().setProblems(validateVenue(venue, { expectedId: base.venue.id }).problems);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (state.venue !== previous.venue) {
      options.publish(editedLoaded(state.venue));
      if (validateTimer !== null) clearTimeout(validateTimer);
      validateTimer = setTimeout(validate, options.validateDelayMs ?? 250);
    }
    store.getState().setDraft({ state: 'pending' });
    autosaver.change({ venueId: state.venueId, baseVersion: state.baseVersion, venue: state.venue, media: state.media });
  });

  if (start) options.publish(editedLoaded(store.getState().venue));
  validate();

  return {
    store,
    flush: () => autosaver.flush(),
    async dispose() {
      unsubscribe();
      if (validateTimer !== null) clearTimeout(validateTimer);
      await autosaver.dispose();
      for (const { url } of urls.values()) URL.revokeObjectURL(url);
      urls.clear();
    },
  };
}
