import type { PlanPoint } from '../../core/geometry/types.ts';
import { distanceToSegment } from '../../core/geometry/polygon.ts';
import type { NavNode, Venue } from '../../core/venue/index.ts';
import type { Route } from '../../core/routing/types.ts';
import type { SimulateOptions } from '../../core/positioning/simulate/options.ts';
import { routeDrawing } from './route-paths.ts';

/**
 * "Simulate walking this route": the walk the beacon simulator is told to make so
 * that its visitor follows a route node by node (every node of the route is a
 * stop, so the simulator's own shortest paths cannot take another way), and
 * optionally takes a wrong turn on the way. The simulated phone then hears the
 * venue's beacons as it would there, and the tracker, the dot and the guidance
 * follow it exactly as they follow a real visitor: nothing downstream is faked.
 *
 * The wrong turn (`detour`) is a real leg of the walk: at a node of the route the
 * visitor walks off to a nav node 10–20 m away from the route, stands a moment,
 * and comes back to the next node of the route. Far enough, long enough for the
 * guidance to see it (off-route after max(4 m, 1.5 × accuracy) held 4 s, by its
 * defaults), short enough to stay a detour.
 */

/** The simulator stops at every stop for this long (seconds): brief, so the walk looks continuous. */
const STOP_PAUSE_S: readonly [number, number] = [0.15, 0.25];
/** How long the visitor stands at the end (and at the far point of a detour), as a number of repeated stops. */
const LINGER_STOPS_END = 40;
const LINGER_STOPS_DETOUR = 12;
/** A detour's far point is this far from the route, metres… */
const DETOUR_MIN_M = 10;
const DETOUR_MAX_M = 20;
/** …the wrong turn is taken no sooner than this far along (the guidance has had time to settle)… */
const DETOUR_AFTER_M = 6;
/** …and the walk there is at most this long. */
const DETOUR_REACH_M = 40;
/** Walking speed of the simulated visitor, m/s: a calm walk. */
const WALKING_SPEED: readonly [number, number] = [1.1, 1.25];

/** Where a simulated visitor leaves the route: after `afterNode`, to `node`, then back to the route. */
export interface Detour {
  /** Index, in the route's node list, of the node where the visitor turns off. */
  readonly after: number;
  /** The nav node walked to. */
  readonly node: string;
  /** How far it is from the route, metres. */
  readonly distance: number;
}

/** The nav nodes a route passes, in order, without repeats in a row. */
export function routeNodes(route: Route): string[] {
  const nodes: string[] = [];
  const push = (id: string | null): void => {
    if (id !== null && nodes.at(-1) !== id) nodes.push(id);
  };
  for (const s of route.segments) {
    push(s.fromNode);
    push(s.toNode);
  }
  return nodes;
}

type Links = ReadonlyMap<string, readonly { to: string; length: number }[]>;

/** The walking graph's links on each floor (floor changes are no place for a wrong turn). */
function floorLinks(venue: Venue, byId: ReadonlyMap<string, NavNode>): Links {
  const links = new Map<string, { to: string; length: number }[]>();
  const add = (from: string, to: string, length: number): void => {
    const list = links.get(from);
    if (list) list.push({ to, length });
    else links.set(from, [{ to, length }]);
  };
  for (const e of venue.navGraph?.edges ?? []) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b || a.floor !== b.floor) continue;
    const length = Math.hypot(b.position[0] - a.position[0], b.position[2] - a.position[2]);
    if (!Number.isFinite(length)) continue;
    add(a.id, b.id, length);
    if (!e.oneWay) add(b.id, a.id, length);
  }
  return links;
}

/** Shortest walking distances from `start`, up to `limit` metres: a small Dijkstra, as a detour is local. */
function walkingDistances(links: Links, start: string, limit: number): Map<string, number> {
  const distance = new Map<string, number>([[start, 0]]);
  const done = new Set<string>();
  for (;;) {
    let next: string | null = null;
    for (const [id, d] of distance) if (!done.has(id) && (next === null || d < distance.get(next)!)) next = id;
    if (next === null) return distance;
    done.add(next);
    const here = distance.get(next)!;
    for (const link of links.get(next) ?? []) {
      const d = here + link.length;
      if (d <= limit && d < (distance.get(link.to) ?? Infinity)) distance.set(link.to, d);
    }
  }
}

/**
 * A wrong turn for a simulated walk of `route`: the turn-off node and the nav node
 * off the route whose walk costs least for how far from the route it leads. Null
 * when the venue offers none (a route along a single corridor, say).
 */
export function chooseDetour(venue: Venue, route: Route): Detour | null {
  const nodes = routeNodes(route);
  const byId = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const onRoute = new Set(nodes);
  const links = floorLinks(venue, byId);
  const drawing = routeDrawing(route);
  const distanceFromRoute = (n: NavNode): number => {
    const p: PlanPoint = [n.position[0], n.position[2]];
    let best = Infinity;
    for (const path of drawing.paths) {
      if (path.floor !== n.floor) continue;
      for (let i = 1; i < path.points.length; i++) {
        const a = path.points[i - 1]!;
        const b = path.points[i]!;
        best = Math.min(best, distanceToSegment(p, [a[0], a[2]], [b[0], b[2]]));
      }
    }
    return best;
  };
  // Route distance at each node, to take the turn only once the walk is under way.
  const alongAt = new Map<string, number>();
  let along = 0;
  for (const s of route.segments) {
    if (s.fromNode !== null && !alongAt.has(s.fromNode)) alongAt.set(s.fromNode, along);
    along += Number.isFinite(s.length) ? s.length : 0;
  }
  let best: (Detour & { cost: number }) | null = null;
  for (let i = 0; i < nodes.length - 1; i++) {
    const at = byId.get(nodes[i]!);
    if (!at || (alongAt.get(at.id) ?? 0) < DETOUR_AFTER_M) continue;
    for (const [id, walk] of walkingDistances(links, at.id, DETOUR_REACH_M)) {
      const node = byId.get(id);
      if (!node || onRoute.has(id)) continue;
      const distance = distanceFromRoute(node);
      if (!(distance >= DETOUR_MIN_M && distance <= DETOUR_MAX_M)) continue;
      // The extra walking beyond going straight out, lightly favouring a clearer departure.
      const cost = walk - 0.5 * distance;
      if (!best || cost < best.cost) best = { after: i, node: id, distance, cost };
    }
    if (best) break; // the first turn-off that has one: early in the walk, with the rest still to go
  }
  return best && { after: best.after, node: best.node, distance: best.distance };
}

/**
 * The simulator's options for walking `route` from its first node to its last,
 * then standing there (long enough for the guidance to call it arrived), with the
 * wrong turn `detour` when given. Seeded, so the same route and seed walk the same.
 */
export function routeWalkOptions(route: Route, options: { detour?: Detour | null; seed?: number } = {}): SimulateOptions {
  const nodes = routeNodes(route);
  const detour = options.detour;
  const stops: string[] = [];
  for (let i = 1; i < nodes.length; i++) {
    stops.push(nodes[i]!);
    if (detour && detour.after === i) {
      for (let k = 0; k < LINGER_STOPS_DETOUR; k++) stops.push(detour.node);
      stops.push(nodes[i]!); // back to where the wrong turn was taken, then on along the route
    }
  }
  if (detour && detour.after === 0) stops.unshift(...Array<string>(LINGER_STOPS_DETOUR).fill(detour.node), nodes[0]!);
  const last = nodes.at(-1);
  if (last !== undefined) for (let k = 0; k < LINGER_STOPS_END; k++) stops.push(last);
  return {
    seed: options.seed ?? 1,
    ...(nodes[0] !== undefined && { start: nodes[0] }),
    stops,
    pauseS: STOP_PAUSE_S,
    walkingSpeed: WALKING_SPEED,
  };
}
