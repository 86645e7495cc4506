import { useId, useState } from 'react';
import { floorAtHeight } from '../../../core/camera/framing.ts';
import type { Hotspot, Room, Venue } from '../../../core/venue/index.ts';
import { PositionFields } from '../fields/PositionFields.tsx';
import { useEditorStore } from '../state/current-editor.ts';
import { roomAtPosition, roomsFloorFirst } from './room-at.ts';

/** Props of {@link HotspotPlacement}. */
export interface HotspotPlacementProps {
  venue: Venue;
  hotspot: Hotspot;
}

const nameOf = (venue: Venue, room: Room): string => room.name[venue.defaultLanguage] ?? Object.values(room.name)[0] ?? room.id;
const floorName = (venue: Venue, floorId: string): string => {
  const floor = venue.floors.find((f) => f.id === floorId);
  return floor ? (floor.name[venue.defaultLanguage] ?? Object.values(floor.name)[0] ?? floor.id) : floorId;
};

/**
 * Where the exhibit is: its room (chosen, or found from the position) and its
 * position in metres. The position itself changes by dragging the pin in the 3D
 * view, which keeps it on a wall or display; typing numbers would put it in the air.
 */
export function HotspotPlacement({ venue, hotspot }: HotspotPlacementProps) {
  const store = useEditorStore();
  const selectId = useId();
  const [status, setStatus] = useState('');
  const floorId = floorAtHeight(venue, hotspot.position[1]);
  const { onFloor, others } = roomsFloorFirst(venue, floorId);
  const roomKnown = venue.rooms.some((r) => r.id === hotspot.room);

  const setRoom = (roomId: string): boolean => store.getState().apply({ type: 'setHotspotRoom', id: hotspot.id, room: roomId }).ok;

  const roomFromPosition = (): void => {
    const room = roomAtPosition(venue, hotspot.position);
    if (!room) {
      setStatus(`No room on ${floorName(venue, floorId)} holds this position. Choose the room above, or drag the pin into a room.`);
      return;
    }
    if (room.id === hotspot.room) {
      setStatus(`The exhibit is already in “${nameOf(venue, room)}”, where its position is.`);
      return;
    }
    if (setRoom(room.id)) setStatus(`Room set to “${nameOf(venue, room)}”, where the exhibit's position is.`);
  };

  const option = (room: Room) => (
    <option key={room.id} value={room.id}>
      {nameOf(venue, room)}
    </option>
  );

  return (
    <div className="hotspot-placement">
      <div className="hotspot-field">
        <label htmlFor={selectId}>Room</label>
        <div className="hotspot-row">
          <select
            id={selectId}
            value={hotspot.room}
            onChange={(e) => {
              setStatus('');
              setRoom(e.target.value);
            }}
          >
            {!roomKnown && <option value={hotspot.room}>Missing room “{hotspot.room}”</option>}
            {onFloor.length > 0 && <optgroup label={`On ${floorName(venue, floorId)} (this exhibit's floor)`}>{onFloor.map(option)}</optgroup>}
            {others.length > 0 && <optgroup label="Other floors">{others.map(option)}</optgroup>}
          </select>
          <button type="button" className="hotspot-button" onClick={roomFromPosition}>
            Room from position
          </button>
        </div>
        <p className="hotspot-status" role="status">
          {status}
        </p>
      </div>

      <div className="hotspot-field">
        <PositionFields position={hotspot.position} onMove={(position, gesture) => store.getState().apply({ type: 'moveHotspot', id: hotspot.id, position }, { gesture })} />
        <p className="hotspot-hint">
          On {floorName(venue, floorId)}. Drag the blue grip in the 3D view to move it along the surface, or type the position.
        </p>
      </div>
    </div>
  );
}
