/** The curator editor's drafts: an IndexedDB store per venue and a debounced autosaver. */
export { saveDraft, loadDraft, listDrafts, deleteDraft, DRAFTS_DATABASE, type EditorDraft, type DraftSummary, type DraftWriteResult, type DraftStoreOptions } from './draft-store.ts';
export { createAutosaver, type Autosaver, type AutosaverOptions } from './autosaver.ts';
