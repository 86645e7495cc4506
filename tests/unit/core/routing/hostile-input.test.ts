import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../src/core/venue/schema.ts';
import { planRoute } from '../../../../src/core/routing/router.ts';
import { planTourRoute } from '../../../../src/core/routing/tour-route.ts';
import { buildRoutingGraph } from '../../../../src/core/routing/graph.ts';
import type { RouteOrigin, RouteResult, RouteTarget } from '../../../../src/core/routing/types.ts';
import { seededRandom } from '../../../../src/core/positioning/random.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** Bad ids, bad numbers and broken graphs: the router answers with a reason, never throws, never says NaN. */
const venue = demoMuseum();
const entrance: RouteOrigin = { kind: 'node', id: 'n-entrance' };
const cafe: RouteTarget = { kind: 'room', id: 'r-cafe' };

/** Every number anywhere in a result is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

const failure = (result: RouteResult) => {
  if (result.ok) throw new Error('expected no route');
  return result;
};

describe('unknown places', () => {
  it('names the unknown id of an origin or a target', () => {
    const a = failure(planRoute(venue, { kind: 'node', id: 'n-nowhere' }, cafe));
    expect(a.reason).toBe('unknown-origin');
    expect(a.message).toContain('n-nowhere');
    const b = failure(planRoute(venue, { kind: 'hotspot', id: 'h-lost' }, cafe));
    expect(b.reason).toBe('unknown-origin');
    expect(b.message).toContain('h-lost');
    for (const target of [{ kind: 'hotspot', id: 'h-stolen' }, { kind: 'room', id: 'r-attic' }, { kind: 'node', id: 'n-void' }] as const) {
      const c = failure(planRoute(venue, entrance, target));
      expect(c.reason).toBe('unknown-target');
      expect(c.message).toContain(target.id);
    }
  });

  it('rejects a facility kind it does not know and a floor that does not exist', () => {
    const a = failure(planRoute(venue, entrance, { kind: 'facility', facility: 'spa' } as unknown as RouteTarget));
    expect(a.reason).toBe('unknown-target');
    expect(a.message).toContain('spa');
    const b = failure(planRoute(venue, { kind: 'point', position: [5, 5], floor: 'basement' }, cafe));
    expect(b.reason).toBe('unknown-origin');
    expect(b.message).toContain('basement');
  });

  it('answers null, missing or malformed ends with a reason', () => {
    expect(failure(planRoute(venue, null as unknown as RouteOrigin, cafe)).reason).toBe('unknown-origin');
    expect(failure(planRoute(venue, { kind: 'teleport' } as unknown as RouteOrigin, cafe)).reason).toBe('unknown-origin');
    expect(failure(planRoute(venue, entrance, undefined as unknown as RouteTarget)).reason).toBe('unknown-target');
    expect(failure(planRoute(venue, { kind: 'node', id: 42 } as unknown as RouteOrigin, cafe)).reason).toBe('unknown-origin');
  });
});

describe('bad coordinates', () => {
  it('refuses NaN and infinite positions as off the graph', () => {
    for (const position of [[NaN, 3], [3, Infinity], [Number.NEGATIVE_INFINITY, 0], [1], 'here']) {
      const result = failure(planRoute(venue, { kind: 'point', position, floor: 'eg' } as unknown as RouteOrigin, cafe));
      expect(result.reason).toBe('off-graph');
      expect(allFinite(result)).toBe(true);
    }
  });

  it('never produces NaN for any point on or off the plan', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 60; i++) {
      const position = [random.next() * 50 - 5, random.next() * 34 - 5] as const;
      const floor = random.next() < 0.5 ? 'eg' : 'og';
      const result = planRoute(venue, { kind: 'point', position, floor }, { kind: 'facility', facility: 'toilet' }, { stepFree: random.next() < 0.5 });
      expect(allFinite(result)).toBe(true);
      if (!result.ok) expect(result.reason).toBe('off-graph');
    }
  });
});

describe('venues without a usable graph', () => {
  it('says "no-graph" without a walking graph, or with an empty one', () => {
    const { navGraph: _dropped, ...noGraph } = venue;
    expect(failure(planRoute(noGraph as Venue, entrance, cafe)).reason).toBe('no-graph');
    expect(failure(planRoute({ ...venue, navGraph: { nodes: [], edges: [] } }, entrance, cafe)).reason).toBe('no-graph');
    expect(failure(planRoute(null as unknown as Venue, entrance, cafe)).reason).toBe('no-graph');
  });

  it('leaves out broken nodes and edges, says which, and routes on the rest', () => {
    const broken = {
      ...venue,
      navGraph: {
        nodes: [
          ...venue.navGraph!.nodes,
          { id: 'n-entrance', floor: 'eg', position: [99, 0, 99] }, // duplicate id
          { id: 'n-nan', floor: 'eg', position: [NaN, 0, 3] },
          { id: 'n-cellar', floor: 'cellar', position: [1, -3, 1] },
        ],
        edges: [
          ...venue.navGraph!.edges,
          { from: 'n-entrance', to: 'n-ghost', kind: 'walk' },
          { from: 'n-entrance', to: 'n-entrance', kind: 'walk' },
          { from: 'n-entrance', to: 'n-nan', kind: 'walk' },
          { from: 'n-foyer-1', to: 'n-foyer-3', kind: 'teleporter' },
          { from: 'n-foyer-1', to: 'n-foyer-9', kind: 'walk', length: -1 },
        ],
      },
    } as unknown as Venue;
    const graph = buildRoutingGraph(broken);
    expect(graph.skippedNodes).toBe(3);
    expect(graph.skippedEdges).toBe(4);
    expect(graph.problems.map((p) => p.path)).toContain('navGraph.edges[' + venue.navGraph!.edges.length + ']');
    expect(graph.problems.some((p) => p.message.includes('duplicate'))).toBe(true);
    expect(graph.x[graph.indexOf.get('n-entrance')!]).toBe(0.5); // the first node of that id stands

    const good = planRoute(venue, entrance, cafe);
    const stillGood = planRoute(broken, entrance, cafe);
    if (!good.ok || !stillGood.ok) throw new Error('expected routes');
    expect(stillGood.route.length).toBeCloseTo(good.route.length, 9);
    // A negative length is not a shortcut: it falls back to the straight distance.
    expect(stillGood.route.segments.every((s) => s.length >= 0)).toBe(true);
  });

  it('plans no legs for a tour without stops, and survives a list that is not one', () => {
    expect(planTourRoute(venue, entrance, [])).toEqual({ legs: [], length: 0, complete: true });
    expect(planTourRoute(venue, entrance, 'h-self-portrait' as unknown as string[]).legs).toEqual([]);
  });
});
