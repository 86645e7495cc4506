import { distanceToSegment } from '../../geometry/polygon.ts';
import type { PlanPoint, Point3 } from '../../geometry/types.ts';
import type { Hotspot } from '../../venue/schema.ts';

/**
 * Exhibits as landmarks: "past the Sunflowers" tells a visitor they are on the
 * right way better than a distance does. An exhibit counts when it hangs in a room
 * the walk crosses and within {@link LANDMARK_RADIUS} metres of the walked line.
 */

/** How close, in metres on the plan, an exhibit must be to the walked line to be mentioned. */
export const LANDMARK_RADIUS = 3;

/**
 * The exhibit nearest to the walked polyline `path` (plan points) among
 * `candidates` whose room is in `rooms`, within {@link LANDMARK_RADIUS}; ties go to
 * the one listed first. `exclude` holds hotspot ids not to mention (the origin,
 * the destination, landmarks already named). Null when there is none.
 */
export function nearestLandmark(path: readonly PlanPoint[], rooms: ReadonlySet<string>, candidates: readonly Hotspot[], exclude: ReadonlySet<string>): Hotspot | null {
  if (path.length === 0) return null;
  let best: Hotspot | null = null;
  let bestDistance = LANDMARK_RADIUS;
  for (const hotspot of candidates) {
    if (exclude.has(hotspot.id) || !rooms.has(hotspot.room) || !finitePlan(hotspot.position)) continue;
    const at: PlanPoint = [hotspot.position[0], hotspot.position[2]];
    const d = distanceToPath(at, path);
    if (d <= bestDistance && (best === null || d < bestDistance)) {
      best = hotspot;
      bestDistance = d;
    }
  }
  return best;
}

const finitePlan = (p: Point3): boolean => Number.isFinite(p[0]) && Number.isFinite(p[2]);

/**
 * Distance from `p` to the polyline `path`, counting only where the walk passes
 * `p`: a point whose nearest place on the path is the path's very start or end
 * lies before or beyond the walk, not beside it, and gets Infinity.
 */
export function distanceToPath(p: PlanPoint, path: readonly PlanPoint[]): number {
  let best = Infinity;
  let clampedAtEnd = true;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const len2 = dx * dx + dz * dz;
    if (len2 === 0) continue;
    const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2;
    const d = distanceToSegment(p, a, b);
    if (d < best) {
      best = d;
      clampedAtEnd = (i === 0 && t <= 0) || (i + 2 === path.length && t >= 1);
    }
  }
  return clampedAtEnd ? Infinity : best;
}
