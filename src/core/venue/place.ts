import type { PlanPoint, Point3 } from '../geometry/types.ts';
import { containsPoint, distanceOutside, signedArea } from '../geometry/polygon.ts';
import { floorAtHeight } from '../camera/framing.ts';
import type { Room, Venue } from './schema.ts';

/**
 * Which floor and room a point of the building belongs to: the floor whose
 * storey holds its height, and the room whose outline contains it in plan.
 */

/**
 * The room on `floor` whose outline contains `p`, or null (a wall, outside, a
 * shaft). Where outlines overlap (a cabinet drawn inside a hall), the smallest.
 */
export function roomAt(venue: Venue, floor: string, p: PlanPoint): Room | null {
  let best: Room | null = null;
  let bestArea = Infinity;
  for (const room of venue.rooms) {
    if (room.floor !== floor || room.outline.length < 3 || !containsPoint(room.outline, p)) continue;
    const area = Math.abs(signedArea(room.outline));
    if (area < bestArea) {
      best = room;
      bestArea = area;
    }
  }
  return best;
}

/**
 * The room a thing at `p` belongs to: the containing room, or else the nearest room
 * of the floor within `tolerance` metres. A painting hangs on a wall, so its point
 * is often on the outline or a few centimetres outside the room it faces.
 */
export function roomNear(venue: Venue, floor: string, p: PlanPoint, tolerance = 0.6): Room | null {
  const inside = roomAt(venue, floor, p);
  if (inside) return inside;
  let best: Room | null = null;
  let bestDistance = tolerance;
  for (const room of venue.rooms) {
    if (room.floor !== floor || room.outline.length < 3) continue;
    const d = distanceOutside(room.outline, p);
    if (d <= bestDistance) {
      best = room;
      bestDistance = d;
    }
  }
  return best;
}

/** The floor and room of a 3D point (the room may be null). */
export function placeOf(venue: Venue, point: Point3, tolerance?: number): { floor: string; room: Room | null } {
  const floor = floorAtHeight(venue, point[1]);
  return { floor, room: roomNear(venue, floor, [point[0], point[2]], tolerance) };
}
