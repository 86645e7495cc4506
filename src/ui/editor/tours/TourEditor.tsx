import { useId, useRef, useState } from 'react';
import type { Tour, Venue } from '../../../core/venue/index.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { useSyncedDraft } from '../fields/use-synced-draft.ts';
import { ExhibitSelect, initialExhibit } from './ExhibitSelect.tsx';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import { TourStops } from './TourStops.tsx';
import { exhibitLabel, languageLabel, stopCount, tourTitle } from './tour-labels.ts';

/** The id of the Tours panel's heading, which takes focus when the open tour is deleted. */
export const TOURS_HEADING_ID = 'tours-panel-heading';

/** The id of the open tour's heading, which takes focus when a new tour opens. */
export const TOUR_EDITOR_HEADING_ID = 'tours-editor-title';

/** Props of {@link TourEditor}. */
export interface TourEditorProps {
  venue: Venue;
  tour: Tour;
  announce: (text: string) => void;
}

/** Buttons over the venue's languages; the pressed one is edited. Languages without a title yet are marked. */
function LanguageSwitcher({ venue, tour, language, onChange }: { venue: Venue; tour: Tour; language: string; onChange: (language: string) => void }) {
  return (
    <div className="tours-languages" role="group" aria-label="Language to edit">
      {venue.languages.map((l) => (
        <button key={l} type="button" className="tours-button" aria-pressed={l === language} onClick={() => onChange(l)}>
          {languageLabel(l)}
          {tour.title[l] === undefined && <span className="tours-muted"> · not written</span>}
        </button>
      ))}
    </div>
  );
}

/** Adds an exhibit at the end of the tour; starts on the exhibit selected in the editor, if any. */
function AddStop({ venue, tour, announce }: TourEditorProps) {
  const store = useEditorStore();
  const id = useId();
  const selectedHotspot = useEditorState((s) => (s.selection?.kind === 'hotspot' ? s.selection.id : null));
  const inTour = new Set(tour.stops.map((s) => s.hotspot));
  // Follows the exhibit selected in the editor (a click on a pin), otherwise keeps the curator's choice.
  const [chosen, setChoice] = useSyncedDraft(selectedHotspot, (h) => initialExhibit(venue, h, inTour), (_, h) => h === null);
  const hotspots = venue.hotspots ?? [];
  if (hotspots.length === 0) return null;
  // An exhibit deleted meanwhile (or undone) is not offered.
  const choice = hotspots.some((h) => h.id === chosen) ? chosen : initialExhibit(venue, null, inTour);
  const add = () => {
    if (!choice) return;
    const outcome = store.getState().apply({ type: 'addTourStop', tour: tour.id, hotspot: choice });
    if (!outcome.ok) return;
    announce(`Added '${exhibitLabel(venue, choice).title}' as stop ${tour.stops.length + 1} of ${tour.stops.length + 1}`);
    // Ready for the next one: the next exhibit not in the tour yet.
    setChoice(initialExhibit(venue, null, new Set([...inTour, choice])));
  };
  return (
    <div className="tours-add">
      <label htmlFor={id}>Add a stop</label>
      <div className="tours-add-row">
        <ExhibitSelect id={id} venue={venue} value={choice} onChange={setChoice} inTour={inTour} />
        <button type="button" className="tours-button" onClick={add}>
          Add stop
        </button>
      </div>
    </div>
  );
}

/** Delete with an inline confirmation; `open` is lifted so the last stop's "Delete tour" can open it. */
function DeleteTour({ venue, tour, open, setOpen, announce }: TourEditorProps & { open: boolean; setOpen: (open: boolean) => void }) {
  const store = useEditorStore();
  // After Cancel, focus goes back to the button that opened the confirmation, not to the page.
  const returnFocus = useRef(false);
  const title = tourTitle(venue, tour);
  if (!open) {
    return (
      <button
        ref={(el) => {
          if (el && returnFocus.current) el.focus();
          returnFocus.current = false;
        }}
        type="button"
        className="tours-button tours-danger"
        onClick={() => setOpen(true)}
      >
        Delete tour
      </button>
    );
  }
  return (
    <div className="tours-confirm" role="group" aria-label="Confirm deleting the tour">
      <p>
        Delete the tour “{title}” with its {stopCount(tour.stops.length)} and their narration? The exhibits stay. You can undo this.
      </p>
      <div className="tours-actions">
        <button
          type="button"
          className="tours-button tours-danger"
          onClick={() => {
            if (!store.getState().apply({ type: 'deleteTour', id: tour.id }).ok) return;
            announce(`Deleted the tour '${title}'`);
            // The editor goes with the tour: focus moves to the panel's heading rather than being lost.
            document.getElementById(TOURS_HEADING_ID)?.focus();
          }}
        >
          Delete
        </button>
        <button
          type="button"
          className="tours-button"
          autoFocus
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * The selected tour: title and description per language, the ordered stops with
 * their narration, adding stops, and deleting the tour.
 */
export function TourEditor({ venue, tour, announce }: TourEditorProps) {
  const store = useEditorStore();
  const [language, setLanguage] = useState(venue.defaultLanguage);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const shown = venue.languages.includes(language) ? language : venue.defaultLanguage;

  return (
    <section className="tours-editor" aria-labelledby={TOUR_EDITOR_HEADING_ID}>
      <h3 id={TOUR_EDITOR_HEADING_ID} tabIndex={-1}>
        <span lang={venue.defaultLanguage}>{tourTitle(venue, tour)}</span> <code className="tours-muted">{tour.id}</code>
      </h3>
      <LanguageSwitcher venue={venue} tour={tour} language={shown} onChange={setLanguage} />
      <LocalizedTextField
        key={`title-${shown}`}
        venue={venue}
        text={tour.title}
        language={shown}
        label="Title"
        what="title"
        required
        onApply={(value) => store.getState().apply({ type: 'setTourText', tour: tour.id, field: 'title', language: shown, value }, { at: performance.now() })}
      />
      <LocalizedTextField
        key={`description-${shown}`}
        venue={venue}
        text={tour.description}
        language={shown}
        label="Description"
        what="description"
        multiline
        onApply={(value) => store.getState().apply({ type: 'setTourText', tour: tour.id, field: 'description', language: shown, value }, { at: performance.now() })}
      />
      <h4>Stops ({tour.stops.length})</h4>
      <p id="tours-stop-keys" className="tours-muted">
        Reorder by dragging a stop by its handle (⠿), with the arrow buttons, or with Alt+↑ and Alt+↓ on a stop.
      </p>
      <TourStops venue={venue} tour={tour} language={shown} onDeleteTour={() => setConfirmDelete(true)} announce={announce} />
      <AddStop venue={venue} tour={tour} announce={announce} />
      <DeleteTour venue={venue} tour={tour} open={confirmDelete} setOpen={setConfirmDelete} announce={announce} />
    </section>
  );
}
