import type { RoomKind, Venue } from '../venue/schema.ts';
import type { PlanPoint, Point3 } from '../geometry/types.ts';
import type { FacilityKind, NoRouteReason, RouteDestination, RouteTarget } from './types.ts';
import { FACILITY_KINDS } from './types.ts';
import type { RoutingGraph } from './graph.ts';
import { hotspotAnchor } from './snap.ts';

/**
 * What a destination means on the graph: the node or nodes a search may stop
 * at, and how the reached node becomes the route's destination. A room or a
 * facility has many nodes, and one search finds whichever is nearest by route
 * (not by air: the toilet behind the wall may be the far one).
 */

/** Room kinds that serve each facility a visitor can ask for. */
export const FACILITY_ROOM_KINDS: Readonly<Record<FacilityKind, readonly RoomKind[]>> = {
  toilet: ['toilet'],
  exit: ['exit', 'entrance'],
  cafe: ['cafe'],
  elevator: ['elevator'],
  info: ['info'],
  shop: ['shop'],
  cloakroom: ['cloakroom'],
};

/** How the route ends once the search has reached `node`. */
export interface Finish {
  readonly destination: RouteDestination;
  /** Where the visitor walks on from the last node (in front of an exhibit); null when the route ends at the node. */
  readonly arrive: Point3 | null;
}

export type ResolvedTarget =
  | { readonly ok: true; readonly goals: readonly number[]; readonly finish: (node: number) => Finish }
  | { readonly ok: false; readonly reason: NoRouteReason; readonly message: string };

const fail = (reason: NoRouteReason, message: string): ResolvedTarget => ({ ok: false, reason, message });

/** A node's position as a Point3. */
export const nodePoint = (graph: RoutingGraph, node: number): Point3 => [graph.x[node]!, graph.y[node]!, graph.z[node]!];

/** A plan point raised onto the walking surface of a floor. */
export const onFloor = (graph: RoutingGraph, p: PlanPoint, floor: string): Point3 => [p[0], graph.floorElevation[graph.floorIndex.get(floor) ?? -1] ?? 0, p[1]];

/** Nodes standing in any of `rooms`. */
function nodesIn(graph: RoutingGraph, rooms: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let i = 0; i < graph.nodeCount; i++) if (rooms.has(graph.roomOf[i] ?? '')) out.push(i);
  return out;
}

const idOf = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/** Resolves a destination against the venue and its graph. */
export function resolveTarget(venue: Venue, graph: RoutingGraph, target: RouteTarget): ResolvedTarget {
  const kind = (target as { kind?: unknown } | null)?.kind;
  const atNode = (node: number, room: string | null, hotspot: string | null): Finish => ({
    destination: { target, position: nodePoint(graph, node), floor: graph.floorIds[graph.floorOf[node]!]!, room, hotspot },
    arrive: null,
  });

  if (kind === 'node') {
    const t = target as Extract<RouteTarget, { kind: 'node' }>;
    const node = graph.indexOf.get(t.id);
    if (node === undefined) return fail('unknown-target', `unknown node "${idOf(t.id)}"`);
    return { ok: true, goals: [node], finish: (n) => atNode(n, graph.roomOf[n] ?? null, null) };
  }

  if (kind === 'hotspot') {
    const t = target as Extract<RouteTarget, { kind: 'hotspot' }>;
    const hotspot = (venue.hotspots ?? []).find((h) => h.id === t.id);
    if (!hotspot) return fail('unknown-target', `unknown hotspot "${idOf(t.id)}"`);
    const anchor = hotspotAnchor(venue, graph, hotspot);
    if (!anchor.ok) return fail('unreachable', anchor.message);
    return {
      ok: true,
      goals: [anchor.node],
      finish: (n) => {
        const stand = anchor.stand ? onFloor(graph, anchor.stand, anchor.floor) : null;
        const walksOn = stand !== null && Math.hypot(stand[0] - graph.x[n]!, stand[2] - graph.z[n]!) > 1e-6;
        return {
          destination: { target, position: stand ?? nodePoint(graph, n), floor: anchor.floor, room: hotspot.room, hotspot: hotspot.id },
          arrive: walksOn ? stand : null,
        };
      },
    };
  }

  if (kind === 'room') {
    const t = target as Extract<RouteTarget, { kind: 'room' }>;
    const room = (venue.rooms ?? []).find((r) => r.id === t.id);
    if (!room) return fail('unknown-target', `unknown room "${idOf(t.id)}"`);
    const goals = nodesIn(graph, new Set([room.id]));
    if (goals.length === 0) return fail('unreachable', `room "${room.id}" has no walking-graph node`);
    return { ok: true, goals, finish: (n) => atNode(n, room.id, room.id) };
  }

  if (kind === 'facility') {
    const facility = (target as Extract<RouteTarget, { kind: 'facility' }>).facility;
    if (!(FACILITY_KINDS as readonly unknown[]).includes(facility)) return fail('unknown-target', `unknown facility kind "${idOf(facility)}"`);
    const kinds = new Set<string>(FACILITY_ROOM_KINDS[facility]);
    const rooms = (venue.rooms ?? []).filter((r) => kinds.has(r.kind));
    if (rooms.length === 0) return fail('no-facility', `the venue has no ${facility} (no room of kind ${[...kinds].join(' or ')})`);
    const goals = nodesIn(graph, new Set(rooms.map((r) => r.id)));
    if (goals.length === 0) return fail('unreachable', `no ${facility} room has a walking-graph node (${rooms.map((r) => r.id).join(', ')})`);
    return { ok: true, goals, finish: (n) => atNode(n, graph.roomOf[n] ?? null, graph.roomOf[n] ?? null) };
  }

  return fail('unknown-target', `unsupported target kind "${idOf(kind)}"`);
}
