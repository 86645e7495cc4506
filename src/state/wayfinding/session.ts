import type { Venue } from '../../core/venue/index.ts';
import type { PositionFix } from '../../core/positioning/types.ts';
import type { Route, RouteOptions, RouteOrigin, RouteResult, RouteTarget } from '../../core/routing/types.ts';
import type { RouteStep } from '../../core/routing/instructions/index.ts';
import { DEFAULT_GUIDANCE_THRESHOLDS, scaledDistance, type Guidance, type GuidanceOptions, type GuidanceState } from '../../core/routing/guidance/index.ts';
import { fixIn, positionStore, type PositionStore } from '../position-store.ts';
import { writePreference } from './preferences.ts';
import { clearWayfinding, wayfindingStore, type WayfindingState, type WayfindingStore } from './wayfinding-store.ts';

/**
 * One venue's wayfinding: plans the route to the chosen destination (from the
 * visitor's position when known, else from the chosen start), words it, and
 * follows the position store's fixes with live guidance, which re-routes through
 * the router bound to this destination and the step-free preference. Router,
 * instruction writer and guidance are passed in (the app's come with the
 * wayfinding panel's chunk), as are the stores, so tests drive it with stubs.
 */

/** The routing modules the session drives. */
export interface WayfindingEngine {
  planRoute(venue: Venue, origin: RouteOrigin, target: RouteTarget, options?: RouteOptions): RouteResult;
  describeRoute(route: Route, venue: Venue, lang: string): readonly RouteStep[];
  createGuidance(route: Route, options: GuidanceOptions): Guidance;
}

/** What a session needs: the venue, the routing modules, the language; stores and the floor hook for tests and the app. */
export interface WayfindingSessionOptions {
  readonly venue: Venue;
  readonly engine: WayfindingEngine;
  /** Language of the steps until {@link WayfindingSession.setLanguage}. */
  readonly lang: string;
  readonly store?: WayfindingStore;
  readonly positions?: PositionStore;
  /** The visitor, being guided, reached another floor (the app shows that floor). */
  readonly onFloorChange?: (floor: string) => void;
}

/** A venue's wayfinding: choices in, route, steps and guidance out (into the store). */
export interface WayfindingSession {
  readonly venueId: string;
  /** Where to go (null: nowhere); plans the route at once. */
  setDestination(target: RouteTarget | null): void;
  /** Where routes start while no position is known (null: the entrance); plans again. */
  setStart(origin: RouteOrigin | null): void;
  /** Step-free routes on or off (remembered on this device); plans again. */
  setStepFree(on: boolean): void;
  /** Words the steps in `lang`. */
  setLanguage(lang: string): void;
  /** Stops following the position store. */
  dispose(): void;
}

/** Where a visit starts when nothing else is known: a walking-graph node of the entrance, else of the lowest floor. */
export function entranceOrigin(venue: Venue): RouteOrigin | null {
  const nodes = venue.navGraph?.nodes ?? [];
  const entrances = new Set(venue.rooms.filter((r) => r.kind === 'entrance').map((r) => r.id));
  const lowest = [...venue.floors].sort((a, b) => a.elevation - b.elevation)[0]?.id;
  const node = nodes.find((n) => n.room !== undefined && entrances.has(n.room)) ?? nodes.find((n) => n.floor === lowest) ?? nodes[0];
  return node ? { kind: 'node', id: node.id } : null;
}

/** Routing state worth telling the visitor about changed (not only the metres walked, below a quarter metre). */
function changedEnough(a: GuidanceState | null, b: GuidanceState): boolean {
  return (
    !a ||
    a.route !== b.route ||
    a.phase !== b.phase ||
    a.segmentIndex !== b.segmentIndex ||
    a.reroutes !== b.reroutes ||
    a.noRoute?.reason !== b.noRoute?.reason ||
    Math.abs(a.along - b.along) >= 0.25 ||
    Number.isFinite(a.distanceFromRoute) !== Number.isFinite(b.distanceFromRoute)
  );
}

/** A session for one venue; it takes over the store for that venue (a route of another venue is forgotten). */
export function createWayfindingSession(options: WayfindingSessionOptions): WayfindingSession {
  const { venue, engine } = options;
  const store = options.store ?? wayfindingStore;
  const positions = options.positions ?? positionStore;
  let lang = options.lang;
  if (store.getState().venueId !== venue.id) clearWayfinding(venue.id, store);

  let guidance: Guidance | null = null;
  let lastFix: PositionFix | null = fixIn(positions.getState(), venue.id);
  /** The current route was planned from a fix (not from the chosen start). */
  let fromFix = false;

  const plan = (origin: RouteOrigin, target: RouteTarget, stepFree: boolean): RouteResult => {
    try {
      return engine.planRoute(venue, origin, target, { stepFree });
    } catch (error) {
      // The router reports problems itself; an exception is a bug, still no reason to break the page.
      return { ok: false, reason: 'unreachable', message: `The route could not be planned: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const describe = (route: Route | null): readonly RouteStep[] => {
    if (!route) return [];
    try {
      return engine.describeRoute(route, venue, lang);
    } catch {
      return [];
    }
  };

  /** Writes the route, its steps (worded again only for a new route or language) and the guidance state. */
  const commit = (partial: Partial<WayfindingState>, route: Route | null, state: GuidanceState | null): void => {
    const current = store.getState();
    const wordAgain = route !== current.route || current.stepsLanguage !== lang;
    store.setState({
      ...partial,
      venueId: venue.id,
      route,
      guidance: state,
      ...(wordAgain && { steps: describe(route), stepsLanguage: route ? lang : null }),
    });
  };

  const guide = (route: Route): Guidance =>
    engine.createGuidance(route, {
      // Re-routing plans from where the visitor is, to the destination and with the preference in force now.
      reroute: (from) => {
        const { destination, stepFree } = store.getState();
        if (!destination) return { ok: false, reason: 'unknown-target', message: 'No destination is chosen.' };
        const result = plan({ kind: 'point', position: from.position, floor: from.floor }, destination, stepFree);
        if (result.ok) store.setState({ result });
        return result;
      },
    });

  /** Plans from the visitor's position when known, else from the chosen start. */
  const replan = (): void => {
    const { destination, stepFree, start } = store.getState();
    guidance = null;
    fromFix = false;
    if (!destination) {
      commit({ result: null }, null, null);
      return;
    }
    const fix = fixIn(positions.getState(), venue.id);
    const origin: RouteOrigin | null = fix ? { kind: 'point', position: fix.position, floor: fix.floor } : (start ?? entranceOrigin(venue));
    const result: RouteResult = origin ? plan(origin, destination, stepFree) : { ok: false, reason: 'no-graph', message: 'This museum has no walking paths to plan a route on.' };
    fromFix = fix !== null;
    if (!result.ok) {
      commit({ result }, null, null);
      return;
    }
    // Guidance starts with the first fix (now, or when one comes).
    guidance = fix ? guide(result.route) : null;
    const state = fix && guidance ? guidance.update(fix) : null;
    commit({ result }, state?.route ?? result.route, state);
  };

  const follow = (fix: PositionFix | null): void => {
    const previous = lastFix;
    lastFix = fix;
    const { destination, route } = store.getState();
    if (!fix) {
      // Positioning stopped (or a simulated walk is starting): later fixes are a new walk along the same route.
      guidance = null;
      if (store.getState().guidance) commit({}, route, null);
      return;
    }
    if (!destination) return;
    if (!route) {
      // No route from the chosen start: try once from where the visitor turns out to be.
      if (!fromFix) replan();
      return;
    }
    const fresh = guidance === null;
    guidance ??= guide(route);
    const before = store.getState().guidance;
    const state = guidance.update(fix);
    // The first position known is far from a route planned from elsewhere: plan from here at once,
    // rather than after the guidance's off-route delay (a QR code or a room pick gives a single fix).
    if (fresh && !previous && state.distanceFromRoute > scaledDistance(DEFAULT_GUIDANCE_THRESHOLDS.offRouteDistance, fix.accuracy)) {
      replan();
      return;
    }
    if (changedEnough(before, state)) commit({}, state.route, state);
    if (previous && previous.floor !== fix.floor && state.phase !== 'arrived') options.onFloorChange?.(fix.floor);
  };

  const unsubscribe = positions.subscribe((s) => {
    const fix = fixIn(s, venue.id);
    if (fix !== lastFix) follow(fix);
  });

  return {
    venueId: venue.id,
    setDestination(target) {
      store.setState({ destination: target });
      replan();
    },
    setStart(origin) {
      store.setState({ start: origin });
      if (!fixIn(positions.getState(), venue.id)) replan();
    },
    setStepFree(on) {
      writePreference('stepFree', on);
      store.setState({ stepFree: on });
      replan();
    },
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      const { route, guidance: state } = store.getState();
      commit({}, route, state);
    },
    dispose() {
      unsubscribe();
      guidance = null;
    },
  };
}
