import { useRef, useState } from 'react';
import { useEditorState } from '../state/current-editor.ts';
import { HotspotEditor } from './HotspotEditor.tsx';
import { HotspotList } from './HotspotList.tsx';
import './hotspots.css';

/**
 * The editor's "Exhibits" tab: the list of the venue's exhibit hotspots, and the
 * form for the selected one. It reads and edits the open editor session
 * (`useEditorStore`), so it takes no props; placing and dragging happen in the
 * 3D view, which the editor shell wires up.
 */
export function HotspotsPanel() {
  const selection = useEditorState((s) => s.selection);
  const selectedId = selection?.kind === 'hotspot' ? selection.id : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // The language being written stays when the curator moves on to the next exhibit (translating one by one).
  const [lang, setLang] = useState<string | null>(null);
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    // A new selection ends the "deleted" announcement (adjusting state while rendering, not in an effect).
    setSeenSelection(selectedId);
    if (selectedId !== null) setAnnouncement('');
  }

  const deleted = (title: string): void => {
    setAnnouncement(`Deleted '${title}'. Undo (Ctrl+Z) brings it back.`);
    headingRef.current?.focus();
  };

  return (
    <div className="hotspots-panel">
      <HotspotList selectedId={selectedId} headingRef={headingRef} announcement={announcement} />
      {/* Keyed by id: another exhibit starts with clean messages and drafts. */}
      {selectedId && <HotspotEditor key={selectedId} id={selectedId} lang={lang} onLangChange={setLang} onDeleted={deleted} />}
    </div>
  );
}
