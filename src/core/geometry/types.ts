/**
 * Coordinate types shared by every layer.
 *
 * Venue space is metres, right-handed, Y up (the glTF convention). A point on the
 * floor plane seen from above is a {@link PlanPoint} `[x, z]`; a point in space is a
 * {@link Point3} `[x, y, z]`. Keeping them as distinct named tuples stops a plan
 * point being passed where a 3D point is expected (and vice versa).
 */

/** A point on the floor plane, `[x, z]` in metres. */
export type PlanPoint = readonly [x: number, z: number];

/** A point in venue space, `[x, y, z]` in metres, Y up. */
export type Point3 = readonly [x: number, y: number, z: number];

/** A closed polygon on the floor plane; the last point connects back to the first. */
export type PlanPolygon = readonly PlanPoint[];

/** Drops the height of a 3D point: `[x, y, z]` → `[x, z]`. */
export function toPlan(p: Point3): PlanPoint {
  return [p[0], p[2]];
}

/** Planar (floor-plane) distance between two plan points. */
export function planDistance(a: PlanPoint, b: PlanPoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
