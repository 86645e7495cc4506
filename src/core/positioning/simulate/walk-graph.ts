import type { EdgeKind, NavNode, Venue } from '../../venue/schema.ts';

/**
 * The venue's walking graph as the simulator needs it: neighbours with their
 * lengths, and shortest paths. (The routing module plans routes for visitors; the
 * simulator only needs plausible legs and must not depend on routing's choices.)
 */

/** One way out of a node. */
export interface GraphLink {
  readonly to: number;
  readonly length: number;
  readonly kind: EdgeKind;
}

/** Nodes by index, with their outgoing links. */
export interface WalkGraph {
  readonly nodes: readonly NavNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly links: readonly (readonly GraphLink[])[];
}

/** Shortest distances from one node, and the way back from every node reached. */
export interface ShortestPaths {
  readonly from: number;
  /** Length of the shortest path to each node; Infinity when unreachable. */
  readonly distance: Float64Array;
  /** The node before each node on its shortest path (−1 for the start and unreached nodes). */
  readonly previous: Int32Array;
}

const distance3 = (a: NavNode, b: NavNode): number =>
  Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);

/** Builds the graph; edges naming unknown nodes are skipped (the validator reports them). */
export function buildWalkGraph(venue: Venue): WalkGraph {
  const nodes = venue.navGraph?.nodes ?? [];
  const indexOf = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!indexOf.has(n.id)) indexOf.set(n.id, i);
  });
  const links: GraphLink[][] = nodes.map(() => []);
  for (const e of venue.navGraph?.edges ?? []) {
    const a = indexOf.get(e.from);
    const b = indexOf.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const length = e.length !== undefined && Number.isFinite(e.length) && e.length > 0 ? e.length : distance3(nodes[a]!, nodes[b]!);
    links[a]!.push({ to: b, length, kind: e.kind });
    if (!e.oneWay) links[b]!.push({ to: a, length, kind: e.kind });
  }
  return { nodes, indexOf, links };
}

/** Dijkstra from `from` with a binary heap: fast enough for the largest graphs the format allows. */
export function shortestPaths(graph: WalkGraph, from: number): ShortestPaths {
  const n = graph.nodes.length;
  const distance = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  // Entries keep the distance they were pushed with: a node reached again more
  // cheaply is pushed again, and its stale entry skipped when popped.
  const heapKey: number[] = [];
  const heapNode: number[] = [];
  const push = (node: number, key: number): void => {
    let i = heapKey.length;
    heapKey.push(key);
    heapNode.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent]! <= key) break;
      heapKey[i] = heapKey[parent]!;
      heapNode[i] = heapNode[parent]!;
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };
  const pop = (): number => {
    const top = heapNode[0]!;
    const lastKey = heapKey.pop()!;
    const lastNode = heapNode.pop()!;
    const size = heapKey.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const c = r < size && heapKey[r]! < heapKey[l]! ? r : l;
        if (heapKey[c]! >= lastKey) break;
        heapKey[i] = heapKey[c]!;
        heapNode[i] = heapNode[c]!;
        i = c;
      }
      heapKey[i] = lastKey;
      heapNode[i] = lastNode;
    }
    return top;
  };
  if (from < 0 || from >= n) return { from, distance, previous };
  distance[from] = 0;
  push(from, 0);
  const done = new Uint8Array(n);
  while (heapKey.length > 0) {
    const node = pop();
    if (done[node]) continue;
    done[node] = 1;
    for (const link of graph.links[node]!) {
      const d = distance[node]! + link.length;
      if (d < distance[link.to]!) {
        distance[link.to] = d;
        previous[link.to] = node;
        push(link.to, d);
      }
    }
  }
  return { from, distance, previous };
}

/** The node indices of the shortest path to `to` (start included), or null when unreachable. */
export function pathTo(paths: ShortestPaths, to: number): number[] | null {
  if (to < 0 || to >= paths.distance.length || !Number.isFinite(paths.distance[to]!)) return null;
  const path = [to];
  for (let node = paths.previous[to]!; node !== -1; node = paths.previous[node]!) path.push(node);
  path.reverse();
  return path;
}

/** The link from `a` to `b` (the shortest, when several join them). */
export function linkBetween(graph: WalkGraph, a: number, b: number): GraphLink | undefined {
  let best: GraphLink | undefined;
  for (const link of graph.links[a] ?? []) if (link.to === b && (!best || link.length < best.length)) best = link;
  return best;
}
