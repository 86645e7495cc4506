import type { Hotspot, Venue } from '../venue/schema.ts';
import type { PlanPoint } from '../geometry/types.ts';
import { containsPoint } from '../geometry/polygon.ts';
import { walkableAreaOf } from '../geometry/walkable.ts';
import type { RoutingGraph } from './graph.ts';

/**
 * Joining places that are not graph nodes to the walking graph: a position on a
 * floor (the blue dot, a click on the plan) and an exhibit on a wall.
 *
 * A position is joined to the nearest node that can be walked to in a straight
 * line without passing a wall or an obstacle. Walls are where room outlines meet
 * and can be passed only at doors (walkable.ts), so the nearest node by distance
 * may well be in the next room; the nearest few are tried in order of distance.
 */

/** How many of the nearest nodes are tried before giving up. */
const CANDIDATES = 16;
/**
 * A straight walk that stops this close to the node counts as reaching it: a
 * node may stand nearer a wall than a body's half-width, so the last few
 * centimetres are not walkable by the book. A wall has no thickness, so a node
 * beyond a wall is always further than this from where the walk stops.
 */
const REACH_TOLERANCE = 0.3;
/** From a point within a body's width of a wall, this far may be walked to get clear of it. */
const CLEARANCE = 0.5;
/** How far in front of an exhibit a visitor stands to look at it. */
const VIEWING_DISTANCE = 1;

export type SnapResult = { readonly ok: true; readonly node: number; readonly distance: number } | { readonly ok: false; readonly message: string };

const dist = (a: PlanPoint, b: PlanPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const fmt = (p: PlanPoint) => `(${p[0].toFixed(2)}, ${p[1].toFixed(2)})`;

/** Node indices on `floor` (optionally only in `room`), nearest to `p` first, at most `limit`. */
function nearestNodes(graph: RoutingGraph, p: PlanPoint, floor: number, room: string | null, limit: number): number[] {
  const found: { node: number; d: number }[] = [];
  for (let i = 0; i < graph.nodeCount; i++) {
    if (graph.floorOf[i] !== floor || (room !== null && graph.roomOf[i] !== room)) continue;
    const d = Math.hypot(graph.x[i]! - p[0], graph.z[i]! - p[1]);
    if (found.length < limit) found.push({ node: i, d });
    else if (d < found[found.length - 1]!.d) found[found.length - 1] = { node: i, d };
    else continue;
    found.sort((a, b) => a.d - b.d);
  }
  return found.map((f) => f.node);
}

/**
 * The nearest node of `floor` that a person at `position` can walk to in a
 * straight line (only nodes of `room`, when given). Fails with a message when the
 * position is outside every room, inside an obstacle, or sees no node.
 */
export function snapToGraph(venue: Venue, graph: RoutingGraph, position: PlanPoint, floor: string, room: string | null = null): SnapResult {
  const floorIndex = graph.floorIndex.get(floor);
  if (floorIndex === undefined) return { ok: false, message: `unknown floor "${floor}"` };
  if (!Array.isArray(position) || !Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
    return { ok: false, message: 'the position is not a pair of finite numbers' };
  }
  const area = walkableAreaOf(venue, floor);
  if (!area.roomAt(position)) return { ok: false, message: `the point ${fmt(position)} on floor "${floor}" is outside every room` };
  const obstacle = (venue.obstacles ?? []).find((o) => o.floor === floor && containsPoint(o.outline, position));
  if (obstacle) return { ok: false, message: `the point ${fmt(position)} on floor "${floor}" is inside obstacle "${obstacle.id}"` };

  for (const node of nearestNodes(graph, position, floorIndex, room, CANDIDATES)) {
    const target: PlanPoint = [graph.x[node]!, graph.z[node]!];
    const start = area.canStand(position) ? position : clearOfWalls(area.canStand, position, target);
    if (!start) continue;
    const reached = area.reach(start, target);
    if (dist(reached, target) <= REACH_TOLERANCE) return { ok: true, node, distance: dist(position, target) };
  }
  const where = room === null ? `on floor "${floor}"` : `in room "${room}"`;
  return { ok: false, message: `no walking-graph node ${where} can be reached from ${fmt(position)} without crossing a wall or an obstacle` };
}

/**
 * A point pressed against a wall (closer than half a body's width) cannot
 * "stand" by the book; the blue dot often is. Step towards the node until clear,
 * at most `CLEARANCE` metres.
 */
function clearOfWalls(canStand: (p: PlanPoint) => boolean, from: PlanPoint, to: PlanPoint): PlanPoint | null {
  const length = dist(from, to);
  if (length === 0) return null;
  for (let d = 0.05; d <= Math.min(CLEARANCE, length); d += 0.05) {
    const p: PlanPoint = [from[0] + ((to[0] - from[0]) * d) / length, from[1] + ((to[1] - from[1]) * d) / length];
    if (canStand(p)) return p;
  }
  return null;
}

/** Where an exhibit joins the graph: its node, and the spot in front of it where the visitor stands (null when there is none). */
export type HotspotAnchor =
  | { readonly ok: true; readonly node: number; readonly floor: string; readonly stand: PlanPoint | null }
  | { readonly ok: false; readonly message: string };

/**
 * The standing point in front of an exhibit: its position on the floor, stepped
 * about a metre along its surface normal (exhibits hang on walls, so the pin
 * itself is not walkable), or the pin's own plan position when that is walkable.
 */
export function standingPoint(venue: Venue, hotspot: Hotspot, floor: string): PlanPoint | null {
  const area = walkableAreaOf(venue, floor);
  const base: PlanPoint = [hotspot.position?.[0] ?? NaN, hotspot.position?.[2] ?? NaN];
  if (!Number.isFinite(base[0]) || !Number.isFinite(base[1])) return null;
  const normal = hotspot.normal;
  const len = normal ? Math.hypot(normal[0], normal[2]) : 0;
  if (normal && Number.isFinite(len) && len > 1e-6) {
    for (const step of [VIEWING_DISTANCE, 0.75 * VIEWING_DISTANCE, 0.5 * VIEWING_DISTANCE]) {
      const p: PlanPoint = [base[0] + (normal[0] / len) * step, base[1] + (normal[2] / len) * step];
      if (area.canStand(p)) return p;
    }
  }
  return area.canStand(base) ? base : null;
}

/**
 * The node an exhibit is reached from: the nearest node of its room visible from
 * its standing point (else of its floor); without a standing point, the nearest
 * node of its room by distance.
 */
export function hotspotAnchor(venue: Venue, graph: RoutingGraph, hotspot: Hotspot): HotspotAnchor {
  const room = (venue.rooms ?? []).find((r) => r.id === hotspot.room);
  if (!room) return { ok: false, message: `hotspot "${hotspot.id}" is in unknown room "${hotspot.room}"` };
  const floorIndex = graph.floorIndex.get(room.floor);
  if (floorIndex === undefined) return { ok: false, message: `hotspot "${hotspot.id}" is on unknown floor "${room.floor}"` };
  const stand = standingPoint(venue, hotspot, room.floor);
  if (stand) {
    const inRoom = snapToGraph(venue, graph, stand, room.floor, room.id);
    if (inRoom.ok) return { ok: true, node: inRoom.node, floor: room.floor, stand };
    const onFloor = snapToGraph(venue, graph, stand, room.floor);
    if (onFloor.ok) return { ok: true, node: onFloor.node, floor: room.floor, stand };
  }
  const pin: PlanPoint = [hotspot.position?.[0] ?? NaN, hotspot.position?.[2] ?? NaN];
  if (!Number.isFinite(pin[0]) || !Number.isFinite(pin[1])) return { ok: false, message: `hotspot "${hotspot.id}" has no finite position` };
  const nearest = nearestNodes(graph, pin, floorIndex, room.id, 1)[0] ?? nearestNodes(graph, pin, floorIndex, null, 1)[0];
  if (nearest === undefined) return { ok: false, message: `no walking-graph node on floor "${room.floor}" for hotspot "${hotspot.id}"` };
  return { ok: true, node: nearest, floor: room.floor, stand: null };
}
