import { useMemo } from 'react';
import type { Venue } from '../../../core/venue/schema.ts';
import { startRooms } from '../../../core/editing/graph/index.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { floorName, roomName } from './node-actions.ts';
import { missedRooms, showRoom } from './missed-rooms.ts';

/**
 * The rooms the walking graph misses: those a visitor cannot reach from the
 * entrance at all, and those reachable only by stairs or escalators. Each has a
 * button that selects the room and flies the camera over it (its floor in focus,
 * so the floor above does not hide it); the 3D view shades the unreachable ones red.
 */

function RoomList({ ids, venue, onShow }: { ids: readonly string[]; venue: Venue; onShow: (id: string) => void }) {
  return (
    <ul className="graph-rooms">
      {ids.map((id) => {
        const room = venue.rooms.find((r) => r.id === id);
        const name = roomName(venue, id) ?? id;
        return (
          <li key={id}>
            <button type="button" onClick={() => onShow(id)}>
              Show <span className="visually-hidden">room </span>
              {name}
            </button>{' '}
            <span className="muted">{room ? floorName(venue, room.floor) : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function UnreachableRooms() {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const { unreachable, stepsOnly } = useMemo(() => missedRooms(venue), [venue]);
  const start = startRooms(venue).map((id) => roomName(venue, id) ?? id);
  const onShow = (id: string) => showRoom(store, id);
  const from = start.length === 0 ? 'the entrance' : start.join(', ');

  return (
    <section className="graph-unreachable" aria-label="Rooms the walking paths miss">
      <h3>Rooms visitors cannot reach</h3>
      {unreachable.length === 0 ? (
        <p>Every room can be reached from {from}.</p>
      ) : (
        <>
          <p className="muted">
            No path leads from {from} to {unreachable.length === 1 ? 'this room' : `these ${unreachable.length} rooms`}:
          </p>
          <RoomList ids={unreachable} venue={venue} onShow={onShow} />
        </>
      )}
      <h3>Rooms visitors cannot reach step-free</h3>
      {stepsOnly.length === 0 ? (
        <p>{unreachable.length === 0 ? 'Every room' : 'Every other room'} can be reached without steps.</p>
      ) : (
        <>
          <p className="muted">Only stairs or escalators lead to {stepsOnly.length === 1 ? 'this room' : `these ${stepsOnly.length} rooms`}:</p>
          <RoomList ids={stepsOnly} venue={venue} onShow={onShow} />
        </>
      )}
    </section>
  );
}
