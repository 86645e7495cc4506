import { useEffect, useState, type ReactNode } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { parseVenueText } from '../../core/venue/index.ts';
import { deleteDraft, loadDraft, type EditorDraft } from '../../platform/drafts/index.ts';
import { useVenueStore } from '../../state/venue-store.ts';
import { currentEditor, useEditorState, useEditorStore } from './state/current-editor.ts';
import { openEditorSession, sceneTextOf, type EditorSession } from './state/editor-session.ts';
import type { EditorPanel } from './state/editor-store.ts';
import { DraftOffer } from './DraftOffer.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { EDITOR_PANELS } from './editor-panels.tsx';
import './editor.css';

/** Shows an edited venue in every visitor view (3D, plan, lists) as the curator works. */
function publish(loaded: LoadedVenue): void {
  useVenueStore.setState((s) => (s.state.status === 'ready' && s.state.venueId === loaded.venue.id ? { state: { ...s.state, loaded } } : {}));
}

type Phase =
  | { step: 'checking' }
  | { step: 'offer'; draft: EditorDraft; unreadable: string | null }
  | { step: 'editing'; session: EditorSession }
  | { step: 'failed'; message: string };

/**
 * The curator editor (`?edit`), a chunk of its own that visitors never download.
 * Opens on the published venue, or first offers back a draft kept on this device;
 * then edits go through one undo history and are autosaved as a draft.
 */
export default function Editor({ loaded }: { loaded: LoadedVenue }) {
  const [phase, setPhase] = useState<Phase>({ step: 'checking' });

  // Look for a kept draft once per venue; `loaded` changes with every edit and must not restart this.
  const venueId = loaded.venue.id;
  const [base] = useState(loaded);
  useEffect(() => {
    let cancelled = false;
    loadDraft(venueId)
      .then((draft) => {
        if (cancelled) return;
        if (!draft || draft.sceneText === sceneTextOf(base.venue)) setPhase({ step: 'editing', session: start(base) });
        else setPhase({ step: 'offer', draft, unreadable: unreadableReason(draft, venueId) });
      })
      .catch((error: unknown) => {
        // No IndexedDB (a private window in some browsers): edit without drafts, and say so.
        if (cancelled) return;
        const session = start(base);
        session.store.getState().setDraft({ state: 'failed', message: `drafts cannot be kept on this device (${error instanceof Error ? error.message : String(error)})` });
        setPhase({ step: 'editing', session });
      });
    return () => {
      cancelled = true;
    };
  }, [venueId, base]);

  // Close the session when leaving the editor (its draft is flushed first).
  const session = phase.step === 'editing' ? phase.session : null;
  useEffect(() => {
    if (!session) return;
    return () => {
      if (currentEditor.getState().store === session.store) currentEditor.setState({ store: null });
      void session.dispose();
    };
  }, [session]);

  if (phase.step === 'checking') return <p className="editor-section" role="status">Opening the editor…</p>;
  if (phase.step === 'failed') return <p className="editor-section error" role="alert">{phase.message}</p>;
  if (phase.step === 'offer') {
    const { draft } = phase;
    return (
      <DraftOffer
        draft={draft}
        publishedChanged={draft.baseVersion !== base.version}
        unreadable={phase.unreadable}
        onRestore={() => {
          const venue = parseVenueText(draft.sceneText, { expectedId: venueId }).venue!;
          const restored = start(base, { venue, media: draft.media });
          restored.store.getState().setDraft({ state: 'saved', at: draft.savedAt });
          restored.store.getState().notify('info', 'Your edits were restored.');
          setPhase({ step: 'editing', session: restored });
        }}
        onDiscard={() => {
          void deleteDraft(venueId).finally(() => setPhase({ step: 'editing', session: start(base) }));
        }}
      />
    );
  }
  return <EditorPanels />;
}

/** Opens a session and makes it the page's editor at once, so its panels can render in the same pass. */
function start(base: LoadedVenue, from?: { venue: LoadedVenue['venue']; media: ReadonlyMap<string, Blob> }): EditorSession {
  const session = openEditorSession(base, { publish }, from);
  currentEditor.setState({ store: session.store });
  return session;
}

/** Why a kept draft cannot be opened (written by another version, or damaged), or null. */
function unreadableReason(draft: EditorDraft, venueId: string): string | null {
  const result = parseVenueText(draft.sceneText, { expectedId: venueId });
  if (result.venue) return null;
  const errors = result.problems.filter((p) => p.severity === 'error');
  return errors.slice(0, 3).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
}

/** The tool bar, the latest notice, and the tabbed panels. */
function EditorPanels() {
  const store = useEditorStore();
  const panel = useEditorState((s) => s.panel);
  const problems = useEditorState((s) => s.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const label = (id: EditorPanel, text: string): ReactNode => (id === 'problems' && problems.length > 0 ? `${text} (${problems.length})` : text);
  return (
    <div className="editor" data-errors={errors}>
      <EditorToolbar />
      <EditorNoticeLine />
      <div className="editor-tabs" role="tablist" aria-label="What to edit">
        {EDITOR_PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`editor-tab-${p.id}`}
            aria-selected={panel === p.id}
            aria-controls={`editor-panel-${p.id}`}
            tabIndex={panel === p.id ? 0 : -1}
            className={p.id === 'problems' && errors > 0 ? 'has-errors' : undefined}
            onClick={() => store.getState().setPanel(p.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = EDITOR_PANELS.findIndex((q) => q.id === panel);
              const next = EDITOR_PANELS[(i + (e.key === 'ArrowRight' ? 1 : EDITOR_PANELS.length - 1)) % EDITOR_PANELS.length]!;
              store.getState().setPanel(next.id);
              document.getElementById(`editor-tab-${next.id}`)?.focus();
            }}
          >
            {label(p.id, p.label)}
          </button>
        ))}
      </div>
      {EDITOR_PANELS.filter((p) => p.id === panel).map((p) => (
        <div key={p.id} role="tabpanel" id={`editor-panel-${p.id}`} aria-labelledby={`editor-tab-${p.id}`} className="editor-panel">
          <p.Component />
        </div>
      ))}
    </div>
  );
}

/** The latest message (a refused edit, what an edit also changed), announced politely. */
function EditorNoticeLine() {
  const notice = useEditorState((s) => s.notice);
  return (
    <p className={`editor-notice ${notice?.kind ?? ''}`} role="status" aria-live="polite" data-testid="editor-notice">
      {notice?.text}
    </p>
  );
}
