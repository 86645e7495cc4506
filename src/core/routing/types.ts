import type { PlanPoint, Point3 } from '../geometry/types.ts';
import type { EdgeKind } from '../venue/schema.ts';

/**
 * The shared vocabulary of wayfinding: where a route starts, where it goes,
 * what it is made of, and why there may be none. The router produces routes,
 * the instruction writer words them, live guidance follows them, and the UI and
 * the CLI show them; all speak these types.
 */

/** Kinds of facility a visitor can ask for ("the nearest toilet"); each maps to room kinds of the venue. */
export const FACILITY_KINDS = ['toilet', 'exit', 'cafe', 'elevator', 'info', 'shop', 'cloakroom'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Where a route starts. */
export type RouteOrigin =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'hotspot'; readonly id: string }
  /** Any position on a floor, e.g. the blue dot: snapped to the walking graph without crossing a wall. */
  | { readonly kind: 'point'; readonly position: PlanPoint; readonly floor: string };

/** Where a route goes. */
export type RouteTarget =
  | { readonly kind: 'hotspot'; readonly id: string }
  | { readonly kind: 'room'; readonly id: string }
  | { readonly kind: 'facility'; readonly facility: FacilityKind }
  | { readonly kind: 'node'; readonly id: string };

export interface RouteOptions {
  /** No stairs or escalators (edges not `accessible`). */
  readonly stepFree?: boolean;
}

/**
 * One straight piece of a route. `approach` joins an off-graph origin to the
 * graph (and `arrive` the graph to an off-graph destination, e.g. in front of an
 * exhibit); the others are walking-graph edges with their kind.
 */
export interface RouteSegment {
  readonly kind: EdgeKind | 'approach' | 'arrive';
  readonly from: Point3;
  readonly to: Point3;
  readonly fromFloor: string;
  readonly toFloor: string;
  /** Graph nodes at the ends; null for the off-graph end of approach/arrive. */
  readonly fromNode: string | null;
  readonly toNode: string | null;
  /** Metres, as walked (for an elevator: the venue's time-equivalent length). */
  readonly length: number;
  /** The room the segment runs in (its start's room); null when unknown. */
  readonly room: string | null;
}

/** Where the route ends: the chosen destination, resolved. */
export interface RouteDestination {
  readonly target: RouteTarget;
  readonly position: Point3;
  readonly floor: string;
  readonly room: string | null;
  /** The hotspot or room the route leads to (for a facility: the room that was nearest). */
  readonly hotspot: string | null;
}

export interface Route {
  readonly origin: RouteOrigin;
  readonly destination: RouteDestination;
  readonly segments: readonly RouteSegment[];
  /** Sum of the segments' lengths, metres. */
  readonly length: number;
  /** Floors in the order the route visits them (no repeats in a row). */
  readonly floors: readonly string[];
  readonly stepFree: boolean;
}

/** Why there is no route, for the visitor and the CLI. */
export type NoRouteReason =
  | 'unknown-origin'
  | 'unknown-target'
  | 'no-graph'
  /** The origin point cannot reach the graph without crossing a wall (or is outside every room). */
  | 'off-graph'
  /** Reachable, but only by stairs or escalators, and a step-free route was asked for. */
  | 'stairs-only'
  /** Reachable only against one-way edges. */
  | 'one-way'
  | 'unreachable'
  /** The venue has no facility of that kind. */
  | 'no-facility';

export type RouteResult = { readonly ok: true; readonly route: Route } | { readonly ok: false; readonly reason: NoRouteReason; readonly message: string };
