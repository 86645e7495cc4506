import { ARC_ACCESSIBLE, ARC_AGAINST_ONE_WAY, type RoutingGraph } from './graph.ts';
import type { SearchOptions } from './astar.ts';

/**
 * The A* heuristic: a lower bound on the cost from a node to the nearest goal,
 * admissible (never too high, so routes are shortest) and consistent (never
 * drops by more than an arc's cost, so no node is expanded twice).
 *
 * Across floors, "planar distance plus the cheapest floor change" (bounds.ts)
 * is admissible but blind: it does not know where the stairs are, so a search
 * for a room upstairs floods the start floor before it finds the stairwell. This
 * heuristic knows. Its "portals" are the ends of the floor-changing arcs the
 * search may use; a small Dijkstra over portals and goals, in which two places
 * on one floor are s · (planar distance) apart (s from bounds.ts: every edge costs
 * at least that) and a floor-changing arc costs what it costs, gives each portal
 * p a lower bound D(p) on the rest of the way. Then
 *
 *     h(n) = min over anchors a on n's floor of  s · planar(n, a) + value(a)
 *
 * where the anchors are the goals on that floor (value 0) and its portals (value
 * D(p)). Why it is consistent: each term grows by at most s · planar(u, v) ≤
 * cost(u → v) along a same-floor arc; for a floor-changing arc u → v, h(u) ≤ D(u)
 * ≤ cost(u → v) + D(v) ≤ cost(u → v) + h(v), because every anchor term at v is
 * at least D(v) (the relaxed graph has those very links). With h(goal) = 0 that
 * makes it admissible too. When a floor has no anchor, nothing on it can reach a
 * goal, and h is Infinity.
 *
 * For venues with very many floor-changing arcs the portal Dijkstra and the
 * per-node minimum would cost more than they save, and the floor-table bound is
 * used instead; beyond a few dozen goals the heuristic is dropped (Dijkstra).
 */

export type Heuristic = (node: number) => number;

/** More portals than this: the floor-table bound instead. */
const MAX_PORTALS = 512;
/** More anchors on one floor than this (after pruning): the floor-table bound instead. */
const MAX_ANCHORS_PER_FLOOR = 48;
/** More goals than this: no heuristic (plain Dijkstra). */
export const MAX_HEURISTIC_GOALS = 32;

/** The heuristic towards the nearest of `goals`, for a search with `options`. */
export function createHeuristic(graph: RoutingGraph, goals: readonly number[], options: SearchOptions = {}): Heuristic {
  if (goals.length > MAX_HEURISTIC_GOALS) return () => 0;
  return portalHeuristic(graph, goals, options) ?? floorTableHeuristic(graph, goals, options);
}

/** Planar distance plus the cheapest floor change (bounds.ts), minimised over the goals. */
export function floorTableHeuristic(graph: RoutingGraph, goals: readonly number[], options: SearchOptions = {}): Heuristic {
  const { x, z, floorOf, planarScale: s } = graph;
  const floors = graph.floorChange.floors;
  const table = options.stepFree ? graph.floorChange.stepFree : graph.floorChange.all;
  const gx = Float64Array.from(goals, (g) => x[g]!);
  const gz = Float64Array.from(goals, (g) => z[g]!);
  const gf = Int32Array.from(goals, (g) => floorOf[g]!);
  return (n) => {
    let best = Infinity;
    const row = floorOf[n]! * floors;
    for (let i = 0; i < gx.length; i++) {
      const dx = x[n]! - gx[i]!;
      const dz = z[n]! - gz[i]!;
      const d = s * Math.sqrt(dx * dx + dz * dz) + table[row + gf[i]!]!;
      if (d < best) best = d;
    }
    return best;
  };
}

function portalHeuristic(graph: RoutingGraph, goals: readonly number[], options: SearchOptions): Heuristic | null {
  const { x, z, floorOf, planarScale: s, arcFlags, arcTarget, arcCost } = graph;
  const required = options.stepFree ? ARC_ACCESSIBLE : 0;
  const forbidden = options.ignoreOneWay ? 0 : ARC_AGAINST_ONE_WAY;

  // Portals: the ends of the floor-changing arcs this search may use.
  const portalIndex = new Map<number, number>();
  const portalNodes: number[] = [];
  const portal = (node: number) => {
    let i = portalIndex.get(node);
    if (i === undefined) {
      portalIndex.set(node, (i = portalNodes.length));
      portalNodes.push(node);
    }
    return i;
  };
  const incoming: { from: number; cost: number }[][] = [];
  for (let i = 0; i < graph.floorChangeArcs.length; i++) {
    const k = graph.floorChangeArcs[i]!;
    const flags = arcFlags[k]!;
    if ((flags & forbidden) !== 0 || (flags & required) !== required) continue;
    const p = portal(graph.floorChangeSources[i]!);
    const q = portal(arcTarget[k]!);
    if (portalNodes.length > MAX_PORTALS) return null;
    (incoming[q] ??= []).push({ from: p, cost: arcCost[k]! });
  }
  const count = portalNodes.length;
  const dist = (a: number, b: number) => s * Math.hypot(x[a]! - x[b]!, z[a]! - z[b]!);

  // D(p): backwards from the goals over the relaxed graph (O(P²): P is small).
  const value = new Float64Array(count).fill(Infinity);
  for (let p = 0; p < count; p++) {
    for (const g of goals) if (floorOf[g] === floorOf[portalNodes[p]!]) value[p] = Math.min(value[p]!, dist(portalNodes[p]!, g));
  }
  const done = new Uint8Array(count);
  for (;;) {
    let q = -1;
    for (let p = 0; p < count; p++) if (!done[p] && value[p]! < Infinity && (q < 0 || value[p]! < value[q]!)) q = p;
    if (q < 0) break;
    done[q] = 1;
    const qNode = portalNodes[q]!;
    for (let p = 0; p < count; p++) {
      if (done[p] || floorOf[portalNodes[p]!] !== floorOf[qNode]) continue;
      const via = dist(portalNodes[p]!, qNode) + value[q]!;
      if (via < value[p]!) value[p] = via;
    }
    for (const link of incoming[q] ?? []) {
      const via = link.cost + value[q]!;
      if (!done[link.from] && via < value[link.from]!) value[link.from] = via;
    }
  }

  // Anchors per floor: goals (0) and portals (D), without those another anchor always beats.
  const floors = graph.floorIds.length;
  const byFloor: { node: number; v: number }[][] = Array.from({ length: floors }, () => []);
  for (const g of goals) byFloor[floorOf[g]!]!.push({ node: g, v: 0 });
  for (let p = 0; p < count; p++) if (value[p]! < Infinity) byFloor[floorOf[portalNodes[p]!]!]!.push({ node: portalNodes[p]!, v: value[p]! });
  const start = new Int32Array(floors + 1);
  const ax: number[] = [];
  const az: number[] = [];
  const av: number[] = [];
  for (let f = 0; f < floors; f++) {
    const list = byFloor[f]!;
    const kept = list.filter((a, i) => !list.some((b, j) => j !== i && b.v + dist(a.node, b.node) <= a.v && (b.v + dist(a.node, b.node) < a.v || j < i)));
    if (kept.length > MAX_ANCHORS_PER_FLOOR) return null;
    for (const a of kept) {
      ax.push(x[a.node]!);
      az.push(z[a.node]!);
      av.push(a.v);
    }
    start[f + 1] = ax.length;
  }
  const anchorX = Float64Array.from(ax);
  const anchorZ = Float64Array.from(az);
  const anchorValue = Float64Array.from(av);

  return (n) => {
    const f = floorOf[n]!;
    const px = x[n]!;
    const pz = z[n]!;
    let best = Infinity;
    for (let i = start[f]!, end = start[f + 1]!; i < end; i++) {
      // Math.sqrt, not Math.hypot: this runs for every node a search touches, and hypot is several times slower.
      const dx = px - anchorX[i]!;
      const dz = pz - anchorZ[i]!;
      const d = s * Math.sqrt(dx * dx + dz * dz) + anchorValue[i]!;
      if (d < best) best = d;
    }
    return best;
  };
}
