import type { Room } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { containsPoint, planBounds } from '../../geometry/polygon.ts';
import { segmentToPolygonDistance } from '../../geometry/segment.ts';
import type { RoomSpace } from './room-space.ts';

/**
 * Doors guessed from the floor plan. The venue format draws rooms, not walls or
 * doors, so wherever two rooms of a floor share a stretch of wall long enough for
 * a door, the generator assumes there is one; the curator removes those that are
 * solid walls. A door is two path points, one each side of the wall and half a
 * metre from it, joined by a 'door' connection whose middle lies on the wall:
 * that is also how the walk view finds doors (geometry/walkable.ts), so visitors
 * can walk through it.
 */

/** Shortest shared wall that can hold a door, metres. */
export const MIN_SHARED_WALL_M = 0.8;
/** Two outline edges this close (metres) count as one wall: hand-drawn plans leave small gaps. */
const WALL_GAP_M = 0.1;
/** How far each door point stands from the wall; the second value is tried in narrow rooms. */
const DOOR_OFFSETS_M = [0.5, 0.3] as const;
/** A door keeps this far from the ends of the shared stretch (half a door leaf). */
const DOOR_MARGIN_M = 0.4;
/** Step when sliding a door along its wall to get clear of a display case. */
const SLIDE_STEP_M = 0.25;

/** A stretch of wall shared by rooms `a` and `b`, from `from` to `to`. */
export interface SharedWall {
  a: Room;
  b: Room;
  from: PlanPoint;
  to: PlanPoint;
  length: number;
  /** Unit normal of the wall pointing into `a`. */
  intoA: PlanPoint;
}

/** Where a door was placed: a point in each room, either side of the wall. */
export interface Door {
  a: Room;
  b: Room;
  inA: PlanPoint;
  inB: PlanPoint;
}

type Box = ReturnType<typeof planBounds>;

/** Every shared wall of at least `minLength` between rooms of one floor (pass one floor's rooms). */
export function sharedWalls(rooms: readonly Room[], minLength = MIN_SHARED_WALL_M): SharedWall[] {
  const boxed = rooms.map((room, order) => ({ room, order, box: planBounds(room.outline) })).sort((p, q) => p.box.min[0] - q.box.min[0]);
  const out: SharedWall[] = [];
  // Sweep along x: only rooms whose boxes overlap can share a wall.
  for (let i = 0; i < boxed.length; i++) {
    const first = boxed[i]!;
    for (let j = i + 1; j < boxed.length && boxed[j]!.box.min[0] <= first.box.max[0] + WALL_GAP_M; j++) {
      const second = boxed[j]!;
      if (!boxesTouch(first.box, second.box)) continue;
      // The room listed first in the venue is `a`, so door ids do not depend on the sweep order.
      const [a, b] = first.order < second.order ? [first.room, second.room] : [second.room, first.room];
      out.push(...wallsBetween(a, b, minLength));
    }
  }
  return out;
}

const boxesTouch = (a: Box, b: Box): boolean =>
  a.min[0] - WALL_GAP_M <= b.max[0] && b.min[0] - WALL_GAP_M <= a.max[0] && a.min[1] - WALL_GAP_M <= b.max[1] && b.min[1] - WALL_GAP_M <= a.max[1];

function wallsBetween(a: Room, b: Room, minLength: number): SharedWall[] {
  const out: SharedWall[] = [];
  const pa = a.outline;
  const pb = b.outline;
  for (let i = 0; i < pa.length; i++) {
    const p = pa[i]!;
    const q = pa[(i + 1) % pa.length]!;
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (length < minLength) continue;
    const u: PlanPoint = [(q[0] - p[0]) / length, (q[1] - p[1]) / length];
    const across = (r: PlanPoint) => Math.abs(u[0] * (r[1] - p[1]) - u[1] * (r[0] - p[0]));
    const along = (r: PlanPoint) => u[0] * (r[0] - p[0]) + u[1] * (r[1] - p[1]);
    for (let k = 0; k < pb.length; k++) {
      const r = pb[k]!;
      const s = pb[(k + 1) % pb.length]!;
      if (across(r) > WALL_GAP_M || across(s) > WALL_GAP_M) continue;
      const t0 = Math.max(0, Math.min(along(r), along(s)));
      const t1 = Math.min(length, Math.max(along(r), along(s)));
      if (t1 - t0 < minLength) continue;
      const from: PlanPoint = [p[0] + u[0] * t0, p[1] + u[1] * t0];
      const to: PlanPoint = [p[0] + u[0] * t1, p[1] + u[1] * t1];
      const intoA = sideOf(a, b, from, to, u);
      if (intoA) out.push({ a, b, from, to, length: t1 - t0, intoA });
    }
  }
  return out;
}

/** The wall normal pointing into `a`, when `b` lies on the other side (else the rooms overlap there: no door). */
function sideOf(a: Room, b: Room, from: PlanPoint, to: PlanPoint, u: PlanPoint): PlanPoint | null {
  const mid: PlanPoint = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  const eps = WALL_GAP_M + 0.02;
  for (const n of [[-u[1], u[0]], [u[1], -u[0]]] as const) {
    if (containsPoint(a.outline, [mid[0] + n[0] * eps, mid[1] + n[1] * eps]) && containsPoint(b.outline, [mid[0] - n[0] * eps, mid[1] - n[1] * eps])) return n;
  }
  return null;
}

/**
 * A door in the shared wall: in the middle when that is clear, otherwise slid
 * along the wall until both door points can stand clear of obstacles; null
 * when the whole stretch is blocked.
 */
export function placeDoor(wall: SharedWall, spaceA: RoomSpace, spaceB: RoomSpace): Door | null {
  const u: PlanPoint = [(wall.to[0] - wall.from[0]) / wall.length, (wall.to[1] - wall.from[1]) / wall.length];
  const n = wall.intoA;
  const half = wall.length / 2;
  const room = Math.max(0, half - DOOR_MARGIN_M);
  const offsets: number[] = [0];
  for (let d = SLIDE_STEP_M; d <= room + 1e-9; d += SLIDE_STEP_M) offsets.push(d, -d);
  for (const depth of DOOR_OFFSETS_M) {
    for (const slide of offsets) {
      const t = half + slide;
      const c: PlanPoint = [wall.from[0] + u[0] * t, wall.from[1] + u[1] * t];
      const inA: PlanPoint = [c[0] + n[0] * depth, c[1] + n[1] * depth];
      const inB: PlanPoint = [c[0] - n[0] * depth, c[1] - n[1] * depth];
      // Close to the wall is fine here (that is where a door is), but not inside a case.
      if (!spaceA.canStand(inA, 0.2) || !spaceB.canStand(inB, 0.2)) continue;
      const blocked = [...spaceA.obstacles, ...spaceB.obstacles].some((o) => segmentToPolygonDistance(inA, inB, o) < 0.1);
      if (!blocked) return { a: wall.a, b: wall.b, inA, inB };
    }
  }
  return null;
}

/**
 * One door per pair of rooms that share a wall (on the longest stretch that has
 * room for one), and the pairs whose shared walls are all blocked.
 */
export function placeDoors(spaces: readonly RoomSpace[]): { doors: Door[]; blocked: [Room, Room][] } {
  const byRoom = new Map(spaces.map((s) => [s.room.id, s]));
  const byPair = new Map<string, SharedWall[]>();
  for (const wall of sharedWalls(spaces.map((s) => s.room))) {
    const key = JSON.stringify([wall.a.id, wall.b.id]);
    byPair.set(key, [...(byPair.get(key) ?? []), wall]);
  }
  const doors: Door[] = [];
  const blocked: [Room, Room][] = [];
  for (const walls of byPair.values()) {
    walls.sort((p, q) => q.length - p.length);
    const door = walls.reduce<Door | null>((found, wall) => found ?? placeDoor(wall, byRoom.get(wall.a.id)!, byRoom.get(wall.b.id)!), null);
    if (door) doors.push(door);
    else blocked.push([walls[0]!.a, walls[0]!.b]);
  }
  return { doors, blocked };
}
