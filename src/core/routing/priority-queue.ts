/**
 * A binary min-heap of graph node indices keyed by a number (the A* f-score),
 * kept in typed arrays so a search over tens of thousands of nodes allocates
 * nothing per push or pop.
 *
 * It has no decrease-key: when a shorter way to a node is found the node is
 * simply pushed again, and the search skips the stale entry when it pops it
 * (it is already closed by then). That is simpler than tracking heap positions
 * and, on walking graphs with few edges per node, as fast.
 *
 * Ties on the key are broken towards the entry with the larger `tie` value
 * (A* passes the cost so far, g): among equally promising nodes the one furthest
 * along its way is expanded first, which cuts the number of nodes an A* search
 * touches on grid-like graphs, where equal f-scores are common.
 */
export class NodeHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  private ties: Float64Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity | 0);
    this.nodes = new Int32Array(size);
    this.keys = new Float64Array(size);
    this.ties = new Float64Array(size);
  }

  /** Number of entries (stale ones included). */
  get size(): number {
    return this.count;
  }

  /** Empties the heap, keeping its storage for the next search. */
  clear(): void {
    this.count = 0;
  }

  /** Adds `node` with priority `key` (smaller first) and tie-breaker `tie` (larger first). */
  push(node: number, key: number, tie: number): void {
    if (this.count === this.nodes.length) this.grow();
    let i = this.count++;
    const nodes = this.nodes;
    const keys = this.keys;
    const ties = this.ties;
    // Sift up: move parents down until the new entry's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && ties[parent]! >= tie)) break;
      nodes[i] = nodes[parent]!;
      keys[i] = pk;
      ties[i] = ties[parent]!;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
    ties[i] = tie;
  }

  /** The key of the first entry; Infinity when empty. */
  peekKey(): number {
    return this.count > 0 ? this.keys[0]! : Infinity;
  }

  /** Removes and returns the node with the smallest key; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const nodes = this.nodes;
    const keys = this.keys;
    const ties = this.ties;
    const top = nodes[0]!;
    const last = --this.count;
    if (last === 0) return top;
    const node = nodes[last]!;
    const key = keys[last]!;
    const tie = ties[last]!;
    // Sift down the former last entry from the root.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last) {
        const ck = keys[child]!;
        const rk = keys[right]!;
        if (rk < ck || (rk === ck && ties[right]! > ties[child]!)) child = right;
      }
      const ck = keys[child]!;
      if (key < ck || (key === ck && tie >= ties[child]!)) break;
      nodes[i] = nodes[child]!;
      keys[i] = ck;
      ties[i] = ties[child]!;
      i = child;
    }
    nodes[i] = node;
    keys[i] = key;
    ties[i] = tie;
    return top;
  }

  private grow(): void {
    const size = this.nodes.length * 2;
    const nodes = new Int32Array(size);
    const keys = new Float64Array(size);
    const ties = new Float64Array(size);
    nodes.set(this.nodes);
    keys.set(this.keys);
    ties.set(this.ties);
    this.nodes = nodes;
    this.keys = keys;
    this.ties = ties;
  }
}
