import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEditHistory, type ApplyOptions, type EditCommand, type EditHistory, type EditOutcome } from '../../../core/editing/index.ts';
import type { EdgeKind, Problem, Venue } from '../../../core/venue/index.ts';

/**
 * The curator editor's session: the document being edited with its undo history,
 * the media files added in this editor, what is selected, which tool the pointer
 * has, and how the draft is doing. A vanilla store, so the 3D handles read it in
 * `useFrame` and the panels subscribe with selectors. Side effects (validation,
 * autosave, showing the edit in the viewer) hang off it in `editor-session.ts`.
 */

/** What a click on the building does. */
export type EditorTool =
  /** Clicks select; the camera moves as for visitors. */
  | 'select'
  /** A click on a wall or a display places a new exhibit hotspot there. */
  | 'place-hotspot'
  /** A click places a new beacon. */
  | 'place-beacon'
  /** A click on a floor adds a walking-graph node, connected to the node selected before. */
  | 'add-node';

/** What is selected; the panels and the 3D handles show it. */
export type EditorSelection = { kind: 'hotspot' | 'beacon' | 'node' | 'tour' | 'room'; id: string } | null;

/** The editor's side panels. */
export type EditorPanel = 'hotspots' | 'beacons' | 'graph' | 'tours' | 'problems' | 'bundle';

/** How the autosaved draft is doing, for the status line. */
export type DraftStatus =
  | { state: 'none' }
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string };

/** A message for the curator: a refused edit, an import's outcome, a save. */
export interface EditorNotice {
  kind: 'error' | 'info';
  text: string;
  /** Distinguishes two equal messages in a row, so the second is announced too. */
  id: number;
}

export interface EditorState {
  venueId: string;
  /** The version of the published scene.json the edit started from. */
  baseVersion: string;
  /** The document being edited (the history's present). */
  venue: Venue;
  canUndo: boolean;
  canRedo: boolean;
  /** Counts changes to the document (edits, undo, redo), for autosave and tests. */
  revision: number;
  /** Files added in this editor (images, audio, captions) by bundle path; kept in the draft until export. */
  media: ReadonlyMap<string, Blob>;
  selection: EditorSelection;
  tool: EditorTool;
  panel: EditorPanel;
  /** The kind and accessibility of walking-graph edges made next. */
  edgeKind: EdgeKind;
  edgeAccessible: boolean;
  draft: DraftStatus;
  notice: EditorNotice | null;
  /** What the venue validator says about the document now (kept up to date as it changes). */
  problems: readonly Problem[];
}

export interface EditorActions {
  /** Applies an edit as an undo step; a refusal is shown as a notice and changes nothing. */
  apply(command: EditCommand, options?: ApplyOptions): EditOutcome;
  undo(): void;
  redo(): void;
  /** The next edit starts a new undo step (a field lost focus, a drag ended). */
  breakCoalescing(): void;
  select(selection: EditorSelection): void;
  setTool(tool: EditorTool): void;
  setPanel(panel: EditorPanel): void;
  setEdgeStyle(kind: EdgeKind, accessible: boolean): void;
  /** Keeps a file added by the curator at `path` (replacing a file there). */
  addMedia(path: string, blob: Blob): void;
  /** Starts over from another document and media (a restored draft); the undo history starts empty. */
  reset(venue: Venue, media: ReadonlyMap<string, Blob>): void;
  setDraft(draft: DraftStatus): void;
  setProblems(problems: readonly Problem[]): void;
  notify(kind: EditorNotice['kind'], text: string): void;
}

export type EditorStore = StoreApi<EditorState & EditorActions>;

let noticeCounter = 0;

/** Creates the session store of one venue's editor. */
export function createEditorStore(venue: Venue, baseVersion: string, media: ReadonlyMap<string, Blob> = new Map()): EditorStore {
  let history: EditHistory = createEditHistory(venue);
  return createStore<EditorState & EditorActions>()((set, get) => {
    /** Publishes the history's present after it changed. */
    const changed = (): void =>
      set((s) => ({ venue: history.present, canUndo: history.canUndo, canRedo: history.canRedo, revision: s.revision + 1, selection: stillThere(history.present, s.selection) }));

    return {
      venueId: venue.id,
      baseVersion,
      venue,
      canUndo: false,
      canRedo: false,
      revision: 0,
      media,
      selection: null,
      tool: 'select',
      panel: 'hotspots',
      edgeKind: 'walk',
      edgeAccessible: true,
      draft: { state: 'none' },
      notice: null,
      problems: [],

      apply(command, options) {
        const outcome = history.apply(command, options);
        if (!outcome.ok) {
          get().notify('error', `Not changed: ${outcome.message}.`);
          return outcome;
        }
        changed();
        if (outcome.effects.length > 0) get().notify('info', `Also ${outcome.effects.join('; ')}.`);
        return outcome;
      },
      undo() {
        if (history.undo()) changed();
      },
      redo() {
        if (history.redo()) changed();
      },
      breakCoalescing() {
        history.breakCoalescing();
      },
      select: (selection) => set({ selection }),
      setTool: (tool) => set({ tool }),
      setPanel: (panel) => set({ panel }),
      setEdgeStyle: (edgeKind, edgeAccessible) => set({ edgeKind, edgeAccessible }),
      addMedia(path, blob) {
        const next = new Map(get().media);
        next.set(path, blob);
        set((s) => ({ media: next, revision: s.revision + 1 }));
      },
      reset(next, nextMedia) {
        history = createEditHistory(next);
        set((s) => ({ venue: next, media: nextMedia, canUndo: false, canRedo: false, revision: s.revision + 1, selection: null }));
      },
      setDraft: (draft) => set({ draft }),
      setProblems: (problems) => set({ problems }),
      notify: (kind, text) => set({ notice: { kind, text, id: ++noticeCounter } }),
    };
  });
}

/** The selection, or null when an edit (a delete, an undo) removed what it pointed at. */
function stillThere(venue: Venue, selection: EditorSelection): EditorSelection {
  if (!selection) return null;
  const list =
    selection.kind === 'hotspot' ? venue.hotspots
    : selection.kind === 'beacon' ? venue.beacons
    : selection.kind === 'node' ? venue.navGraph?.nodes
    : selection.kind === 'tour' ? venue.tours
    : venue.rooms;
  return list?.some((item) => item.id === selection.id) ? selection : null;
}
