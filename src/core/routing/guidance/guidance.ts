import { planDistance, type PlanPoint } from '../../geometry/types.ts';
import type { PositionFix } from '../../positioning/types.ts';
import type { NoRouteReason, Route, RouteResult } from '../types.ts';
import { projectOntoRoute, type RouteProjection } from './project.ts';
import { advanceProgress, START_PROGRESS, type Progress } from './progress.ts';
import { measureRoute } from './route-measure.ts';
import { resolveGuidanceThresholds, scaledDistance, type GuidanceThresholdOverrides, type GuidanceThresholds } from './thresholds.ts';

/**
 * Live guidance: follows the tracker's fixes along a route. It keeps the progress,
 * tells when the visitor has left the route (with hysteresis in distance and time,
 * so a jittery dot does not flap), re-routes from where the visitor is, and tells
 * when the destination is reached. A pure step function: time comes only from the
 * fixes, and the router is passed in, so replays and tests drive it exactly.
 */

/**
 * `off-route` lasts only while no new route is found: a successful re-routing returns
 * `on-route` at once, on the new route, with `reroutes` one higher (the UI's cue to
 * say "new route"). `arrived` is final.
 */
export type GuidancePhase = 'on-route' | 'off-route' | 'arrived';

/** Why the visitor counted as off the route: too far from it, or on a floor where the route has no piece. */
export type OffRouteReason = 'off-route' | 'wrong-floor';

/** Plans a new route from where the visitor is (the app binds the destination and the step-free preference). */
export type Reroute = (from: { readonly position: PlanPoint; readonly floor: string }) => RouteResult;

export interface GuidanceState {
  readonly phase: GuidancePhase;
  /** The route being followed (replaced by each successful re-routing). */
  readonly route: Route;
  /** Metres along the route (in the route's lengths; an elevator counts its time-equivalent length). */
  readonly along: number;
  /** Metres still to go. */
  readonly remaining: number;
  /** `along` as a share of the route's length, 0..1 (1 once arrived). */
  readonly fraction: number;
  /**
   * The segment of the farthest progress reached, to highlight the current step (an
   * instruction covers a range of segments). Taken at the farthest point, not at
   * `along`, so a dot wobbling round a corner does not flip the step back and forth;
   * at a joint it is the segment that starts there (what comes next).
   */
  readonly segmentIndex: number;
  /** Plan distance from the last fix to the route, metres; Infinity when the route has no piece on the fix's floor; 0 before the first fix. */
  readonly distanceFromRoute: number;
  /** Successful re-routings so far. */
  readonly reroutes: number;
  /** Why the last successful re-routing happened. */
  readonly lastRerouteReason?: OffRouteReason;
  /** The last re-routing attempt found no route: why, for the visitor. Cleared by a successful one or by returning to the route. */
  readonly noRoute?: { readonly reason: NoRouteReason; readonly message: string };
}

export interface GuidanceOptions extends GuidanceThresholdOverrides {
  /** Called (at most once per `rerouteCooldownMs`) while the visitor is off the route. Without it, off-route is only reported. */
  readonly reroute?: Reroute;
}

export interface Guidance {
  /** Takes one fix (fixes come in non-decreasing `t`) and returns the new state. */
  update(fix: PositionFix): GuidanceState;
  /** The current state. */
  readonly state: GuidanceState;
  /** Fixes left out: a field missing or not finite, or a `t` older than the last fix taken. They change nothing. */
  readonly ignoredFixes: number;
}

/** True when every field guidance reads is present and finite. */
function isUsableFix(fix: PositionFix): boolean {
  if (typeof fix !== 'object' || fix === null) return false;
  const p: unknown = fix.position;
  return (
    Number.isFinite(fix.t) &&
    Array.isArray(p) &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    typeof fix.floor === 'string' &&
    fix.floor !== '' &&
    Number.isFinite(fix.accuracy) &&
    fix.accuracy >= 0
  );
}

/** The fix's place on the route; a route without segments (already there) is its destination point. */
function locate(route: Route, fix: PositionFix, near: number, ambiguity: number): RouteProjection | null {
  if (route.segments.length > 0) return projectOntoRoute(route, fix.position, fix.floor, { near, ambiguity });
  if (fix.floor !== route.destination.floor) return null;
  const point: PlanPoint = [route.destination.position[0], route.destination.position[2]];
  return { along: 0, distance: planDistance(fix.position, point), segmentIndex: 0, point };
}

/** What the router's failure (or its exception) tells the visitor. */
function tryReroute(reroute: Reroute, from: { position: PlanPoint; floor: string }): RouteResult {
  try {
    return reroute(from);
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: `The route could not be planned again: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function stateAt(route: Route, progress: Progress, segmentIndex: number, distanceFromRoute: number, rest: Pick<GuidanceState, 'phase' | 'reroutes' | 'lastRerouteReason' | 'noRoute'>): GuidanceState {
  const total = measureRoute(route).total;
  const { lastRerouteReason, noRoute, ...always } = rest;
  return {
    ...always,
    route,
    along: progress.along,
    remaining: Math.max(0, total - progress.along),
    fraction: rest.phase === 'arrived' ? 1 : total > 0 ? Math.min(1, progress.along / total) : 0,
    segmentIndex,
    distanceFromRoute,
    // Optional fields only when set, so a state reads the same however it was reached.
    ...(lastRerouteReason ? { lastRerouteReason } : {}),
    ...(noRoute ? { noRoute } : {}),
  };
}

/** Starts guiding the visitor along `route`. */
export function createGuidance(initialRoute: Route, options: GuidanceOptions = {}): Guidance {
  const thresholds: GuidanceThresholds = resolveGuidanceThresholds(options);
  const reroute = typeof options.reroute === 'function' ? options.reroute : undefined;

  let state: GuidanceState = stateAt(initialRoute, START_PROGRESS, 0, 0, { phase: 'on-route', reroutes: 0 });
  let progress = START_PROGRESS;
  let lastT = -Infinity;
  let ignoredFixes = 0;
  // Starts of the current runs of readings: away from the route, back near it, at the destination.
  let awaySince: number | null = null;
  let backSince: number | null = null;
  let arrivingSince: number | null = null;
  let offRouteReason: OffRouteReason = 'off-route';
  let lastRerouteAttempt: number | null = null;

  const update = (fix: PositionFix): GuidanceState => {
    if (!isUsableFix(fix) || fix.t < lastT) {
      ignoredFixes++;
      return state;
    }
    lastT = fix.t;
    if (state.phase === 'arrived') return state;

    const t = fix.t;
    let route = state.route;
    const offDistance = scaledDistance(thresholds.offRouteDistance, fix.accuracy);
    const onDistance = Math.min(thresholds.onRouteDistance, offDistance);
    const projection = locate(route, fix, progress.along, offDistance);
    let distance = projection?.distance ?? Infinity;
    const away = distance > offDistance;

    // Progress follows only readings near the route; a wandering dot says nothing about it.
    if (projection && !away) progress = advanceProgress(progress, projection.along, t, measureRoute(route), thresholds);
    let segmentIndex = measureRoute(route).segmentAt(progress.peak);

    // Hysteresis: leave after a lasting departure beyond the far threshold, return after a lasting stay within the near one.
    let phase: GuidancePhase = state.phase;
    let noRoute = state.noRoute;
    if (phase === 'on-route') {
      backSince = null;
      if (away) {
        awaySince ??= t;
        if (t - awaySince >= thresholds.offRouteHoldMs) {
          phase = 'off-route';
          offRouteReason = projection ? 'off-route' : 'wrong-floor';
          awaySince = null;
        }
      } else awaySince = null;
    } else if (distance <= onDistance) {
      backSince ??= t;
      if (t - backSince >= thresholds.onRouteHoldMs) {
        phase = 'on-route';
        noRoute = undefined;
        backSince = null;
      }
    } else backSince = null;

    // Arrival: at the destination on its floor, or (near the route) with almost nothing left, for long enough.
    const arrivalDistance = scaledDistance(thresholds.arrivalDistance, fix.accuracy);
    const destination = route.destination;
    const atDestination = fix.floor === destination.floor && planDistance(fix.position, [destination.position[0], destination.position[2]]) <= arrivalDistance;
    const nearlyDone = projection !== null && !away && measureRoute(route).total - progress.along <= arrivalDistance;
    if (atDestination || nearlyDone) {
      arrivingSince ??= t;
      if (t - arrivingSince >= thresholds.arrivalHoldMs) {
        const total = measureRoute(route).total;
        state = stateAt(route, { along: total, peak: total, leapSince: null }, Math.max(0, route.segments.length - 1), distance, {
          phase: 'arrived',
          reroutes: state.reroutes,
          lastRerouteReason: state.lastRerouteReason,
        });
        return state;
      }
    } else arrivingSince = null;

    // Re-routing from where the visitor is, while off the route and still away from it.
    let reroutes = state.reroutes;
    let lastRerouteReason = state.lastRerouteReason;
    if (phase === 'off-route' && away && reroute && (lastRerouteAttempt === null || t - lastRerouteAttempt >= thresholds.rerouteCooldownMs)) {
      lastRerouteAttempt = t;
      const result = tryReroute(reroute, { position: [fix.position[0], fix.position[1]], floor: fix.floor });
      if (result.ok) {
        // The new route starts where the visitor stands: progress starts again from its beginning.
        route = result.route;
        progress = START_PROGRESS;
        segmentIndex = 0;
        distance = locate(route, fix, 0, offDistance)?.distance ?? Infinity;
        phase = 'on-route';
        reroutes++;
        lastRerouteReason = offRouteReason;
        noRoute = undefined;
        awaySince = backSince = arrivingSince = null;
      } else {
        noRoute = { reason: result.reason, message: result.message };
      }
    }

    state = stateAt(route, progress, segmentIndex, distance, { phase, reroutes, lastRerouteReason, noRoute });
    return state;
  };

  return {
    update,
    get state() {
      return state;
    },
    get ignoredFixes() {
      return ignoredFixes;
    },
  };
}
