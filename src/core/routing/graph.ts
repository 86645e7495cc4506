import type { EdgeKind, NavEdge, NavNode, Venue } from '../venue/schema.ts';
import { EDGE_KINDS } from '../venue/schema.ts';
import type { Problem } from '../venue/problems.ts';
import { quote } from '../venue/problems.ts';
import { containsPoint } from '../geometry/polygon.ts';
import { floorChangeBounds, planarScaleOf, type FloorChangeBounds } from './bounds.ts';

/**
 * The venue's walking graph (`navGraph`) in the shape a search wants: nodes by
 * index, positions and floors in typed arrays, and the arcs leaving each node in
 * one compressed sparse row (CSR) block, so that A* on a graph of 50 000 nodes
 * reads contiguous memory instead of chasing objects and string ids.
 *
 * Every edge becomes two arcs, one each way. The arc against a one-way edge is
 * kept but flagged, so that the router can tell "unreachable" from "reachable
 * only against the one-way direction". Bad nodes and edges (unknown ids, floors
 * that do not exist, positions that are not numbers) are skipped and reported,
 * never thrown.
 */

/** Arc flag: the arc may be used on a step-free route. */
export const ARC_ACCESSIBLE = 1;
/** Arc flag: the arc runs against a one-way edge (usable only when diagnosing). */
export const ARC_AGAINST_ONE_WAY = 2;

export interface RoutingGraph {
  readonly nodeCount: number;
  /** Node index → node id, and back. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Floor index → floor id (the venue's floors, in their order), and back. */
  readonly floorIds: readonly string[];
  readonly floorIndex: ReadonlyMap<string, number>;
  /** Floor index → the elevation of its walking surface (`y`). */
  readonly floorElevation: Float64Array;
  /** Node index → floor index. */
  readonly floorOf: Int32Array;
  /** Node positions, metres. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly z: Float64Array;
  /** Node index → the room it stands in (its `room`, else the room whose outline contains it), or null. */
  readonly roomOf: readonly (string | null)[];
  /** Arcs leaving node i are `firstArc[i]` … `firstArc[i + 1] - 1`. */
  readonly firstArc: Int32Array;
  readonly arcTarget: Int32Array;
  /** Metres as walked: the edge's `length`, else the straight 3D distance. */
  readonly arcCost: Float64Array;
  /** Index into `EDGE_KINDS`. */
  readonly arcKind: Uint8Array;
  /** `ARC_ACCESSIBLE` | `ARC_AGAINST_ONE_WAY`. */
  readonly arcFlags: Uint8Array;
  /** The arcs that change floor (stairs, lifts…), and the node each leaves from: the portals of the heuristic (heuristic.ts). */
  readonly floorChangeArcs: Int32Array;
  readonly floorChangeSources: Int32Array;
  /** Lower bounds for the A* heuristic (see bounds.ts). */
  readonly planarScale: number;
  readonly floorChange: FloorChangeBounds;
  /** Nodes and edges that were left out, with the reason. */
  readonly problems: readonly Problem[];
  readonly skippedNodes: number;
  readonly skippedEdges: number;
}

/** At most this many problems are listed; the counts cover all of them. */
const MAX_PROBLEMS = 50;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint3 = (p: unknown): p is readonly [number, number, number] =>
  Array.isArray(p) && p.length >= 3 && isFiniteNumber(p[0]) && isFiniteNumber(p[1]) && isFiniteNumber(p[2]);

/** The kind of an arc, as the venue format names it. */
export function arcKindName(graph: RoutingGraph, arc: number): EdgeKind {
  return EDGE_KINDS[graph.arcKind[arc]!] ?? 'walk';
}

/** Builds the routing graph of a venue. An absent walking graph gives an empty one. */
export function buildRoutingGraph(venue: Venue): RoutingGraph {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message, severity: 'warning' });
  };

  const floorIds = (venue.floors ?? []).map((f) => f.id);
  const floorIndex = new Map(floorIds.map((id, i) => [id, i]));
  const floorElevation = Float64Array.from(venue.floors ?? [], (f) => (isFiniteNumber(f.elevation) ? f.elevation : 0));
  const roomsById = new Map((venue.rooms ?? []).map((r) => [r.id, r]));

  const rawNodes: readonly NavNode[] = Array.isArray(venue.navGraph?.nodes) ? venue.navGraph.nodes : [];
  const rawEdges: readonly NavEdge[] = Array.isArray(venue.navGraph?.edges) ? venue.navGraph.edges : [];

  // Nodes: keep the first of each id, on a known floor, with a finite position.
  const kept: NavNode[] = [];
  const indexOf = new Map<string, number>();
  let skippedNodes = 0;
  rawNodes.forEach((node, i) => {
    const where = `navGraph.nodes[${i}]`;
    let why: string | null = null;
    if (!node || typeof node.id !== 'string') why = 'node without an id';
    else if (indexOf.has(node.id)) why = `duplicate node id ${quote(node.id)}`;
    else if (!floorIndex.has(node.floor)) why = `unknown floor ${quote(node.floor)}`;
    else if (!isPoint3(node.position)) why = 'position is not three finite numbers';
    if (why) {
      skippedNodes++;
      report(where, `${why}; node left out of routing`);
      return;
    }
    indexOf.set(node.id, kept.length);
    kept.push(node);
  });

  const n = kept.length;
  const ids = kept.map((node) => node.id);
  const floorOf = Int32Array.from(kept, (node) => floorIndex.get(node.floor)!);
  const x = Float64Array.from(kept, (node) => node.position[0]);
  const y = Float64Array.from(kept, (node) => node.position[1]);
  const z = Float64Array.from(kept, (node) => node.position[2]);
  const floorRooms = new Map<string, typeof venue.rooms>();
  for (const room of venue.rooms ?? []) floorRooms.set(room.floor, [...(floorRooms.get(room.floor) ?? []), room]);
  const roomOf = kept.map((node) => {
    if (typeof node.room === 'string' && roomsById.has(node.room)) return node.room;
    const p = [node.position[0], node.position[2]] as const;
    return (floorRooms.get(node.floor) ?? []).find((r) => containsPoint(r.outline, p))?.id ?? null;
  });

  // Edges: both ends known and distinct; the cost is the given length or the straight distance.
  interface Edge { a: number; b: number; cost: number; kind: number; accessible: boolean; oneWay: boolean }
  const edges: Edge[] = [];
  let skippedEdges = 0;
  rawEdges.forEach((edge, i) => {
    const where = `navGraph.edges[${i}]`;
    const a = edge ? indexOf.get(edge.from) : undefined;
    const b = edge ? indexOf.get(edge.to) : undefined;
    const kind = edge ? EDGE_KINDS.indexOf(edge.kind) : -1;
    let why: string | null = null;
    if (a === undefined) why = `unknown or left-out node ${quote(edge?.from)}`;
    else if (b === undefined) why = `unknown or left-out node ${quote(edge?.to)}`;
    else if (a === b) why = 'edge joins a node to itself';
    else if (kind < 0) why = `unknown edge kind ${quote(edge.kind)}`;
    if (why || a === undefined || b === undefined) {
      skippedEdges++;
      report(where, `${why}; edge left out of routing`);
      return;
    }
    const straight = Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!, z[a]! - z[b]!);
    const cost = isFiniteNumber(edge.length) && edge.length > 0 ? edge.length : straight;
    const stepped = edge.kind === 'stairs' || edge.kind === 'escalator';
    const accessible = typeof edge.accessible === 'boolean' ? edge.accessible : !stepped;
    edges.push({ a, b, cost, kind, accessible, oneWay: edge.oneWay === true });
  });

  // CSR: count the arcs leaving each node, prefix-sum, then fill.
  const firstArc = new Int32Array(n + 1);
  for (const e of edges) {
    firstArc[e.a + 1]!++;
    firstArc[e.b + 1]!++;
  }
  for (let i = 0; i < n; i++) firstArc[i + 1]! += firstArc[i]!;
  const arcs = edges.length * 2;
  const arcTarget = new Int32Array(arcs);
  const arcCost = new Float64Array(arcs);
  const arcKind = new Uint8Array(arcs);
  const arcFlags = new Uint8Array(arcs);
  const fill = firstArc.slice(0, n);
  const put = (from: number, to: number, e: Edge, against: boolean) => {
    const k = fill[from]!++;
    arcTarget[k] = to;
    arcCost[k] = e.cost;
    arcKind[k] = e.kind;
    arcFlags[k] = (e.accessible ? ARC_ACCESSIBLE : 0) | (against ? ARC_AGAINST_ONE_WAY : 0);
  };
  for (const e of edges) {
    put(e.a, e.b, e, false);
    put(e.b, e.a, e, e.oneWay);
  }

  const changing: number[] = [];
  const sources: number[] = [];
  for (let u = 0; u < n; u++) {
    for (let k = firstArc[u]!; k < firstArc[u + 1]!; k++) {
      if (floorOf[arcTarget[k]!] !== floorOf[u]) {
        changing.push(k);
        sources.push(u);
      }
    }
  }
  const floorChangeArcs = Int32Array.from(changing);
  const floorChangeSources = Int32Array.from(sources);

  const planarScale = planarScaleOf(edges.map((e) => ({ cost: e.cost, planar: Math.hypot(x[e.a]! - x[e.b]!, z[e.a]! - z[e.b]!) })));
  const floorChange = floorChangeBounds(
    floorIds.length,
    planarScale,
    edges
      .filter((e) => floorOf[e.a] !== floorOf[e.b])
      .map((e) => ({ fromFloor: floorOf[e.a]!, toFloor: floorOf[e.b]!, cost: e.cost, planar: Math.hypot(x[e.a]! - x[e.b]!, z[e.a]! - z[e.b]!), accessible: e.accessible })),
  );

  return {
    nodeCount: n, ids, indexOf, floorIds, floorIndex, floorElevation, floorOf, x, y, z, roomOf,
    firstArc, arcTarget, arcCost, arcKind, arcFlags, floorChangeArcs, floorChangeSources, planarScale, floorChange,
    problems, skippedNodes, skippedEdges,
  };
}

const graphs = new WeakMap<Venue, RoutingGraph>();

/**
 * The routing graph of a venue, built once per venue object: every route,
 * re-route and "nearest toilet" question in a visit asks for it again.
 */
export function routingGraphOf(venue: Venue): RoutingGraph {
  let graph = graphs.get(venue);
  if (!graph) graphs.set(venue, (graph = buildRoutingGraph(venue)));
  return graph;
}
