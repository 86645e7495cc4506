import type { Point3 } from '../../geometry/types.ts';

/**
 * A simulated visitor's movement as a list of timed segments: walking a straight
 * piece of the walking graph, climbing stairs, riding a lift, or standing still.
 * Everything else the simulator makes (ground truth, steps, radio) samples this
 * timeline, so they all agree on where the phone was.
 */

/** What the visitor does during a segment. Steps are detected only while walking or climbing. */
export type SegmentMode = 'walk' | 'stairs' | 'elevator' | 'pause';

/** One stretch of the timeline; positions are the phone's (floor height plus the phone's height). */
export interface Segment {
  /** Start and end, ms since the walk began; `t1 ≥ t0`. */
  readonly t0: number;
  readonly t1: number;
  readonly from: Point3;
  readonly to: Point3;
  readonly fromFloor: string;
  /** Differs from `fromFloor` only on stairs and in lifts. */
  readonly toFloor: string;
  readonly mode: SegmentMode;
  /** Where the visitor faces, radians in the plan (0 along +x, π/2 along +z). */
  readonly heading: number;
}

/** The visitor at one instant. */
export interface WalkerState {
  readonly position: Point3;
  /** On stairs and in lifts the floor changes halfway. */
  readonly floor: string;
  readonly heading: number;
  readonly mode: SegmentMode;
}

/** Index of the segment in effect at `t` (the last one after the end, the first before the start). */
export function segmentIndexAt(segments: readonly Segment[], t: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.t0 <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The visitor's state at `t`; `segments` must be non-empty, contiguous and in time order. */
export function walkerStateAt(segments: readonly Segment[], t: number): WalkerState {
  const s = segments[segmentIndexAt(segments, t)]!;
  const span = s.t1 - s.t0;
  const f = span > 0 ? Math.min(1, Math.max(0, (t - s.t0) / span)) : 1;
  return {
    position: [s.from[0] + (s.to[0] - s.from[0]) * f, s.from[1] + (s.to[1] - s.from[1]) * f, s.from[2] + (s.to[2] - s.from[2]) * f],
    floor: f < 0.5 ? s.fromFloor : s.toFloor,
    heading: s.heading,
    mode: s.mode,
  };
}
