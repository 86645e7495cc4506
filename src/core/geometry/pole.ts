import type { PlanPoint, PlanPolygon } from './types.ts';
import { containsPoint, distanceToBoundary, planBounds, signedArea } from './polygon.ts';

/**
 * The pole of inaccessibility of a room: the point inside it farthest from every
 * wall (and from obstacles given as holes). Used to place room names on the floor
 * plan (`plan-view.ts`); the centroid will not do, since for an L- or U-shaped room
 * it can lie outside the room.
 */

/** Area-weighted centroid; the first point for a degenerate outline. */
export function polygonCentroid(poly: PlanPolygon): PlanPoint {
  const area = signedArea(poly);
  if (Math.abs(area) < 1e-12) return poly[0] ?? [0, 0];
  let x = 0, z = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const f = a[0] * b[1] - b[0] * a[1];
    x += (a[0] + b[0]) * f;
    z += (a[1] + b[1]) * f;
  }
  return [x / (6 * area), z / (6 * area)];
}

/** Distance to the nearest wall of the area (outline minus holes): positive inside, negative outside. */
function signedDistance(p: PlanPoint, outline: PlanPolygon, holes: readonly PlanPolygon[]): number {
  let d = distanceToBoundary(outline, p);
  let inside = containsPoint(outline, p);
  for (const hole of holes) {
    d = Math.min(d, distanceToBoundary(hole, p));
    if (inside && containsPoint(hole, p)) inside = false;
  }
  return inside ? d : -d;
}

interface Cell { x: number; z: number; half: number; d: number; max: number }

function cell(x: number, z: number, half: number, outline: PlanPolygon, holes: readonly PlanPolygon[]): Cell {
  const d = signedDistance([x, z], outline, holes);
  return { x, z, half, d, max: d + half * Math.SQRT2 };
}

/** A max-heap on `cell.max`: the cell that could still hold the farthest point comes first. */
class CellQueue {
  private readonly items: Cell[] = [];
  get size(): number { return this.items.length; }
  push(c: Cell): void {
    const a = this.items;
    a.push(c);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]!.max >= a[i]!.max) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): Cell {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.max > a[m]!.max) m = l;
        if (r < a.length && a[r]!.max > a[m]!.max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** The pole of inaccessibility and its clearance (distance to the nearest wall or hole, metres). */
export interface Pole {
  point: PlanPoint;
  distance: number;
}

export interface PoleOptions {
  /** Areas to keep clear of (obstacles inside the room). */
  holes?: readonly PlanPolygon[];
  /** Stop refining when no cell can beat the best by more than this (metres); default 1/500 of the room's size. */
  precision?: number;
  /** Upper bound on cells split, so a hostile outline cannot stall the UI. */
  maxIterations?: number;
}

/**
 * The point inside a (possibly concave) polygon farthest from its boundary and from
 * any holes — where a label has the most room. The centroid of an L- or U-shaped room
 * can lie outside it; this cannot. Grid-cell branch and bound after Mapbox's
 * polylabel (Agafonkin 2016), with a bounded number of iterations.
 */
export function poleOfInaccessibility(outline: PlanPolygon, options: PoleOptions = {}): Pole {
  const holes = options.holes ?? [];
  const { min, max } = planBounds(outline);
  const width = max[0] - min[0];
  const height = max[1] - min[1];
  const size = Math.min(width, height);
  if (!(size > 0)) return { point: outline[0] ?? [0, 0], distance: 0 };
  const precision = options.precision ?? Math.max(width, height) / 500;
  const maxIterations = options.maxIterations ?? 2000;

  const queue = new CellQueue();
  const half = size / 2;
  for (let x = min[0]; x < max[0]; x += size) {
    for (let z = min[1]; z < max[1]; z += size) queue.push(cell(x + half, z + half, half, outline, holes));
  }
  // Seed with the centroid: for symmetric rooms it is already the answer and it wins ties.
  const c = polygonCentroid(outline);
  let best = cell(c[0], c[1], 0, outline, holes);
  const boxCentre = cell(min[0] + width / 2, min[1] + height / 2, 0, outline, holes);
  if (boxCentre.d > best.d) best = boxCentre;

  for (let i = 0; i < maxIterations && queue.size > 0; i++) {
    const next = queue.pop();
    if (next.d > best.d) best = next;
    // The queue is ordered by potential, so once the best cell cannot win, none can.
    if (next.max - best.d <= precision) break;
    const h = next.half / 2;
    queue.push(cell(next.x - h, next.z - h, h, outline, holes));
    queue.push(cell(next.x + h, next.z - h, h, outline, holes));
    queue.push(cell(next.x - h, next.z + h, h, outline, holes));
    queue.push(cell(next.x + h, next.z + h, h, outline, holes));
  }
  return { point: [best.x, best.z], distance: best.d };
}
