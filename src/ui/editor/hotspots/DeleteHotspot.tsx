import { useEffect, useId, useRef, useState } from 'react';
import type { Hotspot, Venue } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { deleteQuestion, hotspotTitle, toursShowing } from './hotspot-list.ts';

/** Props of {@link DeleteHotspot}. */
export interface DeleteHotspotProps {
  venue: Venue;
  hotspot: Hotspot;
  /** Called after the exhibit was deleted, with its title (the panel moves focus and says so). */
  onDeleted(title: string): void;
}

/**
 * Deleting an exhibit, with one confirm step that says what else goes (its stops
 * in tours). Undo brings all of it back, so one question is enough; Cancel has the
 * focus, so a stray Enter keeps the exhibit.
 */
export function DeleteHotspot({ venue, hotspot, onDeleted }: DeleteHotspotProps) {
  const store = useEditorStore();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const title = hotspotTitle(venue, hotspot);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const cancel = (): void => {
    setAsking(false);
    // Back to the button that asked, once it is in the page again.
    requestAnimationFrame(() => askRef.current?.focus());
  };
  const remove = (): void => {
    if (store.getState().apply({ type: 'deleteHotspot', id: hotspot.id }).ok) onDeleted(title);
  };

  if (!asking) {
    return (
      <button ref={askRef} type="button" className="hotspot-button hotspot-danger" onClick={() => setAsking(true)}>
        Delete exhibit…
      </button>
    );
  }
  return (
    <div className="hotspot-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{deleteQuestion(title, toursShowing(venue, hotspot.id))}</p>
      <div className="hotspot-buttons">
        <button type="button" className="hotspot-button hotspot-danger-strong" onClick={remove}>
          Delete
        </button>
        <button ref={cancelRef} type="button" className="hotspot-button" onClick={cancel} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
