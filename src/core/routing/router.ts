import type { Venue } from '../venue/schema.ts';
import type { PlanPoint, Point3 } from '../geometry/types.ts';
import { walkableAreaOf } from '../geometry/walkable.ts';
import type { NoRouteReason, Route, RouteOptions, RouteOrigin, RouteResult, RouteSegment, RouteTarget } from './types.ts';
import { arcKindName, routingGraphOf, type RoutingGraph } from './graph.ts';
import { findPath, type PathFound } from './astar.ts';
import { hotspotAnchor, snapToGraph } from './snap.ts';
import { nodePoint, onFloor, resolveTarget, type Finish } from './targets.ts';

/**
 * The router: from where the visitor is to where they want to go, across
 * floors, step-free when asked, one-way passages honoured. It resolves both ends
 * against the venue, runs one search, and spells the result out as a `Route` of
 * straight segments that the instruction writer, live guidance, the map and the
 * CLI all read. When there is no route it says why, in terms a visitor can use:
 * a failed step-free route is tried again with stairs, a failed route again
 * against one-way edges, to tell "only by stairs" and "one-way" from "cut off".
 */

/** Where the route joins the graph, and the off-graph stretch before it, if any. */
type ResolvedOrigin =
  | { readonly ok: true; readonly node: number; readonly approach: { readonly from: Point3; readonly floor: string; readonly room: string | null } | null }
  | { readonly ok: false; readonly reason: NoRouteReason; readonly message: string };

const failure = (reason: NoRouteReason, message: string): RouteResult => ({ ok: false, reason, message });
const idOf = (value: unknown): string => (typeof value === 'string' ? value : String(value));
const distance3 = (a: Point3, b: Point3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const isPlanPoint = (p: unknown): p is PlanPoint => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function resolveOrigin(venue: Venue, graph: RoutingGraph, origin: RouteOrigin): ResolvedOrigin {
  const kind = (origin as { kind?: unknown } | null)?.kind;
  if (kind === 'node') {
    const id = (origin as Extract<RouteOrigin, { kind: 'node' }>).id;
    const node = graph.indexOf.get(id);
    return node === undefined ? { ok: false, reason: 'unknown-origin', message: `unknown node "${idOf(id)}"` } : { ok: true, node, approach: null };
  }
  if (kind === 'hotspot') {
    const id = (origin as Extract<RouteOrigin, { kind: 'hotspot' }>).id;
    const hotspot = (venue.hotspots ?? []).find((h) => h.id === id);
    if (!hotspot) return { ok: false, reason: 'unknown-origin', message: `unknown hotspot "${idOf(id)}"` };
    const anchor = hotspotAnchor(venue, graph, hotspot);
    if (!anchor.ok) return { ok: false, reason: 'off-graph', message: anchor.message };
    const from = anchor.stand ? onFloor(graph, anchor.stand, anchor.floor) : null;
    const approach = from && distance3(from, nodePoint(graph, anchor.node)) > 1e-6 ? { from, floor: anchor.floor, room: hotspot.room } : null;
    return { ok: true, node: anchor.node, approach };
  }
  if (kind === 'point') {
    const { position, floor } = origin as Extract<RouteOrigin, { kind: 'point' }>;
    if (!graph.floorIndex.has(floor)) return { ok: false, reason: 'unknown-origin', message: `unknown floor "${idOf(floor)}"` };
    if (!isPlanPoint(position)) return { ok: false, reason: 'off-graph', message: 'the starting position is not a pair of finite numbers' };
    const snap = snapToGraph(venue, graph, position, floor);
    if (!snap.ok) return { ok: false, reason: 'off-graph', message: snap.message };
    const from = onFloor(graph, position, floor);
    const room = walkableAreaOf(venue, floor).roomAt(position)?.id ?? null;
    return { ok: true, node: snap.node, approach: distance3(from, nodePoint(graph, snap.node)) > 1e-6 ? { from, floor, room } : null };
  }
  return { ok: false, reason: 'unknown-origin', message: `unsupported origin kind "${idOf(kind)}"` };
}

function describeTarget(target: RouteTarget): string {
  switch (target.kind) {
    case 'facility':
      return `the nearest ${target.facility}`;
    default:
      return `${target.kind} "${target.id}"`;
  }
}

/** Why a search found nothing: try again with stairs, then against one-way edges. */
function diagnose(graph: RoutingGraph, start: number, goals: readonly number[], target: RouteTarget, stepFree: boolean): RouteResult {
  const what = describeTarget(target);
  if (stepFree && findPath(graph, start, goals, {})) {
    return failure('stairs-only', `${what} is only reachable by stairs or escalators, not step-free`);
  }
  if (findPath(graph, start, goals, { stepFree, ignoreOneWay: true }) || (stepFree && findPath(graph, start, goals, { ignoreOneWay: true }))) {
    return failure('one-way', `${what} is only reachable against a one-way passage`);
  }
  return failure('unreachable', `${what} cannot be reached from here: the walking graph does not connect them`);
}

function buildRoute(graph: RoutingGraph, origin: RouteOrigin, start: Extract<ResolvedOrigin, { ok: true }>, path: PathFound, finish: Finish, stepFree: boolean): Route {
  const floorOf = (node: number) => graph.floorIds[graph.floorOf[node]!]!;
  const segments: RouteSegment[] = [];
  if (start.approach) {
    const to = nodePoint(graph, start.node);
    segments.push({
      kind: 'approach', from: start.approach.from, to, fromFloor: start.approach.floor, toFloor: floorOf(start.node),
      fromNode: null, toNode: graph.ids[start.node]!, length: distance3(start.approach.from, to), room: start.approach.room ?? graph.roomOf[start.node] ?? null,
    });
  }
  path.arcs.forEach((arc, i) => {
    const a = path.nodes[i]!;
    const b = path.nodes[i + 1]!;
    segments.push({
      kind: arcKindName(graph, arc), from: nodePoint(graph, a), to: nodePoint(graph, b), fromFloor: floorOf(a), toFloor: floorOf(b),
      fromNode: graph.ids[a]!, toNode: graph.ids[b]!, length: graph.arcCost[arc]!, room: graph.roomOf[a] ?? null,
    });
  });
  const last = path.nodes[path.nodes.length - 1]!;
  if (finish.arrive) {
    const from = nodePoint(graph, last);
    segments.push({
      kind: 'arrive', from, to: finish.arrive, fromFloor: floorOf(last), toFloor: finish.destination.floor,
      fromNode: graph.ids[last]!, toNode: null, length: distance3(from, finish.arrive), room: graph.roomOf[last] ?? null,
    });
  }
  const floors: string[] = [];
  const visit = (floor: string) => {
    if (floors[floors.length - 1] !== floor) floors.push(floor);
  };
  if (segments.length === 0) visit(floorOf(start.node));
  for (const s of segments) {
    visit(s.fromFloor);
    visit(s.toFloor);
  }
  const length = segments.reduce((sum, s) => sum + s.length, 0);
  return { origin, destination: finish.destination, segments, length, floors, stepFree };
}

/**
 * Plans a route from `origin` to `target`. Never throws: unknown ids, positions
 * off the graph, missing facilities and unreachable places come back as
 * `{ ok: false, reason, message }`.
 */
export function planRoute(venue: Venue, origin: RouteOrigin, target: RouteTarget, options: RouteOptions = {}): RouteResult {
  try {
    if (!venue || typeof venue !== 'object') return failure('no-graph', 'no venue to route in');
    const graph = routingGraphOf(venue);
    if (graph.nodeCount === 0) return failure('no-graph', `venue "${idOf(venue.id)}" has no walking graph`);
    const start = resolveOrigin(venue, graph, origin);
    if (!start.ok) return failure(start.reason, start.message);
    const end = resolveTarget(venue, graph, target);
    if (!end.ok) return failure(end.reason, end.message);
    const stepFree = options?.stepFree === true;
    const path = findPath(graph, start.node, end.goals, { stepFree });
    if (!path) return diagnose(graph, start.node, end.goals, target, stepFree);
    return { ok: true, route: buildRoute(graph, origin, start, path, end.finish(path.nodes[path.nodes.length - 1]!), stepFree) };
  } catch (error) {
    // A venue object that does not match its type (not validated) may still trip something; report, never throw.
    return failure('unreachable', `routing failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
