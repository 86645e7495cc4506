import type { PlanPoint, PlanPolygon, Point3 } from './types.ts';
import { containsPoint, planBounds, segmentsIntersect } from './polygon.ts';
import { poleOfInaccessibility } from './pole.ts';

/**
 * Geometry of the 2D floor plan drawing: fitting a floor into an SVG viewport, the
 * point where a room's name goes, whether a label box fits inside a room, and the
 * camera's view cone projected onto the plan.
 *
 * Orientation: the plan is drawn as the building is seen from above with the app's
 * default camera (which stands on the +x/+z side looking towards −z): plan x runs
 * to the right and plan +z runs *downward*, towards the viewer. SVG's y axis also
 * points down, so the mapping is a uniform scale plus offset with no flip — which
 * keeps the plan mirror-free (right-handed, Y up) and lets plan directions be used
 * unchanged as SVG directions.
 */

/** A point in SVG user units (viewBox coordinates), `[x, y]` with y downward. */
export type SvgPoint = readonly [x: number, y: number];

/** An axis-aligned box on the plan. */
export interface PlanBox {
  min: PlanPoint;
  max: PlanPoint;
}

/** Where a plan lands in an SVG viewport: `svg = (plan − origin) · scale`. */
export interface PlanFrame {
  /** SVG units per metre. */
  scale: number;
  /** The plan point drawn at the viewport's top-left corner. */
  origin: PlanPoint;
  /** Viewport size in SVG units (the viewBox is `0 0 width height`). */
  width: number;
  height: number;
}

/** Plans smaller than this (metres) are framed as if this big, so one room is not blown up. */
const MIN_EXTENT = 1;

/** Bounds of every point of some outlines; a 10 m box around the origin when there are none. */
export function outlinesBounds(outlines: readonly PlanPolygon[]): PlanBox {
  const box = planBounds(outlines.flat());
  if (!Number.isFinite(box.min[0])) return { min: [-5, -5], max: [5, 5] };
  return box;
}

/**
 * A viewport `width` wide whose height follows the plan's aspect, so the viewBox hugs
 * the drawing. The aspect is clamped so a long corridor does not make a sliver.
 */
export function viewportFor(bounds: PlanBox, width: number, padding: number, aspect: { min: number; max: number } = { min: 0.4, max: 1.6 }): { width: number; height: number } {
  const w = Math.max(bounds.max[0] - bounds.min[0], MIN_EXTENT);
  const h = Math.max(bounds.max[1] - bounds.min[1], MIN_EXTENT);
  const inner = Math.max(width - 2 * padding, 1);
  const height = Math.min(Math.max(inner * (h / w), inner * aspect.min), inner * aspect.max) + 2 * padding;
  return { width, height: Math.round(height) };
}

/** Fits `bounds` into a `width` × `height` viewport, centred, keeping the aspect, `padding` SVG units clear on every side. */
export function fitPlan(bounds: PlanBox, width: number, height: number, padding = 0): PlanFrame {
  const w = Math.max(bounds.max[0] - bounds.min[0], MIN_EXTENT);
  const h = Math.max(bounds.max[1] - bounds.min[1], MIN_EXTENT);
  const scale = Math.min(Math.max(width - 2 * padding, 1) / w, Math.max(height - 2 * padding, 1) / h);
  const cx = (bounds.min[0] + bounds.max[0]) / 2;
  const cz = (bounds.min[1] + bounds.max[1]) / 2;
  return { scale, origin: [cx - width / 2 / scale, cz - height / 2 / scale], width, height };
}

/** Plan `[x, z]` → SVG `[x, y]`. */
export function planToSvg(frame: PlanFrame, p: PlanPoint): SvgPoint {
  return [(p[0] - frame.origin[0]) * frame.scale, (p[1] - frame.origin[1]) * frame.scale];
}

/** SVG `[x, y]` → plan `[x, z]` (the inverse of {@link planToSvg}; used for clicks). */
export function svgToPlan(frame: PlanFrame, p: SvgPoint): PlanPoint {
  return [p[0] / frame.scale + frame.origin[0], p[1] / frame.scale + frame.origin[1]];
}

/** An outline as an SVG `points` attribute. Rounded to 0.01 units: finer is invisible and bloats the markup. */
export function svgPoints(frame: PlanFrame, outline: PlanPolygon): string {
  return outline.map((p) => planToSvg(frame, p).map((v) => Math.round(v * 100) / 100).join(',')).join(' ');
}

/**
 * A good point for a room's name: the pole of inaccessibility. With `holes`
 * (obstacles) it keeps clear of them too, unless they leave no room at all.
 */
export function labelPoint(outline: PlanPolygon, holes: readonly PlanPolygon[] = []): PlanPoint {
  if (holes.length > 0) {
    const clear = poleOfInaccessibility(outline, { holes });
    if (clear.distance > 0) return clear.point;
  }
  return poleOfInaccessibility(outline).point;
}

/**
 * True when the axis-aligned box `center ± [halfWidth, halfDepth]` (metres) lies inside
 * the outline and overlaps none of the holes: does a label of that size fit here?
 */
export function boxFits(outline: PlanPolygon, center: PlanPoint, halfWidth: number, halfDepth: number, holes: readonly PlanPolygon[] = []): boolean {
  const [cx, cz] = center;
  const box: PlanPolygon = [[cx - halfWidth, cz - halfDepth], [cx + halfWidth, cz - halfDepth], [cx + halfWidth, cz + halfDepth], [cx - halfWidth, cz + halfDepth]];
  if (!box.every((corner) => containsPoint(outline, corner))) return false;
  // With every corner inside, the box can only poke out where a wall crosses one of its edges.
  if (edgesCross(box, outline)) return false;
  for (const hole of holes) {
    if (box.some((corner) => containsPoint(hole, corner)) || hole.some((p) => containsPoint(box, p)) || edgesCross(box, hole)) return false;
  }
  return true;
}

function edgesCross(a: PlanPolygon, b: PlanPolygon): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (segmentsIntersect(a[i]!, a[(i + 1) % a.length]!, b[j]!, b[(j + 1) % b.length]!)) return true;
    }
  }
  return false;
}

/**
 * The camera's looking direction on the plan, as a unit `[dx, dz]` (equally an SVG
 * direction, see the orientation note above); `null` when it looks straight up or down.
 */
export function planHeading(position: Point3, target: Point3): PlanPoint | null {
  const dx = target[0] - position[0];
  const dz = target[2] - position[2];
  const len = Math.hypot(dx, dz);
  // Below ~1° off vertical the heading is noise: better no cone than a spinning one.
  if (len < 0.0175 * Math.hypot(dx, target[1] - position[1], dz) || len === 0) return null;
  return [dx / len, dz / len];
}

/** A triangle from `apex` opening `halfAngle` radians either side of the unit `direction`, `length` long. */
export function viewCone(apex: SvgPoint, direction: PlanPoint, halfAngle: number, length: number): SvgPoint[] {
  const side = (sign: number): SvgPoint => {
    const a = Math.atan2(direction[1], direction[0]) + sign * halfAngle;
    return [apex[0] + Math.cos(a) * length, apex[1] + Math.sin(a) * length];
  };
  return [apex, side(-1), side(1)];
}

/**
 * Moves `from` along the segment towards `to` until it enters the box `[min, max]`, so
 * a camera standing outside the drawing is shown at its edge, still facing the right
 * way. Points already inside stay; when the segment misses the box, each axis is clamped.
 */
export function clampTowards(from: SvgPoint, to: SvgPoint, min: SvgPoint, max: SvgPoint): SvgPoint {
  let t0 = 0, t1 = 1;
  for (let axis = 0; axis < 2; axis++) {
    const p = from[axis]!, d = to[axis]! - from[axis]!;
    const lo = min[axis]!, hi = max[axis]!;
    if (d === 0) {
      if (p < lo || p > hi) t0 = Infinity;
      continue;
    }
    const a = (lo - p) / d, b = (hi - p) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  if (t0 <= t1) return [from[0] + (to[0] - from[0]) * t0, from[1] + (to[1] - from[1]) * t0];
  return [Math.min(Math.max(from[0], min[0]), max[0]), Math.min(Math.max(from[1], min[1]), max[1])];
}
