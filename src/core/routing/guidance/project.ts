import type { PlanPoint } from '../../geometry/types.ts';
import type { Route, RouteSegment } from '../types.ts';
import { measureRoute } from './route-measure.ts';

/**
 * Where on a route a position on a floor lies: the nearest point of the route's
 * pieces on that floor, as metres along the route and metres away from it.
 *
 * A route may pass the same place twice (it goes out and comes back along a
 * corridor, or crosses a floor, leaves it and returns). Taking the plainly nearest
 * point would let the dot leap between passes on every wobble, so the caller may
 * give the progress so far: among the passes about as near as the nearest, the one
 * nearest that progress wins.
 */

/** The position's place on the route. */
export interface RouteProjection {
  /** Metres along the route (in the route's lengths, from its start) of the nearest point. */
  readonly along: number;
  /** Plan distance from the position to that point, metres. */
  readonly distance: number;
  /** Index of the segment holding the point. */
  readonly segmentIndex: number;
  /** The nearest point, in the plan. */
  readonly point: PlanPoint;
}

export interface ProjectionHint {
  /** The progress so far (metres along): among passes near the position, the one nearest this wins. */
  readonly near?: number;
  /** How much farther than the nearest pass (metres) another pass may be and still win by being nearer `near`. Default 4. */
  readonly ambiguity?: number;
}

const DEFAULT_AMBIGUITY = 4;
const EPSILON = 1e-9;

interface Candidate extends RouteProjection {
  /** Where on its segment, 0 (start) to 1 (end). */
  readonly t: number;
}

/** Parameter (0..1) of the point of the plan segment `a`–`b` nearest `p`. */
function nearestParameter(p: PlanPoint, a: PlanPoint, b: PlanPoint): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const len2 = dx * dx + dz * dz;
  if (len2 === 0) return 0;
  return Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2));
}

/**
 * The parameter of the segment's nearest point to `p` on `floor`, or null when the
 * segment is not on that floor. A shaft is a point on each floor: its start where
 * the ride begins, its end where it ends.
 */
function parameterOnFloor(segment: RouteSegment, shaft: boolean, p: PlanPoint, floor: string): number | null {
  const onFrom = segment.fromFloor === floor;
  const onTo = segment.toFloor === floor;
  if (!onFrom && !onTo) return null;
  if (shaft) return onTo ? 1 : 0;
  return nearestParameter(p, [segment.from[0], segment.from[2]], [segment.to[0], segment.to[2]]);
}

/**
 * Projects a position on a floor onto the route. Returns null when the route has
 * no piece on that floor, or the input is not usable (non-finite coordinates).
 * Floor-change segments count for both their floors.
 */
export function projectOntoRoute(route: Route, position: PlanPoint, floor: string, hint: ProjectionHint = {}): RouteProjection | null {
  if (!Number.isFinite(position[0]) || !Number.isFinite(position[1]) || typeof floor !== 'string') return null;
  const measure = measureRoute(route);

  // One candidate per segment on this floor: its point nearest the position.
  const candidates: (Candidate | undefined)[] = route.segments.map((segment, i) => {
    const t = parameterOnFloor(segment, measure.shafts[i]!, position, floor);
    if (t === null) return undefined;
    const point: PlanPoint = [segment.from[0] + t * (segment.to[0] - segment.from[0]), segment.from[2] + t * (segment.to[2] - segment.from[2])];
    const distance = Math.hypot(position[0] - point[0], position[1] - point[1]);
    if (!Number.isFinite(distance)) return undefined;
    return { along: measure.starts[i]! + t * measure.lengths[i]!, distance, segmentIndex: i, point, t };
  });

  // Keep only the passes: a candidate at a segment's end is no pass of its own when
  // the joining segment comes nearer (the distance still falls past the joint).
  const passes = candidates.filter((c): c is Candidate => {
    if (!c) return false;
    const previous = candidates[c.segmentIndex - 1];
    const next = candidates[c.segmentIndex + 1];
    if (c.t <= EPSILON && previous && previous.distance < c.distance - EPSILON) return false;
    if (c.t >= 1 - EPSILON && next && next.distance < c.distance - EPSILON) return false;
    return true;
  });
  if (passes.length === 0) return null;

  const nearest = Math.min(...passes.map((c) => c.distance));
  const near = hint.near;
  const ambiguity = hint.ambiguity !== undefined && Number.isFinite(hint.ambiguity) && hint.ambiguity >= 0 ? hint.ambiguity : DEFAULT_AMBIGUITY;
  const pool = near !== undefined && Number.isFinite(near) ? passes.filter((c) => c.distance <= nearest + ambiguity) : passes.filter((c) => c.distance <= nearest + EPSILON);
  const gap = (c: Candidate): number => (near !== undefined && Number.isFinite(near) ? Math.abs(c.along - near) : c.along);

  // Nearest the progress (or, without one, the earliest pass); then the nearer; then the
  // later segment, so standing on a corner or at an elevator door shows what comes next.
  let best = pool[0]!;
  for (const c of pool) {
    const byGap = gap(c) - gap(best);
    if (byGap < -EPSILON || (Math.abs(byGap) <= EPSILON && (c.distance < best.distance - EPSILON || (Math.abs(c.distance - best.distance) <= EPSILON && c.segmentIndex > best.segmentIndex)))) {
      best = c;
    }
  }
  return { along: best.along, distance: best.distance, segmentIndex: best.segmentIndex, point: best.point };
}
