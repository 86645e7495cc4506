import type { PlanPoint } from '../../geometry/types.ts';
import type { WalkGraph } from './walk-graph.ts';

/**
 * Nearest-node queries on the walking graph, per floor, through a uniform grid of
 * buckets: finding where to stand for each of thousands of exhibits in a graph of
 * hundreds of thousands of nodes must not compare every pair.
 */

/** Bucket side, metres: a few nodes per bucket in typical graphs (nodes 1–3 m apart). */
const CELL = 4;

interface FloorGrid {
  readonly cells: Map<number, number[]>;
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

// Cell coordinates packed into one number; ±2^20 cells of 4 m is far more than any building.
const key = (cx: number, cz: number): number => (cx + 1_048_576) * 2_097_152 + (cz + 1_048_576);

/** Nodes of the walking graph bucketed by floor and position. */
export class NodeGrid {
  private readonly floors = new Map<string, FloorGrid>();

  constructor(private readonly graph: WalkGraph) {
    graph.nodes.forEach((n, i) => {
      let grid = this.floors.get(n.floor);
      if (!grid) this.floors.set(n.floor, (grid = { cells: new Map(), minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity }));
      const cx = Math.floor(n.position[0] / CELL);
      const cz = Math.floor(n.position[2] / CELL);
      const k = key(cx, cz);
      const bucket = grid.cells.get(k);
      if (bucket) bucket.push(i);
      else grid.cells.set(k, [i]);
      grid.minX = Math.min(grid.minX, cx);
      grid.maxX = Math.max(grid.maxX, cx);
      grid.minZ = Math.min(grid.minZ, cz);
      grid.maxZ = Math.max(grid.maxZ, cz);
    });
  }

  /** The node of `floor` nearest to `p` (plan distance) among those `accept` allows, or undefined. */
  nearest(floor: string, p: PlanPoint, accept: (node: number) => boolean = () => true): number | undefined {
    const grid = this.floors.get(floor);
    if (!grid || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
    // Clamp the start cell into the grid so a point far outside still finds the nearest node in few rings.
    const cx = Math.min(grid.maxX, Math.max(grid.minX, Math.floor(p[0] / CELL)));
    const cz = Math.min(grid.maxZ, Math.max(grid.minZ, Math.floor(p[1] / CELL)));
    const maxRing = Math.max(cx - grid.minX, grid.maxX - cx, cz - grid.minZ, grid.maxZ - cz);
    let best: number | undefined;
    let bestD2 = Infinity;
    const visit = (x: number, z: number): void => {
      for (const i of grid.cells.get(key(x, z)) ?? []) {
        const n = this.graph.nodes[i]!;
        const dx = n.position[0] - p[0];
        const dz = n.position[2] - p[1];
        const d2 = dx * dx + dz * dz;
        if (d2 < bestD2 && accept(i)) {
          bestD2 = d2;
          best = i;
        }
      }
    };
    for (let r = 0; r <= maxRing; r++) {
      for (let x = cx - r; x <= cx + r; x++) {
        visit(x, cz - r);
        if (r > 0) visit(x, cz + r);
      }
      for (let z = cz - r + 1; z <= cz + r - 1; z++) {
        visit(cx - r, z);
        visit(cx + r, z);
      }
      // Every node beyond ring r is at least r cells from the start cell's border.
      const reach = r * CELL;
      if (best !== undefined && bestD2 <= reach * reach) break;
    }
    return best;
  }
}
