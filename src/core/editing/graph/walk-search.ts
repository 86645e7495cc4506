import type { PlanPoint } from '../../geometry/types.ts';
import { planDistance } from '../../geometry/types.ts';
import { NodeHeap } from '../../routing/priority-queue.ts';
import type { RoomSpace } from './room-space.ts';

/**
 * A way inside one room from a point to the nearest of some targets, for when a
 * straight line would leave the room (round the corner of an L-shaped gallery)
 * or cross a display case. Dijkstra over the room's search grid, then the path
 * is pulled tight so that only the corners it really needs remain: those become
 * extra path points of the generated graph.
 */

export interface WalkFound {
  /** Corner points between the start and the target (none for a straight walk). */
  waypoints: PlanPoint[];
  /** Index of the target reached. */
  target: number;
}

/**
 * The shortest way from `from` to one of `targets` inside the room, keeping
 * `clearance` from obstacles (`null`: ignoring them); null when there is none.
 */
export function findWalk(space: RoomSpace, from: PlanPoint, targets: readonly PlanPoint[], clearance: number | null): WalkFound | null {
  if (targets.length === 0) return null;
  const direct = nearestVisible(space, from, targets, clearance);
  if (direct >= 0) return { waypoints: [], target: direct };

  const grid = space.grid(clearance ?? 0);
  const k = grid.points.length;
  if (k === 0) return null;
  // Node 0 is the start; node i > 0 is grid point i - 1.
  const point = (u: number): PlanPoint => (u === 0 ? from : grid.points[u - 1]!);
  const dist = new Float64Array(k + 1).fill(Infinity);
  const prev = new Int32Array(k + 1).fill(-1);
  const closed = new Uint8Array(k + 1);
  const heap = new NodeHeap(64);
  dist[0] = 0;
  heap.push(0, 0, 0);
  let bestTotal = Infinity;
  let bestEnd = -1;
  let bestTarget = -1;

  const neighbours = (u: number): number[] => {
    const [ci, cj] = grid.cellOf(point(u));
    // The start is off the grid and may sit in a wall's clearance band: look a little further.
    const reach = u === 0 ? 3 : 1;
    const out: number[] = [];
    for (let di = -reach; di <= reach; di++) {
      for (let dj = -reach; dj <= reach; dj++) {
        const v = grid.at(ci + di, cj + dj);
        if (v !== undefined && v + 1 !== u) out.push(v + 1);
      }
    }
    return out;
  };

  while (heap.size > 0) {
    const u = heap.pop();
    if (closed[u]) continue;
    closed[u] = 1;
    if (dist[u]! >= bestTotal) break;
    const p = point(u);
    if (u !== 0) {
      targets.forEach((t, i) => {
        const total = dist[u]! + planDistance(p, t);
        if (total < bestTotal && space.canWalk(p, t, clearance)) {
          bestTotal = total;
          bestEnd = u;
          bestTarget = i;
        }
      });
    }
    for (const v of neighbours(u)) {
      if (closed[v]) continue;
      const q = point(v);
      const d = dist[u]! + planDistance(p, q);
      if (d < dist[v]! && space.canWalk(p, q, clearance)) {
        dist[v] = d;
        prev[v] = u;
        heap.push(v, d, 0);
      }
    }
  }
  if (bestEnd < 0) return null;

  const path: PlanPoint[] = [targets[bestTarget]!];
  for (let u = bestEnd; u !== -1; u = prev[u]!) path.push(point(u));
  path.reverse();
  const tight = pullTight(space, path, clearance);
  return { waypoints: tight.slice(1, -1), target: bestTarget };
}

/** The nearest target reachable in a straight line, or -1. */
function nearestVisible(space: RoomSpace, from: PlanPoint, targets: readonly PlanPoint[], clearance: number | null): number {
  let best = -1;
  let bestDistance = Infinity;
  targets.forEach((t, i) => {
    const d = planDistance(from, t);
    if (d < bestDistance && space.canWalk(from, t, clearance)) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** Drops every point the walk can go straight past ("string pulling"), keeping the ends. */
function pullTight(space: RoomSpace, path: readonly PlanPoint[], clearance: number | null): PlanPoint[] {
  const out: PlanPoint[] = [path[0]!];
  let i = 0;
  while (i < path.length - 1) {
    let j = path.length - 1;
    while (j > i + 1 && !space.canWalk(path[i]!, path[j]!, clearance)) j--;
    out.push(path[j]!);
    i = j;
  }
  return out;
}
