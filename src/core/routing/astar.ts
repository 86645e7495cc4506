import { NodeHeap } from './priority-queue.ts';
import { ARC_ACCESSIBLE, ARC_AGAINST_ONE_WAY, type RoutingGraph } from './graph.ts';
import { createHeuristic } from './heuristic.ts';

/**
 * Shortest paths on a routing graph: A* towards one goal node, or towards the
 * nearest of several (a room's nodes, every toilet), with the step-free and
 * one-way rules applied arc by arc. The heuristic (heuristic.ts) is admissible
 * and consistent, so the first goal taken off the queue is reached by a shortest
 * path and no node is expanded twice.
 *
 * Per-node working arrays are allocated once per graph and reused, told apart
 * between searches by a generation stamp, so a search costs only the nodes it
 * touches — not a fresh 50 000-entry array each time.
 */

export interface SearchOptions {
  /** Only arcs usable without steps (no stairs or escalators). */
  readonly stepFree?: boolean;
  /** Also walk one-way edges against their direction (to diagnose a failed route). */
  readonly ignoreOneWay?: boolean;
}

export interface PathFound {
  /** Node indices from the start to the goal reached. */
  readonly nodes: readonly number[];
  /** `arcs[i]` leads from `nodes[i]` to `nodes[i + 1]`. */
  readonly arcs: readonly number[];
  /** Sum of the arcs' costs, metres. */
  readonly cost: number;
  /** Nodes taken off the queue, a measure of the work done. */
  readonly expanded: number;
}

interface Scratch {
  generation: number;
  readonly g: Float64Array;
  readonly h: Float64Array;
  readonly parentArc: Int32Array;
  readonly parentNode: Int32Array;
  readonly seen: Uint32Array;
  readonly closed: Uint32Array;
  readonly goal: Uint32Array;
  readonly heap: NodeHeap;
}

const scratchByGraph = new WeakMap<RoutingGraph, Scratch>();

function scratchOf(graph: RoutingGraph): Scratch {
  let s = scratchByGraph.get(graph);
  const n = graph.nodeCount;
  if (!s) {
    s = {
      generation: 0,
      g: new Float64Array(n),
      h: new Float64Array(n),
      parentArc: new Int32Array(n),
      parentNode: new Int32Array(n),
      seen: new Uint32Array(n),
      closed: new Uint32Array(n),
      goal: new Uint32Array(n),
      heap: new NodeHeap(1024),
    };
    scratchByGraph.set(graph, s);
  }
  if (s.generation >= 0xfffffffe) {
    // After four billion searches the stamps wrap: start again from clean arrays.
    s.seen.fill(0);
    s.closed.fill(0);
    s.goal.fill(0);
    s.generation = 0;
  }
  s.generation++;
  s.heap.clear();
  return s;
}

const isNode = (graph: RoutingGraph, i: number) => Number.isInteger(i) && i >= 0 && i < graph.nodeCount;

/**
 * The cheapest path from `start` to whichever node of `goals` it reaches first;
 * null when none can be reached under the options. With up to 32 goals this is
 * A* on the nearest goal's bound; with more, Dijkstra.
 */
export function findPath(graph: RoutingGraph, start: number, goals: readonly number[], options: SearchOptions = {}): PathFound | null {
  const targets = goals.filter((goal) => isNode(graph, goal));
  if (!isNode(graph, start) || targets.length === 0) return null;
  const s = scratchOf(graph);
  const gen = s.generation;
  const { g, h, parentArc, parentNode, seen, closed, goal, heap } = s;
  for (const t of targets) goal[t] = gen;

  const { firstArc, arcTarget, arcCost, arcFlags } = graph;
  const required = options.stepFree ? ARC_ACCESSIBLE : 0;
  const forbidden = options.ignoreOneWay ? 0 : ARC_AGAINST_ONE_WAY;
  const bound = createHeuristic(graph, targets, options);

  const h0 = bound(start);
  if (h0 === Infinity) return null;
  g[start] = 0;
  h[start] = h0;
  seen[start] = gen;
  parentArc[start] = -1;
  parentNode[start] = -1;
  heap.push(start, h0, 0);

  let expanded = 0;
  while (heap.size > 0) {
    const u = heap.pop();
    if (closed[u] === gen) continue; // a stale entry: u was reached more cheaply before
    closed[u] = gen;
    expanded++;
    if (goal[u] === gen) return reconstruct(s, u, expanded);
    const gu = g[u]!;
    const end = firstArc[u + 1]!;
    for (let k = firstArc[u]!; k < end; k++) {
      const flags = arcFlags[k]!;
      if ((flags & forbidden) !== 0 || (flags & required) !== required) continue;
      const v = arcTarget[k]!;
      if (closed[v] === gen) continue;
      const gv = gu + arcCost[k]!;
      let hv: number;
      if (seen[v] === gen) {
        if (gv >= g[v]!) continue;
        hv = h[v]!;
      } else {
        hv = bound(v);
        seen[v] = gen;
        h[v] = hv;
        g[v] = Infinity;
        // The heuristic knows no way from here to a goal: never worth queueing.
        if (hv === Infinity) {
          closed[v] = gen;
          continue;
        }
      }
      g[v] = gv;
      parentArc[v] = k;
      parentNode[v] = u;
      heap.push(v, gv + hv, gv);
    }
  }
  return null;
}

function reconstruct(s: Scratch, end: number, expanded: number): PathFound {
  const nodes: number[] = [];
  const arcs: number[] = [];
  for (let v = end; v !== -1; v = s.parentNode[v]!) {
    nodes.push(v);
    if (s.parentArc[v]! >= 0) arcs.push(s.parentArc[v]!);
  }
  nodes.reverse();
  arcs.reverse();
  return { nodes, arcs, cost: s.g[end]!, expanded };
}
