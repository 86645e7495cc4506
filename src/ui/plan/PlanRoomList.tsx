import type { PlanRoomLayout } from './plan-layout.ts';
import type { PlanStrings } from './plan-strings.ts';

/**
 * The full plan in words, for screen readers: every room of the floor with its kind,
 * its description and how many exhibits it holds. Visually hidden; the drawing
 * shows the same to sighted visitors.
 */
export function PlanRoomList({ rooms, t, hint }: { rooms: readonly PlanRoomLayout[]; t: PlanStrings; hint: string | null }) {
  return (
    <div className="floor-plan__sr-only">
      {hint && <p>{hint}</p>}
      <ul aria-label={t.roomsOnFloor}>
        {rooms.map((room) => {
          const kind = t.kinds[room.kind];
          // "Café, Café" says nothing twice: name the kind only when the name does not.
          const showKind = !room.name.text.toLowerCase().includes(kind.toLowerCase());
          const count = t.exhibitCount(room.exhibitCount);
          return (
            <li key={room.id}>
              <span lang={room.name.lang}>{room.name.text}</span>
              {showKind ? `, ${kind}. ` : '. '}
              {room.description && <span lang={room.description.lang}>{asSentence(room.description.text)} </span>}
              {count && `${count}.`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Ends a text with a full stop unless it already ends a sentence, so readers pause between parts. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
