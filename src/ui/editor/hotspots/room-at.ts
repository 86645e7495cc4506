import { floorAtHeight } from '../../../core/camera/framing.ts';
import { containsPoint, distanceOutside, signedArea } from '../../../core/geometry/polygon.ts';
import type { Point3 } from '../../../core/geometry/types.ts';
import type { Room, Venue } from '../../../core/venue/index.ts';

/**
 * Which room a point of the building is in, from the rooms' floor outlines. Pure
 * (no React, no DOM): it could move to src/core/geometry if other parts need it.
 */

/**
 * How far outside every outline a point may be and still count as in the nearest
 * room, in metres: an exhibit hangs on a wall, and a drawn outline may run along
 * the wall's inner face or its middle.
 */
export const ROOM_EDGE_TOLERANCE = 0.5;

/**
 * The room that holds `position` ([x, y, z], y up): on the floor at that height
 * (`floorAtHeight`), the room whose outline contains [x, z]; where outlines
 * overlap, the smallest (a cabinet drawn inside a hall). A point just outside
 * every outline (on a wall) gets the nearest room within
 * {@link ROOM_EDGE_TOLERANCE}; farther out, null.
 */
export function roomAtPosition(venue: Venue, position: Point3): Room | null {
  if (venue.floors.length === 0) return null;
  const floor = floorAtHeight(venue, position[1]);
  const point = [position[0], position[2]] as const;
  const rooms = venue.rooms.filter((r) => r.floor === floor && r.outline.length >= 3);

  let inside: Room | null = null;
  let insideArea = Infinity;
  for (const room of rooms) {
    if (!containsPoint(room.outline, point)) continue;
    const area = Math.abs(signedArea(room.outline));
    if (area < insideArea) {
      inside = room;
      insideArea = area;
    }
  }
  if (inside) return inside;

  let nearest: Room | null = null;
  let nearestDistance = ROOM_EDGE_TOLERANCE;
  for (const room of rooms) {
    const distance = distanceOutside(room.outline, point);
    if (distance <= nearestDistance) {
      nearest = room;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/** The rooms for a room picker: those on `floorId` first (the likely choices), then the rest, each in file order. */
export function roomsFloorFirst(venue: Venue, floorId: string): { onFloor: Room[]; others: Room[] } {
  return {
    onFloor: venue.rooms.filter((r) => r.floor === floorId),
    others: venue.rooms.filter((r) => r.floor !== floorId),
  };
}
