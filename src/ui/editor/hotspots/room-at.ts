import type { Point3 } from '../../../core/geometry/types.ts';
import { placeOf, type Room, type Venue } from '../../../core/venue/index.ts';

/** Which room a point of the building is in, and the rooms to choose from, for the exhibit form. */

/**
 * How far outside every outline a point may be and still count as in the nearest
 * room, in metres: an exhibit hangs on a wall, and a drawn outline may run along
 * the wall's inner face or its middle.
 */
export const ROOM_EDGE_TOLERANCE = 0.5;

/**
 * The room that holds `position` ([x, y, z], y up): on the floor at that height,
 * the room whose outline contains [x, z] (the smallest where outlines overlap); a
 * point just outside every outline (on a wall) gets the nearest room within
 * {@link ROOM_EDGE_TOLERANCE}; farther out, null. See `placeOf` in the core.
 */
export function roomAtPosition(venue: Venue, position: Point3): Room | null {
  return placeOf(venue, position, ROOM_EDGE_TOLERANCE).room;
}

/** The rooms for a room picker: those on `floorId` first (the likely choices), then the rest, each in file order. */
export function roomsFloorFirst(venue: Venue, floorId: string): { onFloor: Room[]; others: Room[] } {
  return {
    onFloor: venue.rooms.filter((r) => r.floor === floorId),
    others: venue.rooms.filter((r) => r.floor !== floorId),
  };
}
