import type { Route, RouteSegment } from '../types.ts';

/**
 * Distances along a route, as live guidance counts them. "Along" is metres from
 * the route's start in the route's own lengths (an elevator counts its
 * time-equivalent length, so `remaining` matches what the router optimised).
 * "Walked" metres leave out shaft rides: riding an elevator is not a leap of the
 * dot, so the progress filter measures jumps in walked metres.
 */

/** Below this plan length a floor change is a shaft (spiral stairs, an elevator drawn slightly askew), metres. */
const SHAFT_PLAN_LENGTH = 1;

export interface RouteMeasure {
  /** Metres along the route at the start of each segment. */
  readonly starts: readonly number[];
  /** Each segment's length, metres (its own `length`, or its straight length when that is not a finite, non-negative number). */
  readonly lengths: readonly number[];
  /** Sum of the lengths. */
  readonly total: number;
  /**
   * Per segment: true for a floor change without a walk in the plan (an elevator,
   * or a floor change shorter than 1 m in the plan). A shaft is followed as its
   * start on the departure floor and its end on the arrival floor.
   */
  readonly shafts: readonly boolean[];
  /** The segment holding `along` (at a boundary, the later one); 0 for a route without segments. */
  segmentAt(along: number): number;
  /** Walked metres from the route's start to `along` (shaft rides excluded). */
  walkedAt(along: number): number;
}

/** Plan (floor-plane) length of a segment, metres. */
export function planLength(segment: RouteSegment): number {
  return Math.hypot(segment.to[0] - segment.from[0], segment.to[2] - segment.from[2]);
}

/** True when the segment is followed as a point on each of its floors (see {@link RouteMeasure.shafts}). */
export function isShaft(segment: RouteSegment): boolean {
  return segment.fromFloor !== segment.toFloor && (segment.kind === 'elevator' || planLength(segment) < SHAFT_PLAN_LENGTH);
}

function segmentLength(segment: RouteSegment): number {
  if (Number.isFinite(segment.length) && segment.length >= 0) return segment.length;
  const straight = Math.hypot(segment.to[0] - segment.from[0], segment.to[1] - segment.from[1], segment.to[2] - segment.from[2]);
  return Number.isFinite(straight) ? straight : 0;
}

const cache = new WeakMap<Route, RouteMeasure>();

/** The measure of a route; computed once per route object (routes are immutable). */
export function measureRoute(route: Route): RouteMeasure {
  const cached = cache.get(route);
  if (cached) return cached;

  const starts: number[] = [];
  const lengths: number[] = [];
  const shafts: boolean[] = [];
  const walkedStarts: number[] = [];
  let total = 0;
  let walked = 0;
  for (const segment of route.segments) {
    const length = segmentLength(segment);
    const shaft = isShaft(segment);
    starts.push(total);
    lengths.push(length);
    shafts.push(shaft);
    walkedStarts.push(walked);
    total += length;
    if (!shaft) walked += length;
  }

  const segmentAt = (along: number): number => {
    // The last segment starting at or before `along`: binary search over the sorted starts.
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= along) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const walkedAt = (along: number): number => {
    if (starts.length === 0) return 0;
    const i = segmentAt(along);
    if (shafts[i]) return walkedStarts[i]!;
    return walkedStarts[i]! + Math.min(lengths[i]!, Math.max(0, along - starts[i]!));
  };

  const measure: RouteMeasure = { starts, lengths, total, shafts, segmentAt, walkedAt };
  cache.set(route, measure);
  return measure;
}
