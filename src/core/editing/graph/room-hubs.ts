import type { PlanPoint } from '../../geometry/types.ts';
import { poleOfInaccessibility } from '../../geometry/pole.ts';
import { nearestStandable, WALL_CLEARANCE_M, type RoomSpace } from './room-space.ts';

/**
 * The main path points of a room. An ordinary room gets one, at the point
 * farthest from its walls and cases (the pole of inaccessibility), so that a
 * straight line to each of its doors stays inside. A corridor gets a row of
 * points along its length, and a large hall a coarse grid: otherwise a visitor
 * going from one door to the next would be routed through the middle of the
 * room and back.
 */

/** A room this much longer than wide (and at least `SPINE_MIN_LENGTH_M` long) is a corridor. */
const CORRIDOR_ASPECT = 2;
const SPINE_MIN_LENGTH_M = 12;
/** Distance between points along a corridor. */
const SPINE_SPACING_M = 6;
/** A room at least this long in both directions is a hall with a grid of points. */
const HALL_MIN_SIZE_M = 24;
const HALL_SPACING_M = 12;

export interface RoomHubs {
  points: PlanPoint[];
  /** Pairs of points (indices) that are neighbours in the layout: joined when the walk between them is clear. */
  links: [number, number][];
  /** The point that names the room (`n-<room>`): the one nearest the pole. */
  primary: number;
}

/** The room's principal axes: unit `u` along its longest extent, `v` across, and the extents. */
function axesOf(space: RoomSpace): { u: PlanPoint; v: PlanPoint; centre: PlanPoint; uRange: [number, number]; vRange: [number, number] } {
  const pts = space.room.outline;
  const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const cz = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let sxx = 0, szz = 0, sxz = 0;
  for (const [x, z] of pts) {
    sxx += (x - cx) ** 2;
    szz += (z - cz) ** 2;
    sxz += (x - cx) * (z - cz);
  }
  const angle = 0.5 * Math.atan2(2 * sxz, sxx - szz);
  const u: PlanPoint = [Math.cos(angle), Math.sin(angle)];
  const v: PlanPoint = [-u[1], u[0]];
  const range = (axis: PlanPoint): [number, number] => {
    const values = pts.map((p) => (p[0] - cx) * axis[0] + (p[1] - cz) * axis[1]);
    return [Math.min(...values), Math.max(...values)];
  };
  return { u, v, centre: [cx, cz], uRange: range(u), vRange: range(v) };
}

/** The main path points of a room (see the file's comment). */
export function roomHubs(space: RoomSpace): RoomHubs {
  const pole = polePoint(space);
  const { u, v, centre, uRange, vRange } = axesOf(space);
  const length = uRange[1] - uRange[0];
  const width = vRange[1] - vRange[0];
  const at = (s: number, t: number): PlanPoint => [centre[0] + u[0] * s + v[0] * t, centre[1] + u[1] * s + v[1] * t];

  let columns = 1, rows = 1;
  if (length >= CORRIDOR_ASPECT * width && length >= SPINE_MIN_LENGTH_M) columns = Math.round(length / SPINE_SPACING_M);
  else if (length >= HALL_MIN_SIZE_M && width >= HALL_MIN_SIZE_M) {
    columns = Math.round(length / HALL_SPACING_M);
    rows = Math.round(width / HALL_SPACING_M);
  }
  if (columns * rows <= 1) return { points: [pole], links: [], primary: 0 };

  const points: PlanPoint[] = [];
  const slot = new Map<number, number>();
  const step = Math.min(length / columns, width / rows);
  for (let i = 0; i < columns; i++) {
    for (let j = 0; j < rows; j++) {
      const s = uRange[0] + ((i + 0.5) * length) / columns;
      const t = vRange[0] + ((j + 0.5) * width) / rows;
      const p = nearestStandable(space, at(s, t), step / 2);
      if (!p) continue;
      slot.set(i * rows + j, points.length);
      points.push(p);
    }
  }
  if (points.length === 0) return { points: [pole], links: [], primary: 0 };
  const links: [number, number][] = [];
  for (let i = 0; i < columns; i++) {
    for (let j = 0; j < rows; j++) {
      const here = slot.get(i * rows + j);
      if (here === undefined) continue;
      const right = i + 1 < columns ? slot.get((i + 1) * rows + j) : undefined;
      const below = j + 1 < rows ? slot.get(i * rows + j + 1) : undefined;
      if (right !== undefined) links.push([here, right]);
      if (below !== undefined) links.push([here, below]);
    }
  }
  let primary = 0;
  points.forEach((p, i) => {
    if (Math.hypot(p[0] - pole[0], p[1] - pole[1]) < Math.hypot(points[primary]![0] - pole[0], points[primary]![1] - pole[1])) primary = i;
  });
  return { points, links, primary };
}

/** The pole of the free floor (away from cases too), or of the bare outline when the cases leave no clear spot. */
function polePoint(space: RoomSpace): PlanPoint {
  const outline = space.room.outline;
  if (space.obstacles.length > 0) {
    const clear = poleOfInaccessibility(outline, { holes: space.obstacles });
    if (clear.distance >= WALL_CLEARANCE_M) return clear.point;
  }
  return poleOfInaccessibility(outline).point;
}
