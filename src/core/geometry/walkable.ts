import type { Room, Venue } from '../venue/schema.ts';
import type { PlanPoint, PlanPolygon } from './types.ts';
import { containsPoint, distanceToBoundary, planBounds } from './polygon.ts';

/**
 * Where a person can walk on one floor: inside a room, not through an obstacle, and
 * from one room to the next only through a door. The venue format has no walls of
 * its own, so walls are where room outlines meet; doors are where the walking graph
 * crosses from one room into another. Used by the walk view so visitors cannot pass
 * through walls, in any venue, with or without a scan.
 */

export interface WalkOptions {
  /** Half a person's width: how close the eye may come to a wall or an obstacle. */
  bodyRadius?: number;
  /** How far from a door's centre a person may pass from one room to the next. */
  doorRadius?: number;
  /** Step length when checking a move, in metres. */
  step?: number;
}

export interface WalkableArea {
  /** The room that contains `p`, if any. */
  roomAt(p: PlanPoint): Room | undefined;
  /** True when a person can stand at `p`. */
  canStand(p: PlanPoint): boolean;
  /** The furthest point on the way from `from` towards `to` that can be reached without passing a wall or obstacle. */
  reach(from: PlanPoint, to: PlanPoint): PlanPoint;
  /** Door centres on this floor (plan points), for tests and the plan view. */
  readonly doors: readonly PlanPoint[];
}

interface Box { minX: number; minZ: number; maxX: number; maxZ: number }

const boxOf = (poly: PlanPolygon): Box => {
  const b = planBounds(poly);
  return { minX: b.min[0], minZ: b.min[1], maxX: b.max[0], maxZ: b.max[1] };
};
const inBox = (b: Box, [x, z]: PlanPoint, pad: number): boolean => x >= b.minX - pad && x <= b.maxX + pad && z >= b.minZ - pad && z <= b.maxZ + pad;

/** Builds the walkable area of `floorId`. Cheap enough to rebuild when the floor changes. */
export function walkableArea(venue: Venue, floorId: string, options: WalkOptions = {}): WalkableArea {
  const bodyRadius = options.bodyRadius ?? 0.25;
  const doorRadius = options.doorRadius ?? 0.9;
  const step = options.step ?? 0.05;

  const rooms = venue.rooms.filter((r) => r.floor === floorId).map((room) => ({ room, box: boxOf(room.outline) }));
  const obstacles = (venue.obstacles ?? []).filter((o) => o.floor === floorId).map((o) => ({ outline: o.outline, box: boxOf(o.outline) }));

  // A door is where a walking-graph edge joins two rooms of this floor: its midpoint lies on their shared wall.
  const nodes = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const doors: PlanPoint[] = [];
  for (const e of venue.navGraph?.edges ?? []) {
    const a = nodes.get(e.from);
    const b = nodes.get(e.to);
    if (!a || !b || a.floor !== floorId || b.floor !== floorId || a.room === b.room) continue;
    doors.push([(a.position[0] + b.position[0]) / 2, (a.position[2] + b.position[2]) / 2]);
  }
  const nearDoor = (p: PlanPoint): boolean => doors.some((d) => Math.hypot(d[0] - p[0], d[1] - p[1]) <= doorRadius);

  const roomAt = (p: PlanPoint): Room | undefined => rooms.find((r) => inBox(r.box, p, 0) && containsPoint(r.room.outline, p))?.room;

  const canStand = (p: PlanPoint): boolean => {
    const room = roomAt(p);
    if (!room) return false;
    if (distanceToBoundary(room.outline, p) < bodyRadius && !nearDoor(p)) return false;
    for (const o of obstacles) {
      if (!inBox(o.box, p, bodyRadius)) continue;
      if (containsPoint(o.outline, p) || distanceToBoundary(o.outline, p) < bodyRadius) return false;
    }
    return true;
  };

  const reach = (from: PlanPoint, to: PlanPoint): PlanPoint => {
    if (!canStand(from)) return from;
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    const steps = Math.max(1, Math.ceil(length / step));
    let last = from;
    let lastRoom = roomAt(from);
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const p: PlanPoint = [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
      const room = roomAt(p);
      // Changing rooms away from a door means walking through a wall.
      if (!canStand(p) || (room !== lastRoom && !nearDoor(p))) return last;
      last = p;
      lastRoom = room;
    }
    return last;
  };

  return { roomAt, canStand, reach, doors };
}

const areasByVenue = new WeakMap<Venue, Map<string, WalkableArea>>();

/**
 * The walkable area of a floor with default options, built once per venue and floor:
 * the walk controls, floor clicks and plan clicks all ask for it.
 */
export function walkableAreaOf(venue: Venue, floorId: string): WalkableArea {
  let floors = areasByVenue.get(venue);
  if (!floors) areasByVenue.set(venue, (floors = new Map()));
  let area = floors.get(floorId);
  if (!area) floors.set(floorId, (area = walkableArea(venue, floorId)));
  return area;
}
