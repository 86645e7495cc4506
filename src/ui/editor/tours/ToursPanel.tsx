import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { NewTourForm } from './NewTourForm.tsx';
import { TOUR_EDITOR_HEADING_ID, TOURS_HEADING_ID, TourEditor } from './TourEditor.tsx';
import { stopCount, tourTitle } from './tour-labels.ts';
import './tours-editor.css';

/**
 * The tour being edited: the selected tour, and it stays open while the curator
 * selects an exhibit (to add it as a stop) until another tour is chosen or the
 * tour is deleted.
 */
function useOpenTour(): string | null {
  const selection = useEditorState((s) => s.selection);
  const tours = useEditorState((s) => s.venue.tours);
  const [open, setOpen] = useState<string | null>(selection?.kind === 'tour' ? selection.id : null);
  let current = open;
  if (selection?.kind === 'tour' && selection.id !== open) {
    current = selection.id;
    setOpen(current);
  }
  return current !== null && tours?.some((t) => t.id === current) ? current : null;
}

/**
 * The editor's "Tours" tab: the venue's tours (title and number of stops) to
 * choose from, "New tour", and the chosen tour's editor. Changes to stops are
 * announced in a live region.
 */
export function ToursPanel() {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const selectedHotspot = useEditorState((s) => (s.selection?.kind === 'hotspot' ? s.selection.id : null));
  const openId = useOpenTour();
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const tours = venue.tours ?? [];
  const open = tours.find((t) => t.id === openId);
  // Where focus goes when the new-tour form closes: the new tour's editor, or back to "New tour".
  const newTourButton = useRef<HTMLButtonElement>(null);
  const focusAfterForm = useRef<'editor' | 'button' | null>(null);
  useEffect(() => {
    const target = focusAfterForm.current;
    if (target === null || creating) return;
    focusAfterForm.current = null;
    (target === 'editor' ? document.getElementById(TOUR_EDITOR_HEADING_ID) : newTourButton.current)?.focus();
  });
  const closeForm = (created: boolean) => {
    focusAfterForm.current = created ? 'editor' : 'button';
    setCreating(false);
  };
  // A new text each time, so two equal announcements in a row are both spoken.
  const announce = useCallback((text: string) => setAnnouncement((previous) => (previous === text ? `${text}.` : text)), []);

  return (
    <div className="tours-editor-panel">
      <h2 id={TOURS_HEADING_ID} tabIndex={-1}>
        Tours
      </h2>
      <p className="tours-muted">Guided walks from exhibit to exhibit, with a narration at each stop.</p>
      {creating ? (
        <NewTourForm venue={venue} selectedHotspot={selectedHotspot} onClose={closeForm} announce={announce} />
      ) : (
        <button ref={newTourButton} type="button" className="tours-button tours-primary" onClick={() => setCreating(true)}>
          New tour
        </button>
      )}
      {tours.length === 0 ? (
        <p>No tours yet.</p>
      ) : (
        <ul className="tours-list" aria-label={`${tours.length} ${tours.length === 1 ? 'tour' : 'tours'}`}>
          {tours.map((tour) => (
            <li key={tour.id}>
              <button type="button" className="tours-row" aria-pressed={tour.id === openId} onClick={() => store.getState().select({ kind: 'tour', id: tour.id })}>
                <span className="tours-row-title" lang={venue.defaultLanguage}>
                  {tourTitle(venue, tour)}
                </span>
                <span className="tours-muted">{stopCount(tour.stops.length)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Keyed by tour: the language shown and half-typed fields belong to one tour. */}
      {open && <TourEditor key={open.id} venue={venue} tour={open} announce={announce} />}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}
