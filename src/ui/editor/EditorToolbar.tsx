import { useEffect } from 'react';
import { useEditorState, useEditorStore } from './state/current-editor.ts';
import type { DraftStatus, EditorTool } from './state/editor-store.ts';

const TOOLS: { tool: EditorTool; label: string; hint: string }[] = [
  { tool: 'select', label: 'Select', hint: 'Click pins to select; drag to look around' },
  { tool: 'place-hotspot', label: 'Place exhibit', hint: 'Click a wall or display in the 3D view to place an exhibit there' },
  { tool: 'place-beacon', label: 'Place beacon', hint: 'Click a wall or ceiling in the 3D view to place a beacon there' },
  { tool: 'add-node', label: 'Add path point', hint: 'Click a floor in the 3D view to add a walking-path point' },
];

function draftText(draft: DraftStatus): string {
  switch (draft.state) {
    case 'none': return 'No changes yet';
    case 'pending': return 'Saving draft…';
    case 'saved': return `Draft saved on this device at ${new Date(draft.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
    case 'failed': return `The draft could not be saved: ${draft.message}. Export the bundle to keep your edits.`;
  }
}

/** True when a key press should stay with a text field rather than undo the venue. */
const isTextUndo = (e: KeyboardEvent): boolean => e.target instanceof HTMLElement && e.target.closest('[data-native-undo]') !== null;

/**
 * The editor's tool bar: what a click on the building does, undo and redo (also
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere on the page, text fields included: every
 * keystroke is an edit of the venue), and whether the draft is safely kept.
 */
export function EditorToolbar() {
  const store = useEditorStore();
  const tool = useEditorState((s) => s.tool);
  const canUndo = useEditorState((s) => s.canUndo);
  const canRedo = useEditorState((s) => s.canRedo);
  const draft = useEditorState((s) => s.draft);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextUndo(e)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().tool !== 'select') store.getState().setTool('select');
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onEscape);
    };
  }, [store]);

  const active = TOOLS.find((t) => t.tool === tool)!;
  return (
    <div className="editor-toolbar">
      <div className="editor-tools" role="toolbar" aria-label="Editing tools">
        {TOOLS.map((t) => (
          <button key={t.tool} type="button" aria-pressed={tool === t.tool} title={t.hint} onClick={() => store.getState().setTool(t.tool)}>
            {t.label}
          </button>
        ))}
        <span className="toolbar-gap" />
        <button type="button" onClick={() => store.getState().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => store.getState().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <p className="tool-hint">{tool === 'select' ? active.hint : `${active.hint}. Esc stops.`}</p>
      <p className={`draft-status ${draft.state}`} role="status" data-testid="draft-status">
        {draftText(draft)}
      </p>
    </div>
  );
}
