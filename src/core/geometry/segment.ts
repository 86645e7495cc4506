import type { PlanPoint, PlanPolygon } from './types.ts';
import { containsPoint, distanceToSegment, segmentsIntersect } from './polygon.ts';

/**
 * Segment-versus-polygon predicates on the floor plane, for walking-graph checks:
 * does a straight walk stay inside a room, and how close does it pass an obstacle?
 * Winding does not matter, as in `polygon.ts`.
 */

/** Shortest distance between the closed segments `a`–`b` and `c`–`d` (0 when they touch). */
export function segmentDistance(a: PlanPoint, b: PlanPoint, c: PlanPoint, d: PlanPoint): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  // Two disjoint segments are closest at an endpoint of one of them.
  return Math.min(distanceToSegment(a, c, d), distanceToSegment(b, c, d), distanceToSegment(c, a, b), distanceToSegment(d, a, b));
}

/**
 * Distance from the segment `a`–`b` to the polygon as an area: 0 when the segment
 * touches or enters it, else the gap to its nearest edge.
 */
export function segmentToPolygonDistance(a: PlanPoint, b: PlanPoint, poly: PlanPolygon): number {
  // A segment wholly inside crosses no edge, so test an endpoint first.
  if (containsPoint(poly, a) || containsPoint(poly, b)) return 0;
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    best = Math.min(best, segmentDistance(a, b, poly[i]!, poly[(i + 1) % poly.length]!));
    if (best === 0) return 0;
  }
  return best;
}

/**
 * True when the whole segment `a`–`b` lies inside the polygon: both ends inside and no
 * edge crossed. Touching the boundary counts as leaving it, which is what a walk that
 * must not graze a wall needs.
 */
export function segmentInsidePolygon(a: PlanPoint, b: PlanPoint, poly: PlanPolygon): boolean {
  if (!containsPoint(poly, a) || !containsPoint(poly, b)) return false;
  for (let i = 0; i < poly.length; i++) {
    if (segmentsIntersect(a, b, poly[i]!, poly[(i + 1) % poly.length]!)) return false;
  }
  return true;
}
