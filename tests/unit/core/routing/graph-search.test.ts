import { describe, expect, it } from 'vitest';
import type { NavEdge, NavNode, Venue } from '../../../../src/core/venue/schema.ts';
import { ARC_ACCESSIBLE, ARC_AGAINST_ONE_WAY, buildRoutingGraph, routingGraphOf, type RoutingGraph } from '../../../../src/core/routing/graph.ts';
import { findPath } from '../../../../src/core/routing/astar.ts';
import { createHeuristic, floorTableHeuristic } from '../../../../src/core/routing/heuristic.ts';
import { NodeHeap } from '../../../../src/core/routing/priority-queue.ts';
import { seededRandom, type Random } from '../../../../src/core/positioning/random.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** The graph the router searches, its A* and the heuristic's lower bound. */

const demo = demoMuseum();

/** A small venue around a list of nodes and edges, on floors 0, 1, 2 (4 m apart). */
function venueOf(nodes: NavNode[], edges: NavEdge[]): Venue {
  return {
    asset: { type: 'museum-venue', version: 1 },
    id: 'test',
    title: { en: 'Test' },
    defaultLanguage: 'en',
    languages: ['en'],
    floors: [0, 1, 2].map((i) => ({ id: `f${i}`, name: { en: `F${i}` }, elevation: 4 * i, height: 4 })),
    rooms: [],
    navGraph: { nodes, edges },
  };
}

/** Arcs from node `a` to node `b`. */
const arcsBetween = (g: RoutingGraph, a: string, b: string) => {
  const from = g.indexOf.get(a)!;
  const out: number[] = [];
  for (let k = g.firstArc[from]!; k < g.firstArc[from + 1]!; k++) if (g.arcTarget[k] === g.indexOf.get(b)) out.push(k);
  return out;
};

describe('the routing graph', () => {
  const nodes: NavNode[] = [
    { id: 'a', floor: 'f0', position: [0, 0, 0] },
    { id: 'b', floor: 'f0', position: [3, 0, 4] },
    { id: 'c', floor: 'f1', position: [3, 4, 4] },
  ];

  it('makes stairs and escalators not step-free unless told, everything else step-free', () => {
    const kinds = ['walk', 'door', 'ramp', 'elevator', 'stairs', 'escalator'] as const;
    const g = buildRoutingGraph(venueOf(nodes, kinds.map((kind) => ({ from: 'a', to: 'b', kind }))));
    const flags = arcsBetween(g, 'a', 'b').map((k) => (g.arcFlags[k]! & ARC_ACCESSIBLE) !== 0);
    expect(flags).toEqual([true, true, true, true, false, false]);
    const told = buildRoutingGraph(venueOf(nodes, [{ from: 'a', to: 'b', kind: 'stairs', accessible: true }, { from: 'a', to: 'b', kind: 'ramp', accessible: false }]));
    expect(arcsBetween(told, 'a', 'b').map((k) => (told.arcFlags[k]! & ARC_ACCESSIBLE) !== 0)).toEqual([true, false]);
  });

  it('costs an edge its given length, else its straight 3D distance', () => {
    const g = buildRoutingGraph(venueOf(nodes, [{ from: 'a', to: 'b', kind: 'walk' }, { from: 'b', to: 'c', kind: 'elevator', length: 15 }]));
    expect(g.arcCost[arcsBetween(g, 'a', 'b')[0]!]).toBe(5);
    expect(g.arcCost[arcsBetween(g, 'c', 'b')[0]!]).toBe(15);
  });

  it('keeps both directions of a one-way edge but flags the one against it', () => {
    const g = buildRoutingGraph(venueOf(nodes, [{ from: 'a', to: 'b', kind: 'walk', oneWay: true }]));
    expect(g.arcFlags[arcsBetween(g, 'a', 'b')[0]!]! & ARC_AGAINST_ONE_WAY).toBe(0);
    expect(g.arcFlags[arcsBetween(g, 'b', 'a')[0]!]! & ARC_AGAINST_ONE_WAY).toBe(ARC_AGAINST_ONE_WAY);
    expect(findPath(g, g.indexOf.get('a')!, [g.indexOf.get('b')!])).not.toBeNull();
    expect(findPath(g, g.indexOf.get('b')!, [g.indexOf.get('a')!])).toBeNull();
    expect(findPath(g, g.indexOf.get('b')!, [g.indexOf.get('a')!], { ignoreOneWay: true })).not.toBeNull();
  });

  it('is built once per venue object', () => {
    expect(routingGraphOf(demo)).toBe(routingGraphOf(demo));
    expect(routingGraphOf({ ...demo })).not.toBe(routingGraphOf(demo));
  });

  it('bounds a floor change by what the demo stairs cost beyond their run on the plan', () => {
    const g = routingGraphOf(demo);
    const stairs = demo.navGraph!.edges.find((e) => e.kind === 'stairs')!;
    const lift = demo.navGraph!.edges.find((e) => e.kind === 'elevator')!;
    const pos = (id: string) => demo.navGraph!.nodes.find((n) => n.id === id)!.position;
    const run = Math.hypot(pos(stairs.from)[0] - pos(stairs.to)[0], pos(stairs.from)[2] - pos(stairs.to)[2]);
    expect(g.planarScale).toBe(1);
    const [eg, og] = [g.floorIndex.get('eg')!, g.floorIndex.get('og')!];
    expect(g.floorChange.all[eg * g.floorChange.floors + og]).toBeCloseTo(stairs.length! - run, 9);
    expect(g.floorChange.stepFree[eg * g.floorChange.floors + og]).toBeCloseTo(lift.length!, 9);
  });
});

/** A random multi-floor graph with awkward lengths: walks shorter than their run, lifts shorter than the height, one-way edges. */
function randomVenue(random: Random, size: number): Venue {
  const nodes: NavNode[] = [];
  for (let i = 0; i < size; i++) {
    const f = Math.floor(random.next() * 3);
    nodes.push({ id: `n${i}`, floor: `f${f}`, position: [random.next() * 30, 4 * f, random.next() * 30] });
  }
  const edges: NavEdge[] = [];
  for (let i = 0; i < size * 3; i++) {
    const a = nodes[Math.floor(random.next() * size)]!;
    let b = nodes[Math.floor(random.next() * size)]!;
    // Mostly edges within a floor, a few stairs and lifts between floors, as in a building.
    for (let tries = 0; tries < 20 && b.floor !== a.floor && random.next() < 0.95; tries++) b = nodes[Math.floor(random.next() * size)]!;
    if (a === b) continue;
    const sameFloor = a.floor === b.floor;
    const kind = sameFloor ? 'walk' : random.next() < 0.5 ? 'stairs' : 'elevator';
    const r = random.next();
    const length = r < 0.15 ? 0.2 + random.next() * 2 : r < 0.3 ? 20 + random.next() * 20 : undefined;
    edges.push({ from: a.id, to: b.id, kind, ...(length ? { length } : {}), ...(random.next() < 0.1 ? { oneWay: true } : {}) });
  }
  return venueOf(nodes, edges);
}

/** Plain Dijkstra over all arcs the options allow, to the nearest of `goals`, as the reference. */
function referenceCost(g: RoutingGraph, start: number, goals: number | readonly number[], stepFree: boolean): number {
  const targets = new Set(typeof goals === 'number' ? [goals] : goals);
  const dist = new Array<number>(g.nodeCount).fill(Infinity);
  const done = new Array<boolean>(g.nodeCount).fill(false);
  dist[start] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < g.nodeCount; i++) if (!done[i] && dist[i]! < Infinity && (u < 0 || dist[i]! < dist[u]!)) u = i;
    if (u < 0) return Infinity;
    if (targets.has(u)) return dist[u]!;
    done[u] = true;
    for (let k = g.firstArc[u]!; k < g.firstArc[u + 1]!; k++) {
      if (g.arcFlags[k]! & ARC_AGAINST_ONE_WAY) continue;
      if (stepFree && !(g.arcFlags[k]! & ARC_ACCESSIBLE)) continue;
      const v = g.arcTarget[k]!;
      dist[v] = Math.min(dist[v]!, dist[u]! + g.arcCost[k]!);
    }
  }
}

/** The true cost from every node to the nearest goal: Dijkstra backwards from the goals over the arcs the options allow. */
function costsToGoals(g: RoutingGraph, goals: readonly number[], stepFree: boolean): number[] {
  const dist = new Array<number>(g.nodeCount).fill(Infinity);
  const done = new Array<boolean>(g.nodeCount).fill(false);
  for (const goal of goals) dist[goal] = 0;
  for (;;) {
    let v = -1;
    for (let i = 0; i < g.nodeCount; i++) if (!done[i] && dist[i]! < Infinity && (v < 0 || dist[i]! < dist[v]!)) v = i;
    if (v < 0) return dist;
    done[v] = true;
    for (let u = 0; u < g.nodeCount; u++) {
      for (let k = g.firstArc[u]!; k < g.firstArc[u + 1]!; k++) {
        if (g.arcTarget[k] !== v || g.arcFlags[k]! & ARC_AGAINST_ONE_WAY || (stepFree && !(g.arcFlags[k]! & ARC_ACCESSIBLE))) continue;
        dist[u] = Math.min(dist[u]!, dist[v]! + g.arcCost[k]!);
      }
    }
  }
}

describe('A* on awkward graphs', () => {
  it('finds the same shortest cost as plain Dijkstra, step-free or not', () => {
    const random = seededRandom(11);
    let compared = 0;
    for (let round = 0; round < 6; round++) {
      const g = buildRoutingGraph(randomVenue(random, 120));
      expect(g.planarScale).toBeLessThan(1); // some edges are shorter than their run on the plan
      for (let q = 0; q < 25; q++) {
        const a = Math.floor(random.next() * g.nodeCount);
        const b = Math.floor(random.next() * g.nodeCount);
        const stepFree = q % 2 === 1;
        const want = referenceCost(g, a, b, stepFree);
        const got = findPath(g, a, [b], { stepFree });
        if (want === Infinity) expect(got).toBeNull();
        else {
          compared++;
          expect(got!.cost).toBeCloseTo(want, 9);
          const sum = got!.arcs.reduce((s, k) => s + g.arcCost[k]!, 0);
          expect(sum).toBeCloseTo(want, 9);
          expect(got!.nodes[0]).toBe(a);
          expect(got!.nodes[got!.nodes.length - 1]).toBe(b);
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('never lets either heuristic overestimate the true cost, nor drop by more than an arc costs', () => {
    const random = seededRandom(23);
    let checked = 0;
    let tighter = 0;
    for (let round = 0; round < 4; round++) {
      const g = buildRoutingGraph(randomVenue(random, 80));
      for (let q = 0; q < 6; q++) {
        const goals = Array.from({ length: 1 + (q % 3) }, () => Math.floor(random.next() * g.nodeCount));
        for (const stepFree of [false, true]) {
          const portal = createHeuristic(g, goals, { stepFree });
          const table = floorTableHeuristic(g, goals, { stepFree });
          for (let n = 0; n < g.nodeCount; n++) if (portal(n) > table(n) + 1e-6) tighter++;
          const costs = costsToGoals(g, goals, stepFree);
          for (const h of [portal, table]) {
            for (let n = 0; n < g.nodeCount; n++) {
              const cost = costs[n]!;
              if (cost < Infinity) {
                expect(h(n)).toBeLessThanOrEqual(cost + 1e-9);
                checked++;
              }
              for (let k = g.firstArc[n]!; k < g.firstArc[n + 1]!; k++) {
                if (g.arcFlags[k]! & ARC_AGAINST_ONE_WAY || (stepFree && !(g.arcFlags[k]! & ARC_ACCESSIBLE))) continue;
                const hv = h(g.arcTarget[k]!);
                if (hv < Infinity) expect(h(n)).toBeLessThanOrEqual(g.arcCost[k]! + hv + 1e-9);
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(tighter).toBeGreaterThan(0); // the portal bound is in use, not only its fallback
  });

  it('knows where the stairs are: the portal bound is never below the floor-table bound, and above it upstairs', () => {
    const g = routingGraphOf(demo);
    const goal = [g.indexOf.get('n-h-portrait-rejected')!];
    const portal = createHeuristic(g, goal);
    const table = floorTableHeuristic(g, goal);
    let tighter = 0;
    for (let n = 0; n < g.nodeCount; n++) {
      expect(portal(n)).toBeGreaterThanOrEqual(table(n) - 1e-9);
      if (portal(n) > table(n) + 1) tighter++;
    }
    expect(tighter).toBeGreaterThan(g.nodeCount / 4);
  });

  it('expands fewer nodes than a blind search on the demo museum', () => {
    const g = routingGraphOf(demo);
    const start = g.indexOf.get('n-entrance')!;
    const goal = g.indexOf.get('n-h-juliet-nurse')!;
    const guided = findPath(g, start, [goal])!;
    // Above 32 goals the search drops the heuristic: the same goal listed 33 times is a blind Dijkstra.
    const blind = findPath(g, start, new Array<number>(33).fill(goal))!;
    expect(guided.cost).toBeCloseTo(blind.cost, 9);
    expect(guided.expanded).toBeLessThan(blind.expanded);
  });
});

describe('the priority queue', () => {
  it('pops keys in ascending order, growing as needed', () => {
    const heap = new NodeHeap(4);
    const random = seededRandom(3);
    const keys = Array.from({ length: 500 }, () => Math.floor(random.next() * 100));
    keys.forEach((k, i) => heap.push(i, k, 0));
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()]!);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.pop()).toBe(-1);
  });

  it('among equal keys, pops the one furthest along first', () => {
    const heap = new NodeHeap();
    heap.push(1, 5, 1);
    heap.push(2, 5, 3);
    heap.push(3, 5, 2);
    heap.push(4, 4, 0);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([4, 2, 3, 1]);
  });
});
