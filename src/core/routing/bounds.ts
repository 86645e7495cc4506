/**
 * Lower bounds on the cost of the rest of a route, for the A* heuristic
 * (heuristic.ts): the planar scale `s` is used by every heuristic; the floor-change
 * table is the simple cross-floor bound, used when a venue has too many stairs
 * and lifts for the sharper portal bound to pay off.
 *
 * The simple heuristic from node n to goal t is
 *
 *     h(n) = s · planar(n, t) + F[floor(n)][floor(t)]
 *
 * with `s` the planar scale and `F` the floor-change bounds below. Why this never
 * overestimates (admissible), whatever lengths a venue gives its edges — an
 * elevator's "time-equivalent length" may be long or short, and a curator may
 * even give a walk edge a length shorter than its straight distance:
 *
 * - `s` is the smallest ratio cost / planar length over all edges (at most 1), so
 *   every edge e has cost(e) = s · planar(e) + r(e) with a residual r(e) ≥ 0.
 * - `F[a][b]` is the cheapest way from floor a to floor b on a graph of floors
 *   whose links are the floor-changing edges, weighted by their residuals r(e).
 * - Any path P from n to t: cost(P) = s · Σ planar(e) + Σ r(e)
 *   ≥ s · planar(n, t) (triangle inequality) + Σ over the floor-changing edges of
 *   P of r(e) ≥ s · planar(n, t) + F[floor(n)][floor(t)], because those edges
 *   lead from n's floor to t's floor, and F is the cheapest such sequence.
 *
 * It is also consistent (h(u) ≤ cost(u→v) + h(v) for every arc), because F obeys
 * the triangle inequality on floors, so A* never has to reopen a closed node.
 * When floors cannot be joined at all, F is Infinity: no path exists, and the
 * search can drop such nodes at once.
 *
 * In the demo museum every edge's cost is at least its planar length (s = 1) and
 * F(eg → og) = 13.6 − 2.5 = 11.1 m: the stairs' length minus the 2.5 m they
 * advance on the plan. Step-free routes get their own table built from
 * accessible edges only (there: the elevator, 15 m), which is tighter.
 */

export interface FloorChangeBounds {
  readonly floors: number;
  /** `all[a * floors + b]`: lower bound over all edges (valid for every search). */
  readonly all: Float64Array;
  /** The same over accessible edges only (valid for step-free searches). */
  readonly stepFree: Float64Array;
}

/** One edge's cost and its length on the plan. */
export interface EdgeLength {
  readonly cost: number;
  readonly planar: number;
}

/** One floor-changing edge, both directions (one-way edges too: diagnosis may ignore the direction). */
export interface FloorLink extends EdgeLength {
  readonly fromFloor: number;
  readonly toFloor: number;
  readonly accessible: boolean;
}

/** The largest s ≤ 1 with cost ≥ s · planar for every edge. */
export function planarScaleOf(edges: Iterable<EdgeLength>): number {
  let s = 1;
  for (const e of edges) {
    if (e.planar > 1e-9 && e.cost / e.planar < s) s = e.cost / e.planar;
  }
  return Math.max(0, s);
}

/** Floyd–Warshall over floors (at most a few hundred), on residual costs. */
function cheapestFloorChanges(floors: number, planarScale: number, links: readonly FloorLink[], accessibleOnly: boolean): Float64Array {
  const table = new Float64Array(floors * floors).fill(Infinity);
  for (let f = 0; f < floors; f++) table[f * floors + f] = 0;
  for (const link of links) {
    if (accessibleOnly && !link.accessible) continue;
    const { fromFloor: a, toFloor: b } = link;
    if (a < 0 || b < 0 || a >= floors || b >= floors) continue;
    const residual = Math.max(0, link.cost - planarScale * link.planar);
    if (residual < table[a * floors + b]!) table[a * floors + b] = residual;
    if (residual < table[b * floors + a]!) table[b * floors + a] = residual;
  }
  for (let k = 0; k < floors; k++) {
    for (let i = 0; i < floors; i++) {
      const ik = table[i * floors + k]!;
      if (ik === Infinity) continue;
      for (let j = 0; j < floors; j++) {
        const via = ik + table[k * floors + j]!;
        if (via < table[i * floors + j]!) table[i * floors + j] = via;
      }
    }
  }
  return table;
}

/** The floor-change bounds of a graph, for any route and for step-free ones. */
export function floorChangeBounds(floors: number, planarScale: number, links: readonly FloorLink[]): FloorChangeBounds {
  return {
    floors,
    all: cheapestFloorChanges(floors, planarScale, links, false),
    stepFree: cheapestFloorChanges(floors, planarScale, links, true),
  };
}
