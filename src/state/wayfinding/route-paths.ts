import type { Point3 } from '../../core/geometry/types.ts';
import type { Route, RouteSegment } from '../../core/routing/types.ts';

/**
 * A route cut into what is drawn: one polyline per stretch on a floor, and a
 * mark where the route changes floor. Each vertex carries the route distance at
 * it (metres, as the router counts them: a lift's length is its time
 * equivalent), so the part already walked can be cut off at the guidance's
 * `along`. Shared by the 3D line and the floor plan; pure.
 */

/** A stretch of the route on one floor. */
export interface RoutePath {
  readonly floor: string;
  readonly points: readonly Point3[];
  /** Route distance at each point, ascending. */
  readonly at: readonly number[];
}

/** Where the route leaves one floor for another (stairs, lift, escalator, ramp). */
export interface FloorChange {
  readonly kind: RouteSegment['kind'];
  readonly from: Point3;
  readonly to: Point3;
  readonly fromFloor: string;
  readonly toFloor: string;
  /** Route distance where it starts and ends. */
  readonly startAt: number;
  readonly endAt: number;
}

/** A route ready to draw: its stretches per floor and its floor changes, in route order. */
export interface RouteDrawing {
  readonly paths: readonly RoutePath[];
  readonly changes: readonly FloorChange[];
}

const finite = (v: number): number => (Number.isFinite(v) ? v : 0);
const same = (a: Point3, b: Point3): boolean => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6 && Math.abs(a[2] - b[2]) < 1e-6;

/** Cuts `route` into per-floor polylines and floor changes. Segments with non-finite points are left out. */
export function routeDrawing(route: Route): RouteDrawing {
  const paths: { floor: string; points: Point3[]; at: number[] }[] = [];
  const changes: FloorChange[] = [];
  let along = 0;
  let open: { floor: string; points: Point3[]; at: number[] } | null = null;
  for (const s of route.segments) {
    const start = along;
    along += Math.max(0, finite(s.length));
    if (![...s.from, ...s.to].every(Number.isFinite)) {
      open = null;
      continue;
    }
    if (s.fromFloor !== s.toFloor) {
      changes.push({ kind: s.kind, from: s.from, to: s.to, fromFloor: s.fromFloor, toFloor: s.toFloor, startAt: start, endAt: along });
      open = null;
      continue;
    }
    if (!open || open.floor !== s.fromFloor || !same(open.points.at(-1)!, s.from)) {
      open = { floor: s.fromFloor, points: [s.from], at: [start] };
      paths.push(open);
    }
    if (same(open.points.at(-1)!, s.to)) continue;
    open.points.push(s.to);
    open.at.push(along);
  }
  return { paths: paths.filter((p) => p.points.length >= 2), changes };
}

/** The point of `path` at route distance `along` (clamped to the path's ends). */
function pointAt(path: RoutePath, along: number, i: number): Point3 {
  const a = path.points[i - 1]!;
  const b = path.points[i]!;
  const span = path.at[i]! - path.at[i - 1]!;
  const k = span > 0 ? Math.min(1, Math.max(0, (along - path.at[i - 1]!) / span)) : 1;
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

/** Splits a path at route distance `along`: the part walked and the part ahead (either may have fewer than two points: nothing to draw). */
export function splitPath(path: RoutePath, along: number): { walked: Point3[]; ahead: Point3[] } {
  const { points, at } = path;
  if (!(along > at[0]!)) return { walked: [], ahead: [...points] };
  if (along >= at.at(-1)!) return { walked: [...points], ahead: [] };
  let i = 1;
  while (i < points.length - 1 && at[i]! <= along) i++;
  const cut = pointAt(path, along, i);
  return { walked: [...points.slice(0, i), cut], ahead: [cut, ...points.slice(i)] };
}
