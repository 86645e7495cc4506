import type { Venue } from '../venue/schema.ts';
import type { RouteOptions, RouteOrigin, RouteResult } from './types.ts';
import { planRoute } from './router.ts';

/**
 * A route for a tour: one leg per stop, in the order the tour visits them (not
 * reordered to be shorter: the curator's order tells a story). Each leg starts
 * where the previous one ended, at the exhibit. When a leg fails, its result
 * names the stop, and the next leg starts from the last place actually reached,
 * so one unreachable exhibit does not void the rest of the tour.
 */

export interface TourLeg {
  /** Position of the stop in the tour, from 0. */
  readonly stop: number;
  readonly hotspot: string;
  readonly result: RouteResult;
}

export interface TourRoute {
  readonly legs: readonly TourLeg[];
  /** Sum of the lengths of the legs that have a route, metres. */
  readonly length: number;
  /** True when every leg has a route. */
  readonly complete: boolean;
}

/** Plans the legs from `origin` through the exhibits `hotspotIds`, in that order. */
export function planTourRoute(venue: Venue, origin: RouteOrigin, hotspotIds: readonly string[], options: RouteOptions = {}): TourRoute {
  const legs: TourLeg[] = [];
  let from: RouteOrigin = origin;
  const stops = Array.isArray(hotspotIds) ? hotspotIds : [];
  stops.forEach((hotspot, stop) => {
    const planned = planRoute(venue, from, { kind: 'hotspot', id: hotspot }, options);
    const result: RouteResult = planned.ok ? planned : { ok: false, reason: planned.reason, message: `stop ${stop + 1} ("${String(hotspot)}"): ${planned.message}` };
    legs.push({ stop, hotspot: String(hotspot), result });
    if (planned.ok) from = { kind: 'hotspot', id: hotspot };
  });
  const length = legs.reduce((sum, leg) => sum + (leg.result.ok ? leg.result.route.length : 0), 0);
  return { legs, length, complete: legs.every((leg) => leg.result.ok) };
}
