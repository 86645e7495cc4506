import type { PlanPoint, PlanPolygon } from './types.ts';

/**
 * Polygon predicates on the floor plane. Winding does not matter anywhere here:
 * venue outlines may be drawn clockwise or counter-clockwise.
 */

/** Signed area (positive for counter-clockwise in an x-right, z-up drawing). */
export function signedArea(poly: PlanPolygon): number {
  let sum = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Even-odd point-in-polygon test. Points exactly on an edge may go either way. */
export function containsPoint(poly: PlanPolygon, p: PlanPoint): boolean {
  let inside = false;
  const [x, z] = p;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, zi] = poly[i]!;
    const [xj, zj] = poly[j]!;
    if (zi > z !== zj > z && x < ((xj - xi) * (z - zi)) / (zj - zi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from `p` to the segment `a`–`b`. */
export function distanceToSegment(p: PlanPoint, a: PlanPoint, b: PlanPoint): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const len2 = dx * dx + dz * dz;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dz));
}

/** Distance from `p` to the polygon's boundary (0 on an edge). */
export function distanceToBoundary(poly: PlanPolygon, p: PlanPoint): number {
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    best = Math.min(best, distanceToSegment(p, poly[i]!, poly[(i + 1) % poly.length]!));
  }
  return best;
}

/** How far `p` lies outside the polygon: 0 when inside or on the boundary. */
export function distanceOutside(poly: PlanPolygon, p: PlanPoint): number {
  return containsPoint(poly, p) ? 0 : distanceToBoundary(poly, p);
}

function orientation(a: PlanPoint, b: PlanPoint, c: PlanPoint): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return Math.abs(v) < 1e-12 ? 0 : Math.sign(v);
}

function onSegment(a: PlanPoint, b: PlanPoint, p: PlanPoint): boolean {
  return (
    Math.min(a[0], b[0]) - 1e-12 <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + 1e-12 &&
    Math.min(a[1], b[1]) - 1e-12 <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + 1e-12
  );
}

/** True when the closed segments `a`–`b` and `c`–`d` share at least one point. */
export function segmentsIntersect(a: PlanPoint, b: PlanPoint, c: PlanPoint, d: PlanPoint): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

/** Why a polygon is not simple, or `null` when it is. */
export type PolygonDefect =
  | { kind: 'too-few-points'; count: number }
  | { kind: 'zero-area' }
  | { kind: 'repeated-point'; index: number }
  | { kind: 'self-intersection'; edgeA: number; edgeB: number };

/**
 * Checks that a polygon is simple: at least 3 distinct points, non-zero area, and no
 * two non-adjacent edges touching. O(n²), which is fine for room outlines (tens of
 * points); the validator bounds outline length so a hostile file cannot make this slow.
 */
export function findPolygonDefect(poly: PlanPolygon): PolygonDefect | null {
  const n = poly.length;
  if (n < 3) return { kind: 'too-few-points', count: n };
  for (let i = 0; i < n; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % n]!;
    if (a[0] === b[0] && a[1] === b[1]) return { kind: 'repeated-point', index: (i + 1) % n };
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      if (segmentsIntersect(poly[i]!, poly[(i + 1) % n]!, poly[j]!, poly[(j + 1) % n]!)) {
        return { kind: 'self-intersection', edgeA: i, edgeB: j };
      }
    }
  }
  // After the crossing test: a bow-tie also has zero signed area, but "crosses" says more.
  if (Math.abs(signedArea(poly)) < 1e-9) return { kind: 'zero-area' };
  return null;
}

/** Axis-aligned bounds of a set of plan points. */
export function planBounds(points: readonly PlanPoint[]): { min: PlanPoint; max: PlanPoint } {
  let minX = Infinity, minZ = Infinity, maxX = -Infinity, maxZ = -Infinity;
  for (const [x, z] of points) {
    minX = Math.min(minX, x); minZ = Math.min(minZ, z);
    maxX = Math.max(maxX, x); maxZ = Math.max(maxZ, z);
  }
  return { min: [minX, minZ], max: [maxX, maxZ] };
}
