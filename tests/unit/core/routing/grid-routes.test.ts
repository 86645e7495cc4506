import { describe, expect, it } from 'vitest';
import { planRoute } from '../../../../src/core/routing/router.ts';
import { planTourRoute } from '../../../../src/core/routing/tour-route.ts';
import type { Route, RouteResult } from '../../../../src/core/routing/types.ts';
import { loadGridFixture, type GridFixture } from '../../../fixtures/routing/grid-venue.ts';

/**
 * Routing on ASCII-grid buildings (tests/fixtures/routing/README.md): the route
 * the visitor is given is the one drawn in the fixture, cell for cell.
 */

const routeOf = (fixture: GridFixture): RouteResult => planRoute(fixture.venue, fixture.origin, fixture.target, fixture.options);

function expectRoute(fixture: GridFixture): Route {
  const result = routeOf(fixture);
  if (!result.ok) throw new Error(`${fixture.name}: expected a route, got ${result.reason}: ${result.message}`);
  return result.route;
}

/** The kinds of the route's segments, in order. */
const kinds = (route: Route) => route.segments.map((s) => s.kind);

describe('routes drawn on grids', () => {
  for (const name of ['corridor-shortcut', 'maze-detour', 'one-way-detour', 'two-floors-stairs', 'two-floors-step-free', 'diagonal', 'no-corner-cutting', 'tour-stops']) {
    it(`follows the drawn route in "${name}"`, () => {
      const fixture = loadGridFixture(name);
      expect(fixture.expect).toBe('route');
      expect(fixture.draw(expectRoute(fixture))).toBe(fixture.drawing);
    });
  }

  it('takes the short cross passage, not the long way round', () => {
    const route = expectRoute(loadGridFixture('corridor-shortcut'));
    expect(route.length).toBeCloseTo(12, 9);
    expect(route.floors).toEqual(['eg']);
  });

  it('walks the maze by the only way through, more than three times the distance by air', () => {
    const fixture = loadGridFixture('maze-detour');
    const route = expectRoute(fixture);
    const start = route.segments[0]!.from;
    const end = route.segments[route.segments.length - 1]!.to;
    const byAir = Math.hypot(end[0] - start[0], end[2] - start[2]);
    expect(route.length).toBeCloseTo(route.segments.length, 9); // one metre per step on a 4-neighbour grid
    expect(route.length).toBeGreaterThan(3 * byAir);
  });

  it('goes diagonally in an open room when eight neighbours are allowed', () => {
    const route = expectRoute(loadGridFixture('diagonal'));
    expect(route.length).toBeCloseTo(3 * Math.SQRT2, 9);
  });
});

describe('one-way corridors', () => {
  it('goes round a one-way corridor that points the other way', () => {
    const fixture = loadGridFixture('one-way-detour');
    const route = expectRoute(fixture);
    expect(route.length).toBeCloseTo(15, 9);
  });

  it('uses the one-way corridor in its own direction', () => {
    const fixture = loadGridFixture('one-way-detour');
    const reverse = planRoute(fixture.venue, { kind: 'node', id: (fixture.target as { id: string }).id }, { kind: 'node', id: (fixture.origin as { id: string }).id });
    if (!reverse.ok) throw new Error(reverse.message);
    expect(reverse.route.length).toBeCloseTo(11, 9);
    const rows = reverse.route.segments.map((s) => fixture.cellOf(s.toNode!)!.row);
    expect(new Set(rows)).toEqual(new Set([1])); // straight along the one-way row
  });

  it('says "one-way" when the only way runs against the arrows', () => {
    const fixture = loadGridFixture('one-way-only');
    const result = routeOf(fixture);
    expect(result).toMatchObject({ ok: false, reason: fixture.expect });
  });
});

describe('floors, stairs and the elevator', () => {
  it('takes the shorter stairs when steps are fine', () => {
    const route = expectRoute(loadGridFixture('two-floors-stairs'));
    expect(kinds(route)).toContain('stairs');
    expect(kinds(route)).not.toContain('elevator');
    expect(route.floors).toEqual(['eg', 'og']);
    expect(route.length).toBeCloseTo(3 + 4 + 3, 9);
  });

  it('takes the elevator, the long way, when asked for step-free', () => {
    const fixture = loadGridFixture('two-floors-step-free');
    const route = expectRoute(fixture);
    expect(route.stepFree).toBe(true);
    expect(kinds(route)).toContain('elevator');
    expect(kinds(route)).not.toContain('stairs');
    expect(route.length).toBeCloseTo(13 + 12 + 13, 9);
    const lift = route.segments.find((s) => s.kind === 'elevator')!;
    expect([lift.fromFloor, lift.toFloor]).toEqual(['eg', 'og']);
    expect(lift.length).toBe(12); // the venue's time-equivalent length, not the 4 m height
  });

  it('refuses a step-free route to a room reached only by stairs, and says so', () => {
    const fixture = loadGridFixture('stairs-only-room');
    const result = routeOf(fixture);
    expect(result).toMatchObject({ ok: false, reason: fixture.expect });
    if (!result.ok) expect(result.message).toMatch(/only reachable by stairs/);
    // The same room with steps allowed: the route ends at the loft's nearest node, at the top of the stairs.
    const withSteps = planRoute(fixture.venue, fixture.origin, fixture.target, { stepFree: false });
    if (!withSteps.ok) throw new Error(withSteps.message);
    expect(withSteps.route.destination.room).toBe('r-loft');
    expect(withSteps.route.destination.floor).toBe('og');
    expect(withSteps.route.segments[withSteps.route.segments.length - 1]!.kind).toBe('stairs');
  });
});

describe('places that cannot be reached', () => {
  it('says "unreachable" for a walled-off room', () => {
    const fixture = loadGridFixture('island');
    const result = routeOf(fixture);
    expect(result).toMatchObject({ ok: false, reason: fixture.expect });
  });

  it('still says "unreachable", not "stairs-only", for a walled-off room on a step-free route', () => {
    const fixture = loadGridFixture('island');
    const result = planRoute(fixture.venue, fixture.origin, fixture.target, { stepFree: true });
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});

describe('exhibits and tours on a grid', () => {
  const fixture = loadGridFixture('tour-stops');
  const column = (hotspot: string) => fixture.venue.hotspots!.find((h) => h.id === hotspot)!.position[0] - 0.5;

  it('ends at an exhibit without a normal right at its cell, with no extra step', () => {
    const route = expectRoute(fixture);
    const last = route.segments[route.segments.length - 1]!;
    expect(last.kind).toBe('walk');
    expect(route.destination.hotspot).toBe('h-c');
    expect(route.destination.position).toEqual(last.to);
  });

  it('visits the stops in the order given, not in the shortest order', () => {
    const stops = ['h-c', 'h-a', 'h-b'];
    const plan = planTourRoute(fixture.venue, fixture.origin, stops);
    expect(plan.complete).toBe(true);
    const start = fixture.cellOf((fixture.origin as { id: string }).id)!.col;
    const expected = [column('h-c') - start, column('h-c') - column('h-a'), column('h-b') - column('h-a')];
    plan.legs.forEach((leg, i) => {
      if (!leg.result.ok) throw new Error(leg.result.message);
      expect(leg.result.route.length).toBeCloseTo(expected[i]!, 9);
      expect(leg.result.route.destination.hotspot).toBe(stops[i]);
    });
    expect(plan.length).toBeCloseTo(expected.reduce((a, b) => a + b, 0), 9);
  });
});
