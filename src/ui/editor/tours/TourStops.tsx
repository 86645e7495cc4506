import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Tour, Venue } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import { dropGap, dropTarget, indicatorFor, keyDirection, moveAnnouncement, stepTarget } from './reorder.ts';
import { exhibitLabel } from './tour-labels.ts';

/** Props of {@link TourStops}. */
export interface TourStopsProps {
  venue: Venue;
  tour: Tour;
  /** The language narration is edited in. */
  language: string;
  /** Opens the tour's delete confirmation (offered when the last stop cannot be removed). */
  onDeleteTour: () => void;
  /** Speaks a change (a move, a removal) through the panel's live region. */
  announce: (text: string) => void;
}

/** Which control keeps focus after a move. */
type FocusPart = 'item' | 'up' | 'down';

/** Keys that follow a stop when it moves, so its half-typed narration moves with it (an exhibit may appear twice). */
function stopKeys(tour: Tour): string[] {
  const seen = new Map<string, number>();
  return tour.stops.map((s) => {
    const n = seen.get(s.hotspot) ?? 0;
    seen.set(s.hotspot, n + 1);
    return `${s.hotspot}#${n}`;
  });
}

/** True for keys typed into a text field, which Alt+arrows must not hijack (they move the caret on macOS). */
const isTextEntry = (el: EventTarget): boolean => el instanceof HTMLElement && /^(TEXTAREA|INPUT|SELECT)$/.test(el.tagName);

/**
 * A tour's stops in order, as an ordered list: each with the exhibit, its room,
 * its narration in the chosen language, and controls to move it (buttons,
 * Alt+ArrowUp/Down on the focused stop, or drag and drop by its handle) and to
 * remove it. After a move the moved stop keeps focus and the new position is
 * announced.
 */
export function TourStops({ venue, tour, language, onDeleteTour, announce }: TourStopsProps) {
  const store = useEditorStore();
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const pendingFocus = useRef<{ index: number; part: FocusPart } | null>(null);
  const [drag, setDrag] = useState<{ from: number; gap: number | null } | null>(null);
  const [lastStopNote, setLastStopNote] = useState<number | null>(null);
  const length = tour.stops.length;
  const keys = stopKeys(tour);

  // Focus follows the moved stop once the list has re-rendered in its new order.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const item = items.current[pending.index];
    const button = pending.part === 'item' ? null : item?.querySelector<HTMLButtonElement>(`button[data-move="${pending.part}"]:not(:disabled)`);
    (button ?? item)?.focus();
  });

  const move = (from: number, to: number | null, part: FocusPart) => {
    if (to === null) return;
    const outcome = store.getState().apply({ type: 'moveTourStop', tour: tour.id, from, to });
    if (!outcome.ok) return;
    pendingFocus.current = { index: to, part };
    setLastStopNote(null);
    announce(moveAnnouncement(exhibitLabel(venue, tour.stops[from]!.hotspot).title, to, length));
  };

  const remove = (index: number) => {
    if (length === 1) return setLastStopNote(index);
    const title = exhibitLabel(venue, tour.stops[index]!.hotspot).title;
    const outcome = store.getState().apply({ type: 'removeTourStop', tour: tour.id, index });
    if (!outcome.ok) return;
    pendingFocus.current = { index: Math.min(index, length - 2), part: 'item' };
    announce(`Removed '${title}' from the tour; ${length - 1} ${length - 1 === 1 ? 'stop' : 'stops'} left`);
  };

  const keyDown = (index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    const direction = keyDirection(e.key, e.altKey);
    if (direction === null || isTextEntry(e.target)) return;
    e.preventDefault();
    move(index, stepTarget(index, direction, length), 'item');
  };

  const dragOver = (index: number) => (e: DragEvent<HTMLLIElement>) => {
    if (!drag) return;
    e.preventDefault(); // allows the drop
    e.dataTransfer.dropEffect = 'move';
    const rect = e.currentTarget.getBoundingClientRect();
    const gap = dropGap(index, e.clientY > rect.top + rect.height / 2);
    if (gap !== drag.gap) setDrag({ from: drag.from, gap });
  };
  const drop = (e: DragEvent<HTMLElement>) => {
    if (!drag) return;
    e.preventDefault();
    if (drag.gap !== null) move(drag.from, dropTarget(drag.from, drag.gap, length), 'item');
    setDrag(null);
  };

  const indicator = drag && drag.gap !== null && dropTarget(drag.from, drag.gap, length) !== null ? indicatorFor(drag.gap, length) : null;

  return (
    <ol className="tours-stops" onDrop={drop} onDragOver={(e) => drag && e.preventDefault()}>
      {tour.stops.map((stop, index) => {
        const { title, room } = exhibitLabel(venue, stop.hotspot);
        const classes = ['tours-stop'];
        if (drag?.from === index) classes.push('tours-stop-dragged');
        if (indicator?.index === index) classes.push(`tours-drop-${indicator.side}`);
        return (
          <li
            key={keys[index]}
            ref={(el) => {
              items.current[index] = el;
            }}
            className={classes.join(' ')}
            tabIndex={0}
            aria-label={`Stop ${index + 1} of ${length}: ${title}, ${room}`}
            aria-describedby="tours-stop-keys"
            onKeyDown={keyDown(index)}
            onDragOver={dragOver(index)}
          >
            <div className="tours-stop-head">
              <span
                className="tours-handle"
                draggable
                title="Drag to reorder"
                aria-hidden="true"
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', title);
                  const item = items.current[index];
                  if (item) e.dataTransfer.setDragImage(item, 16, 16);
                  setDrag({ from: index, gap: null });
                }}
                onDragEnd={() => setDrag(null)}
              >
                ⠿
              </span>
              <span className="tours-stop-title">
                <strong lang={venue.defaultLanguage}>{title}</strong>
                <span className="tours-muted"> · {room}</span>
              </span>
              <span className="tours-stop-buttons">
                <button type="button" className="tours-icon" data-move="up" title="Move up" aria-label={`Move '${title}' up`} disabled={index === 0} onClick={() => move(index, stepTarget(index, -1, length), 'up')}>
                  ↑
                </button>
                <button type="button" className="tours-icon" data-move="down" title="Move down" aria-label={`Move '${title}' down`} disabled={index === length - 1} onClick={() => move(index, stepTarget(index, 1, length), 'down')}>
                  ↓
                </button>
                <button type="button" className="tours-button" aria-label={`Remove stop '${title}'`} onClick={() => remove(index)}>
                  Remove stop
                </button>
              </span>
            </div>
            {lastStopNote === index && (
              <p className="tours-error" role="alert">
                A tour needs at least one stop, so its last stop cannot be removed.{' '}
                <button type="button" className="tours-button" onClick={onDeleteTour}>
                  Delete tour
                </button>
              </p>
            )}
            <LocalizedTextField
              key={language}
              venue={venue}
              text={stop.narration}
              language={language}
              label="Narration"
              what="narration"
              multiline
              onApply={(value) => store.getState().apply({ type: 'setStopNarration', tour: tour.id, index, language, value }, { at: performance.now() })}
            />
          </li>
        );
      })}
    </ol>
  );
}
