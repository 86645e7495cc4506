import type { Venue } from '../../core/venue/index.ts';
import type { PlanPoint } from '../../core/geometry/types.ts';
import type { PositionFix } from '../../core/positioning/types.ts';
import { poleOfInaccessibility } from '../../core/geometry/pole.ts';
import { containsPoint } from '../../core/geometry/polygon.ts';
import { walkableAreaOf } from '../../core/geometry/walkable.ts';
import { placeVisitor, positionStore, type PositionStore } from '../position-store.ts';

/**
 * The fallbacks of on-site positioning, for phones that cannot scan for beacons:
 * the QR code beside an exhibit and "I am in this room". Each turns into a fix
 * with an honest uncertainty, like one from the tracker, so the plan, the 3D view
 * and a tracker started later all take it the same way. Small and free of the
 * tracker, so a QR link places the visitor without loading it.
 */

/** How sure a QR code makes us: the visitor stands within reading distance of the exhibit's label. */
export const QR_ACCURACY_M = 2;

/** Where a visitor reading an exhibit's label stands: this far in front of it. */
const READING_DISTANCE_M = 1;

/** The smallest uncertainty given for a room, so even a cupboard of a room shows a visible circle. */
const MIN_ROOM_ACCURACY_M = 1;

/**
 * The visitor at the exhibit `hotspotId` (they scanned its QR code): a metre in
 * front of it along its surface normal when one can stand there, otherwise at the
 * exhibit itself; within {@link QR_ACCURACY_M}. Null for an unknown hotspot or one
 * whose room is missing.
 */
export function fixAtHotspot(venue: Venue, hotspotId: string, t: number): PositionFix | null {
  const hotspot = venue.hotspots?.find((h) => h.id === hotspotId);
  const room = hotspot && venue.rooms.find((r) => r.id === hotspot.room);
  if (!hotspot || !room) return null;
  const at: PlanPoint = [hotspot.position[0], hotspot.position[2]];
  let position = at;
  const n = hotspot.normal;
  const length = n ? Math.hypot(n[0], n[2]) : 0;
  if (n && length > 1e-6) {
    const front: PlanPoint = [at[0] + (n[0] / length) * READING_DISTANCE_M, at[1] + (n[2] / length) * READING_DISTANCE_M];
    const area = walkableAreaOf(venue, room.floor);
    if (area.canStand(front) && area.roomAt(front)?.id === room.id) position = front;
  }
  return { t, position, floor: room.floor, room: room.id, accuracy: QR_ACCURACY_M };
}

/**
 * The visitor somewhere in room `roomId`: the dot at the room's label point (the
 * place farthest from its walls and display cases), the uncertainty a circle that
 * covers the whole room. Null for an unknown room.
 */
export function fixInRoom(venue: Venue, roomId: string, t: number): PositionFix | null {
  const room = venue.rooms.find((r) => r.id === roomId);
  if (!room || room.outline.length < 3) return null;
  const holes = (venue.obstacles ?? []).filter((o) => o.floor === room.floor && o.outline.some((p) => containsPoint(room.outline, p))).map((o) => o.outline);
  const pole = poleOfInaccessibility(room.outline, { holes });
  const centre = pole.distance > 0 ? pole.point : poleOfInaccessibility(room.outline).point;
  let radius = 0;
  for (const p of room.outline) radius = Math.max(radius, Math.hypot(p[0] - centre[0], p[1] - centre[1]));
  const accuracy = Number.isFinite(radius) ? Math.max(MIN_ROOM_ACCURACY_M, radius) : MIN_ROOM_ACCURACY_M;
  if (!Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) return null;
  return { t, position: centre, floor: room.floor, room: room.id, accuracy };
}

/** Puts the visitor at exhibit `hotspotId` (its QR code was scanned); false for an unknown exhibit. */
export function placeAtHotspot(venue: Venue, hotspotId: string, store: PositionStore = positionStore): boolean {
  const fix = fixAtHotspot(venue, hotspotId, performance.now());
  if (fix) placeVisitor(venue.id, fix, 'qr', store);
  return fix !== null;
}

/** Puts the visitor in room `roomId` ("I am in…"); false for an unknown room. */
export function placeInRoom(venue: Venue, roomId: string, store: PositionStore = positionStore): boolean {
  const fix = fixInRoom(venue, roomId, performance.now());
  if (fix) placeVisitor(venue.id, fix, 'room', store);
  return fix !== null;
}
