import type { PlanPoint } from '../../src/core/geometry/types.ts';
import { distanceOutside } from '../../src/core/geometry/polygon.ts';
import { planDistance } from '../../src/core/geometry/types.ts';
import { segmentInsidePolygon, segmentToPolygonDistance } from '../../src/core/geometry/segment.ts';
import type { NavEdge, NavNode } from '../../src/core/venue/schema.ts';
import { DOORS, elevationOf, gridFractions, MAIN_DOOR_ID, rectOutline, ROOMS, STAIRS, type RoomDef } from './layout.ts';
import { doorRooms } from './walls.ts';
import type { Furniture } from './furniture.ts';
import type { PlacedExhibit } from './exhibits.ts';

/**
 * The walking graph. Per room: waypoints on a ~4 m lattice (its centre included),
 * a node 0.5 m inside each door, a node in front of each exhibit; every pair of a
 * room's nodes whose straight walk stays in the room and keeps clear of furniture is
 * joined. Doors join their two sides; the stair and the lift join the floors. The
 * generator refuses to write a graph in which a room falls apart.
 */

/** Nodes keep this far from furniture; walk edges pass furniture at least this far off. */
const NODE_CLEARANCE = 0.45;
const EDGE_CLEARANCE = 0.3;
/**
 * Walk edges form a greedy spanner: an edge is left out when the edges already kept
 * offer a path at most this factor longer. Routes stay within 10 % of the straight
 * visibility route while the graph stays sparse enough to read in the editor.
 */
const SPANNER_STRETCH = 1.1;
/** Door nodes stand this far from the wall line. */
const DOOR_OFFSET = 0.5;
/** Time-equivalent length of a lift ride between the two floors (format: give one). */
const ELEVATOR_LENGTH = 15;

export interface NavGraph {
  nodes: NavNode[];
  edges: NavEdge[];
  /** The node inside the main door (entrance and exit). */
  entrance: string;
  /** The node in front of each exhibit, by hotspot id. */
  exhibitNodes: Map<string, string>;
}

interface Draft {
  id: string;
  room: RoomDef;
  plan: PlanPoint;
  /** A lattice waypoint: a helper the graph may do without (doors, exhibits, stairs may not). */
  waypoint?: true;
}

const short = (roomId: string): string => roomId.replace(/^r-/, '');

/** Walking distance of the stair, foot node to head node: two flights, the landing turn and the approaches. */
function stairLength(): number {
  const rise = (elevationOf('og') - elevationOf('eg')) / 2;
  const run = (STAIRS.risers / 2 - 1) * STAIRS.tread;
  const across = (STAIRS.flight2.x0 + STAIRS.flight2.x1 - STAIRS.flight1.x0 - STAIRS.flight1.x1) / 2;
  return Math.round((2 * Math.hypot(run, rise) + across + 2 + 2 * DOOR_OFFSET) * 10) / 10;
}

/** Builds the graph from the plan, the furniture and the placed exhibits. */
export function buildNavGraph(exhibits: readonly PlacedExhibit[], furniture: readonly Furniture[]): NavGraph {
  const drafts: Draft[] = [];
  const doorEdges: [string, string][] = [];
  let entrance = '';

  const clear = (room: RoomDef, p: PlanPoint): boolean =>
    furniture.every((f) => f.floor !== room.floor || distanceOutside(rectOutline(f.rect), p) >= NODE_CLEARANCE);

  for (const room of ROOMS) {
    const { x0, z0, x1, z1 } = room.rect;
    let k = 0;
    for (const fz of gridFractions(z1 - z0)) {
      for (const fx of gridFractions(x1 - x0)) {
        const p: PlanPoint = [x0 + fx * (x1 - x0), z0 + fz * (z1 - z0)];
        k++;
        if (clear(room, p)) drafts.push({ id: `n-${short(room.id)}-${k}`, room, plan: p, waypoint: true });
      }
    }
  }
  for (const door of DOORS) {
    const { low, high } = doorRooms(door);
    const mid = (door.from + door.to) / 2;
    const at = (offset: number): PlanPoint => (door.line === 'x' ? [door.at + offset, mid] : [mid, door.at + offset]);
    const ids: string[] = [];
    for (const [room, offset, tag] of [[low, -DOOR_OFFSET, 'a'], [high, DOOR_OFFSET, 'b']] as const) {
      if (!room) continue;
      const id = door.id === MAIN_DOOR_ID ? 'n-entrance' : `n-${door.id.replace(/^d-/, '')}-${tag}`;
      drafts.push({ id, room, plan: at(offset) });
      ids.push(id);
    }
    if (door.id === MAIN_DOOR_ID) entrance = ids[0]!;
    if (ids.length === 2) doorEdges.push([ids[0]!, ids[1]!]);
  }
  const exhibitNodes = new Map<string, string>();
  for (const p of exhibits) {
    const id = `n-${p.exhibit.id}`;
    if (!clear(p.room, p.stand)) throw new Error(`nav-graph: the place in front of ${p.exhibit.id} is blocked`);
    drafts.push({ id, room: p.room, plan: p.stand });
    exhibitNodes.set(p.exhibit.id, id);
  }
  // The stair's foot (west flight) and head (east flight), half a metre off the core.
  const stairsEg = ROOMS.find((r) => r.kind === 'stairs' && r.floor === 'eg')!;
  const stairsOg = ROOMS.find((r) => r.kind === 'stairs' && r.floor === 'og')!;
  drafts.push({ id: 'n-stairs-eg', room: stairsEg, plan: [(STAIRS.flight1.x0 + STAIRS.flight1.x1) / 2, STAIRS.startZ - DOOR_OFFSET] });
  drafts.push({ id: 'n-stairs-og', room: stairsOg, plan: [(STAIRS.flight2.x0 + STAIRS.flight2.x1) / 2, STAIRS.startZ - DOOR_OFFSET] });

  // Nodes in plan order: rooms as listed, and within a room in creation order.
  const roomRank = new Map(ROOMS.map((r, i) => [r.id, i]));
  const ordered = drafts.map((d, i) => ({ d, i })).sort((a, b) => roomRank.get(a.d.room.id)! - roomRank.get(b.d.room.id)! || a.i - b.i).map((x) => x.d);
  if (new Set(ordered.map((d) => d.id)).size !== ordered.length) throw new Error('nav-graph: duplicate node id');

  const edges: NavEdge[] = [];
  const dropped = new Set<string>();
  for (const room of ROOMS) {
    const inRoom = ordered.filter((d) => d.room.id === room.id);
    const outline = rectOutline(room.rect);
    const blockers = furniture.filter((f) => f.floor === room.floor).map((f) => rectOutline(f.rect));
    const visible = (a: Draft, b: Draft): boolean =>
      segmentInsidePolygon(a.plan, b.plan, outline) && blockers.every((o) => segmentToPolygonDistance(a.plan, b.plan, o) >= EDGE_CLEARANCE);
    const pairs: [Draft, Draft][] = [];
    for (let i = 0; i < inRoom.length; i++) for (let j = i + 1; j < inRoom.length; j++) if (visible(inRoom[i]!, inRoom[j]!)) pairs.push([inRoom[i]!, inRoom[j]!]);
    const kept = greedySpanner(pairs);
    const reached = connectedPart(room, inRoom, kept);
    for (const d of inRoom) if (!reached.has(d.id)) dropped.add(d.id);
    for (const [a, b] of kept) if (reached.has(a.id) && reached.has(b.id)) edges.push({ from: a.id, to: b.id, kind: 'walk' });
  }
  for (const [a, b] of doorEdges) edges.push({ from: a, to: b, kind: 'door' });
  edges.push({ from: 'n-stairs-eg', to: 'n-stairs-og', kind: 'stairs', length: stairLength() });
  const liftEg = ordered.find((d) => d.room.kind === 'elevator' && d.room.floor === 'eg');
  const liftOg = ordered.find((d) => d.room.kind === 'elevator' && d.room.floor === 'og');
  if (!liftEg || !liftOg) throw new Error('nav-graph: lift nodes missing');
  edges.push({ from: liftEg.id, to: liftOg.id, kind: 'elevator', accessible: true, length: ELEVATOR_LENGTH });

  const nodes: NavNode[] = ordered.filter((d) => !dropped.has(d.id)).map((d) => ({ id: d.id, floor: d.room.floor, position: [d.plan[0], elevationOf(d.room.floor), d.plan[1]], room: d.room.id }));
  return { nodes, edges, entrance, exhibitNodes };
}

/**
 * Keeps the shortest edges first and skips an edge when the kept ones already join
 * its ends within SPANNER_STRETCH of its length. An edge is only skipped when a path
 * exists, so the kept edges connect exactly what all candidate edges connected.
 */
function greedySpanner(pairs: readonly [Draft, Draft][]): [Draft, Draft][] {
  const length = ([a, b]: readonly [Draft, Draft]): number => planDistance(a.plan, b.plan);
  const sorted = pairs.map((p, i) => ({ p, i, d: length(p) })).sort((x, y) => x.d - y.d || x.i - y.i);
  const adjacency = new Map<string, { to: string; d: number }[]>();
  const link = (a: string, b: string, d: number): void => {
    adjacency.set(a, [...(adjacency.get(a) ?? []), { to: b, d }]);
  };
  // Dijkstra from `from`, giving up beyond `limit`; tiny graphs, so a linear scan for the minimum.
  const within = (from: string, to: string, limit: number): boolean => {
    const dist = new Map([[from, 0]]);
    const done = new Set<string>();
    for (;;) {
      let current: string | undefined;
      for (const [id, d] of dist) if (!done.has(id) && d <= limit && (current === undefined || d < dist.get(current)!)) current = id;
      if (current === undefined) return false;
      if (current === to) return true;
      done.add(current);
      for (const { to: next, d } of adjacency.get(current) ?? []) {
        const nd = dist.get(current)! + d;
        if (nd < (dist.get(next) ?? Infinity)) dist.set(next, nd);
      }
    }
  };
  const kept: [Draft, Draft][] = [];
  for (const { p, d } of sorted) {
    if (within(p[0].id, p[1].id, d * SPANNER_STRETCH)) continue;
    kept.push(p);
    link(p[0].id, p[1].id, d);
    link(p[1].id, p[0].id, d);
  }
  return kept;
}

/**
 * The room's connected piece holding its doors, exhibits and stairs, as a set of node
 * ids. A waypoint cut off by furniture is left out; any other node cut off is an error.
 */
function connectedPart(room: RoomDef, nodes: readonly Draft[], edges: readonly [Draft, Draft][]): Set<string> {
  const start = nodes.find((n) => !n.waypoint) ?? nodes[0];
  if (!start) throw new Error(`nav-graph: ${room.id} has no nodes`);
  const reached = new Set([start.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, b] of edges) {
      if (reached.has(a.id) !== reached.has(b.id)) { reached.add(a.id); reached.add(b.id); grew = true; }
    }
  }
  const missing = nodes.filter((n) => !n.waypoint && !reached.has(n.id)).map((n) => n.id);
  if (missing.length > 0) throw new Error(`nav-graph: in ${room.id}, ${missing.join(', ')} cannot be reached`);
  return reached;
}
