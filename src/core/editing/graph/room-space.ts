import type { Room } from '../../venue/schema.ts';
import type { PlanPoint, PlanPolygon } from '../../geometry/types.ts';
import { containsPoint, distanceToBoundary, planBounds, signedArea } from '../../geometry/polygon.ts';
import { segmentInsidePolygon, segmentToPolygonDistance } from '../../geometry/segment.ts';

/**
 * The free floor of one room, as the walking-graph generator sees it: where a
 * path point may stand and which straight walks stay inside the room and clear
 * of its display cases. Built once per room and generation.
 */

/** How far a path point keeps from the walls (about half a person's width and a bit). */
export const WALL_CLEARANCE_M = 0.3;
/** How far a path keeps from obstacles (display cases, counters) when it can. */
export const OBSTACLE_CLEARANCE_M = 0.25;
/** Most candidate points a room's search grid holds: bounds the work on a huge hall. */
const MAX_GRID_POINTS = 900;

interface Box { minX: number; minZ: number; maxX: number; maxZ: number }

const boxOf = (poly: PlanPolygon): Box => {
  const { min, max } = planBounds(poly);
  return { minX: min[0], minZ: min[1], maxX: max[0], maxZ: max[1] };
};
const boxesMeet = (a: Box, b: Box, pad: number): boolean =>
  a.minX - pad <= b.maxX && b.minX - pad <= a.maxX && a.minZ - pad <= b.maxZ && b.minZ - pad <= a.maxZ;

/** Candidate points on a square grid over the room, for finding a way round obstacles and corners. */
export interface SearchGrid {
  readonly points: readonly PlanPoint[];
  readonly spacing: number;
  /** Index of the point in grid cell (i, j), or undefined where no one can stand. */
  at(i: number, j: number): number | undefined;
  /** The grid cell a plan point falls in. */
  cellOf(p: PlanPoint): readonly [i: number, j: number];
}

export interface RoomSpace {
  readonly room: Room;
  /** The obstacles of the room's floor that reach into its bounding box. */
  readonly obstacles: readonly PlanPolygon[];
  /** Floor area, m². */
  readonly area: number;
  /** True when a person can stand at `p`: inside, `wall` from the walls and `clearance` from every obstacle. */
  canStand(p: PlanPoint, wall?: number, clearance?: number): boolean;
  /**
   * True when walking straight from `a` to `b` stays inside the room and passes every
   * obstacle at `clearance` or more; `null` ignores obstacles (the last resort).
   */
  canWalk(a: PlanPoint, b: PlanPoint, clearance?: number | null): boolean;
  /** The search grid for a clearance (built on first use). */
  grid(clearance: number): SearchGrid;
}

/** The free floor of `room`, given the obstacle outlines of its floor. */
export function roomSpace(room: Room, floorObstacles: readonly PlanPolygon[]): RoomSpace {
  const outline = room.outline;
  const box = boxOf(outline);
  const obstacles = floorObstacles.filter((o) => o.length >= 3 && boxesMeet(box, boxOf(o), 0));
  const obstacleBoxes = obstacles.map(boxOf);
  const area = Math.abs(signedArea(outline));
  const grids = new Map<number, SearchGrid>();

  const clearOfObstacles = (p: PlanPoint, clearance: number): boolean =>
    obstacles.every((o, i) => !boxesMeet({ minX: p[0], minZ: p[1], maxX: p[0], maxZ: p[1] }, obstacleBoxes[i]!, clearance) || (!containsPoint(o, p) && distanceToBoundary(o, p) >= clearance));

  const canStand = (p: PlanPoint, wall = WALL_CLEARANCE_M, clearance = OBSTACLE_CLEARANCE_M): boolean =>
    containsPoint(outline, p) && distanceToBoundary(outline, p) >= wall && clearOfObstacles(p, clearance);

  const canWalk = (a: PlanPoint, b: PlanPoint, clearance: number | null = OBSTACLE_CLEARANCE_M): boolean => {
    if (!segmentInsidePolygon(a, b, outline)) return false;
    if (clearance === null) return true;
    const span: Box = { minX: Math.min(a[0], b[0]), minZ: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxZ: Math.max(a[1], b[1]) };
    return obstacles.every((o, i) => !boxesMeet(span, obstacleBoxes[i]!, clearance) || segmentToPolygonDistance(a, b, o) >= clearance);
  };

  const grid = (clearance: number): SearchGrid => {
    let found = grids.get(clearance);
    if (!found) grids.set(clearance, (found = buildGrid(box, area, (p) => canStand(p, WALL_CLEARANCE_M, clearance))));
    return found;
  };

  return { room, obstacles, area, canStand, canWalk, grid };
}

function buildGrid(box: Box, area: number, standable: (p: PlanPoint) => boolean): SearchGrid {
  const width = box.maxX - box.minX;
  const depth = box.maxZ - box.minZ;
  // Fine enough to pass between a case and a wall, coarse enough to stay cheap.
  let spacing = Math.max(0.5, Math.sqrt(area / 500));
  while ((width / spacing) * (depth / spacing) > MAX_GRID_POINTS * 2) spacing *= 1.25;
  const columns = Math.max(1, Math.ceil(width / spacing));
  const rows = Math.max(1, Math.ceil(depth / spacing));
  const points: PlanPoint[] = [];
  const index = new Map<number, number>();
  for (let i = 0; i < columns; i++) {
    for (let j = 0; j < rows; j++) {
      const p: PlanPoint = [box.minX + (i + 0.5) * spacing, box.minZ + (j + 0.5) * spacing];
      if (!standable(p)) continue;
      index.set(i * rows + j, points.length);
      points.push(p);
    }
  }
  return {
    points,
    spacing,
    at: (i, j) => (i < 0 || j < 0 || i >= columns || j >= rows ? undefined : index.get(i * rows + j)),
    cellOf: (p) => [Math.floor((p[0] - box.minX) / spacing), Math.floor((p[1] - box.minZ) / spacing)],
  };
}

/**
 * The standable point nearest to `p` within `radius`, searched on rings of
 * `step`; `p` itself when it is standable, null when nothing near is.
 */
export function nearestStandable(space: RoomSpace, p: PlanPoint, radius: number, step = 0.25): PlanPoint | null {
  if (space.canStand(p)) return p;
  for (let r = step; r <= radius + 1e-9; r += step) {
    const count = Math.max(8, Math.ceil((2 * Math.PI * r) / step));
    for (let k = 0; k < count; k++) {
      const a = (2 * Math.PI * k) / count;
      const q: PlanPoint = [p[0] + r * Math.cos(a), p[1] + r * Math.sin(a)];
      if (space.canStand(q)) return q;
    }
  }
  return null;
}
