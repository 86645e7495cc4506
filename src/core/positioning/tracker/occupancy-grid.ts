import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { walkableArea } from '../../geometry/walkable.ts';
import { planBounds } from '../../geometry/polygon.ts';
import type { Random } from '../random.ts';

/**
 * Where a visitor can be on one floor, as a raster: the tracker moves hundreds of
 * particles several times a second, and asking the polygon-based walkable area
 * each time would be far too slow. Cells are free where a person can stand (inside
 * a room, clear of obstacles, not in a wall except at a door), so a particle that
 * moves only through free cells never crosses a wall or a display case.
 */
export interface OccupancyGrid {
  readonly floor: string;
  /** Cell size, metres. */
  readonly cell: number;
  /** True when a person can stand at `p`. */
  isFree(x: number, z: number): boolean;
  /** True when the straight move from a to b passes only free cells. */
  moveIsFree(ax: number, az: number, bx: number, bz: number): boolean;
  /** A uniformly random free point within `radius` of (x, z), or null after a few misses. */
  randomFreeNear(x: number, z: number, radius: number, random: Random): PlanPoint | null;
  /** The free cell centre nearest to `p` (searching outwards), or null when the floor has none within `maxRadius`. */
  nearestFree(p: PlanPoint, maxRadius?: number): PlanPoint | null;
  /** Number of free cells (a floor with none cannot hold the visitor). */
  readonly freeCells: number;
}

/** Grid resolution, metres: fine enough for aisles between shelves, coarse enough to build in milliseconds. */
export const GRID_CELL = 0.15;
/** A particle is a person, but a narrow one: aisles of library shelves must stay open. */
const BODY_RADIUS = 0.15;

/** Rasterises the walkable area of `floorId`. */
export function occupancyGrid(venue: Venue, floorId: string, cell = GRID_CELL): OccupancyGrid {
  const area = walkableArea(venue, floorId, { bodyRadius: BODY_RADIUS, step: cell / 2 });
  const outlines = venue.rooms.filter((r) => r.floor === floorId).flatMap((r) => r.outline);
  const bounds = outlines.length > 0 ? planBounds(outlines) : { min: [0, 0] as const, max: [0, 0] as const };
  const x0 = bounds.min[0];
  const z0 = bounds.min[1];
  const cols = Math.max(1, Math.ceil((bounds.max[0] - x0) / cell));
  const rows = Math.max(1, Math.ceil((bounds.max[1] - z0) / cell));
  const free = new Uint8Array(cols * rows);
  let freeCells = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (area.canStand([x0 + (c + 0.5) * cell, z0 + (r + 0.5) * cell])) {
        free[r * cols + c] = 1;
        freeCells++;
      }
    }
  }

  const isFree = (x: number, z: number): boolean => {
    const c = Math.floor((x - x0) / cell);
    const r = Math.floor((z - z0) / cell);
    return c >= 0 && r >= 0 && c < cols && r < rows && free[r * cols + c] === 1;
  };

  const moveIsFree = (ax: number, az: number, bx: number, bz: number): boolean => {
    const length = Math.hypot(bx - ax, bz - az);
    // Half-cell steps cannot jump over a wall, which is at least two cells thick.
    const steps = Math.max(1, Math.ceil(length / (cell * 0.5)));
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      if (!isFree(ax + (bx - ax) * t, az + (bz - az) * t)) return false;
    }
    return true;
  };

  const randomFreeNear = (x: number, z: number, radius: number, random: Random): PlanPoint | null => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const angle = random.next() * 2 * Math.PI;
      const distance = radius * Math.sqrt(random.next());
      const px = x + Math.cos(angle) * distance;
      const pz = z + Math.sin(angle) * distance;
      if (isFree(px, pz)) return [px, pz];
    }
    return null;
  };

  const nearestFree = (p: PlanPoint, maxRadius = 50): PlanPoint | null => {
    if (isFree(p[0], p[1])) return p;
    const c0 = Math.floor((p[0] - x0) / cell);
    const r0 = Math.floor((p[1] - z0) / cell);
    const maxRing = Math.ceil(maxRadius / cell);
    let best: PlanPoint | null = null;
    let bestDistance = Infinity;
    for (let ring = 1; ring <= maxRing; ring++) {
      // Cells of one ring lie between ring·cell and ring·cell·√2 away: once a hit
      // is closer than the next ring can be, the search is done.
      if (best && bestDistance <= ring * cell) break;
      for (let r = r0 - ring; r <= r0 + ring; r++) {
        for (let c = c0 - ring; c <= c0 + ring; c++) {
          if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) !== ring) continue;
          if (c < 0 || r < 0 || c >= cols || r >= rows || free[r * cols + c] !== 1) continue;
          const q: PlanPoint = [x0 + (c + 0.5) * cell, z0 + (r + 0.5) * cell];
          const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
          if (d < bestDistance) {
            best = q;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  };

  return { floor: floorId, cell, isFree, moveIsFree, randomFreeNear, nearestFree, freeCells };
}
