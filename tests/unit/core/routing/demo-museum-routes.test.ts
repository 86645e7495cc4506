import { describe, expect, it } from 'vitest';
import type { PlanPoint } from '../../../../src/core/geometry/types.ts';
import { walkableAreaOf } from '../../../../src/core/geometry/walkable.ts';
import { planRoute } from '../../../../src/core/routing/router.ts';
import { planTourRoute } from '../../../../src/core/routing/tour-route.ts';
import { routingGraphOf } from '../../../../src/core/routing/graph.ts';
import { FACILITY_ROOM_KINDS } from '../../../../src/core/routing/targets.ts';
import type { Route, RouteOrigin, RouteResult, RouteTarget } from '../../../../src/core/routing/types.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** Wayfinding in the demo museum (scenes/demo-museum): two floors, stairs and a lift, toilets on both floors. */
const venue = demoMuseum();
const roomById = new Map(venue.rooms.map((r) => [r.id, r]));
const floorOfRoom = (id: string) => roomById.get(id)!.floor;
const elevation = (floor: string) => venue.floors.find((f) => f.id === floor)!.elevation;

function routeOk(result: RouteResult): Route {
  if (!result.ok) throw new Error(`expected a route, got ${result.reason}: ${result.message}`);
  return result.route;
}

/** What every route must be: joined-up segments, lengths that add up, floors listed in order. */
function expectWellFormed(route: Route): void {
  for (let i = 1; i < route.segments.length; i++) {
    expect(route.segments[i]!.from).toEqual(route.segments[i - 1]!.to);
    expect(route.segments[i]!.fromNode).toBe(route.segments[i - 1]!.toNode);
  }
  const sum = route.segments.reduce((s, seg) => s + seg.length, 0);
  expect(route.length).toBeCloseTo(sum, 9);
  for (const s of route.segments) {
    expect([...s.from, ...s.to, s.length].every(Number.isFinite)).toBe(true);
    expect(s.length).toBeGreaterThanOrEqual(0);
  }
  const visited = route.segments.flatMap((s) => [s.fromFloor, s.toFloor]).filter((f, i, all) => i === 0 || all[i - 1] !== f);
  expect(route.floors).toEqual(visited);
}

const foyerPoint: RouteOrigin = { kind: 'point', position: [6, 8], floor: 'eg' };
const toCabinet: RouteTarget = { kind: 'room', id: 'r-cabinet' };

describe('from the foyer to the cabinet upstairs', () => {
  const byStairs = routeOk(planRoute(venue, foyerPoint, toCabinet));
  const stepFree = routeOk(planRoute(venue, foyerPoint, toCabinet, { stepFree: true }));

  it('goes up the stairs when steps are fine', () => {
    expectWellFormed(byStairs);
    expect(byStairs.floors).toEqual(['eg', 'og']);
    expect(byStairs.segments.some((s) => s.kind === 'stairs')).toBe(true);
    expect(byStairs.segments.some((s) => s.kind === 'elevator')).toBe(false);
    expect(byStairs.destination.room).toBe('r-cabinet');
    expect(byStairs.stepFree).toBe(false);
  });

  it('takes the lift when asked for step-free, at a price in metres', () => {
    expectWellFormed(stepFree);
    expect(stepFree.stepFree).toBe(true);
    expect(stepFree.segments.some((s) => s.kind === 'elevator')).toBe(true);
    expect(stepFree.segments.every((s) => s.kind !== 'stairs' && s.kind !== 'escalator')).toBe(true);
    expect(stepFree.length).toBeGreaterThan(byStairs.length);
    expect(stepFree.floors).toEqual(['eg', 'og']);
  });

  it('starts with a short approach from the visitor to the graph, and ends on a node of the cabinet', () => {
    const first = byStairs.segments[0]!;
    expect(first.kind).toBe('approach');
    expect(first.from).toEqual([6, elevation('eg'), 8]);
    expect(first.fromNode).toBeNull();
    expect(first.room).toBe('r-foyer');
    const last = byStairs.segments[byStairs.segments.length - 1]!;
    const graph = routingGraphOf(venue);
    expect(graph.roomOf[graph.indexOf.get(last.toNode!)!]).toBe('r-cabinet');
    expect(byStairs.destination.position).toEqual(last.to);
    expect(byStairs.destination.floor).toBe('og');
  });

  it('stops at the cabinet node nearest by route: no other node of the room is closer', () => {
    const graph = routingGraphOf(venue);
    const cabinetNodes = graph.ids.filter((_, i) => graph.roomOf[i] === 'r-cabinet');
    const lengths = cabinetNodes.map((id) => routeOk(planRoute(venue, foyerPoint, { kind: 'node', id })).length);
    expect(byStairs.length).toBeCloseTo(Math.min(...lengths), 9);
  });
});

describe('the nearest facility', () => {
  const inGallery2: RouteOrigin = { kind: 'point', position: [33, 6], floor: 'eg' };

  it('finds the toilet nearest by route, comparing both floors', () => {
    const toilets = venue.rooms.filter((r) => r.kind === 'toilet');
    expect(new Set(toilets.map((r) => r.floor)).size).toBeGreaterThan(1);
    const each = toilets.map((r) => ({ room: r.id, length: routeOk(planRoute(venue, inGallery2, { kind: 'room', id: r.id })).length }));
    const best = each.reduce((a, b) => (b.length < a.length ? b : a));
    const route = routeOk(planRoute(venue, inGallery2, { kind: 'facility', facility: 'toilet' }));
    expectWellFormed(route);
    expect(route.destination.room).toBe(best.room);
    expect(route.destination.hotspot).toBe(best.room);
    expect(route.length).toBeCloseTo(best.length, 9);
  });

  it('leads to an entrance when the venue has no room marked as exit', () => {
    const route = routeOk(planRoute(venue, { kind: 'node', id: 'n-cabinet-8' }, { kind: 'facility', facility: 'exit' }));
    const kinds = FACILITY_ROOM_KINDS.exit;
    expect(kinds).toContain(roomById.get(route.destination.room!)!.kind);
    expect(route.floors[route.floors.length - 1]).toBe('eg');
  });

  it('says there is none when no room serves the facility', () => {
    expect(venue.rooms.some((r) => FACILITY_ROOM_KINDS.info.includes(r.kind))).toBe(false);
    expect(planRoute(venue, inGallery2, { kind: 'facility', facility: 'info' })).toMatchObject({ ok: false, reason: 'no-facility' });
  });
});

describe('starting anywhere on a floor', () => {
  it('refuses a point inside the info desk and a point outside the building, with a message', () => {
    const desk = venue.obstacles!.find((o) => o.id === 'o-info-desk')!;
    const inDesk: PlanPoint = [(desk.outline[0]![0] + desk.outline[2]![0]) / 2, (desk.outline[0]![1] + desk.outline[2]![1]) / 2];
    const a = planRoute(venue, { kind: 'point', position: inDesk, floor: desk.floor }, toCabinet);
    expect(a).toMatchObject({ ok: false, reason: 'off-graph' });
    if (!a.ok) expect(a.message).toMatch(/o-info-desk/);
    const b = planRoute(venue, { kind: 'point', position: [-5, -5], floor: 'eg' }, toCabinet);
    expect(b).toMatchObject({ ok: false, reason: 'off-graph' });
    if (!b.ok) expect(b.message).toMatch(/outside every room/);
  });

  it('joins the graph at a node it can walk to, not at a nearer one behind a wall', () => {
    // In the cloakroom's corner, the nearest node by air is in the foyer, on the other side of the wall.
    const at: PlanPoint = [0.5, 12.25];
    const graph = routingGraphOf(venue);
    const area = walkableAreaOf(venue, 'eg');
    let nearest = -1;
    for (let i = 0; i < graph.nodeCount; i++) {
      if (graph.floorOf[i] !== graph.floorIndex.get('eg')) continue;
      if (nearest < 0 || Math.hypot(graph.x[i]! - at[0], graph.z[i]! - at[1]) < Math.hypot(graph.x[nearest]! - at[0], graph.z[nearest]! - at[1])) nearest = i;
    }
    expect(graph.roomOf[nearest]).not.toBe(area.roomAt(at)!.id);

    const route = routeOk(planRoute(venue, { kind: 'point', position: at, floor: 'eg' }, toCabinet));
    const approach = route.segments[0]!;
    expect(approach.kind).toBe('approach');
    expect(approach.toNode).not.toBe(graph.ids[nearest]);
    const reached = area.reach(at, [approach.to[0], approach.to[2]]);
    expect(Math.hypot(reached[0] - approach.to[0], reached[1] - approach.to[2])).toBeLessThan(0.3);
  });
});

describe('to and from exhibits', () => {
  it('ends in front of the painting, a metre out from the wall along its normal', () => {
    const hotspot = venue.hotspots!.find((h) => h.id === 'h-olive-orchard')!;
    const route = routeOk(planRoute(venue, foyerPoint, { kind: 'hotspot', id: hotspot.id }));
    expectWellFormed(route);
    const last = route.segments[route.segments.length - 1]!;
    expect(last.kind).toBe('arrive');
    expect(last.toNode).toBeNull();
    const floor = floorOfRoom(hotspot.room);
    const n = hotspot.normal!;
    const expected = [hotspot.position[0] + n[0], elevation(floor), hotspot.position[2] + n[2]];
    expected.forEach((v, i) => expect(last.to[i]).toBeCloseTo(v, 9));
    expect(walkableAreaOf(venue, floor).canStand([last.to[0], last.to[2]])).toBe(true);
    expect(route.destination).toMatchObject({ hotspot: hotspot.id, room: hotspot.room, floor });
    expect(route.destination.position).toEqual(last.to);
  });

  it('routes from one exhibit to another upstairs, leaving from the spot in front of the first', () => {
    const from = venue.hotspots!.find((h) => h.id === 'h-self-portrait')!;
    const route = routeOk(planRoute(venue, { kind: 'hotspot', id: from.id }, { kind: 'hotspot', id: 'h-portrait-rejected' }));
    expectWellFormed(route);
    expect(route.segments[0]!.kind).toBe('approach');
    expect(route.segments[0]!.from[2]).toBeCloseTo(from.position[2] + from.normal![2], 9);
    expect(route.floors).toEqual(['eg', 'og']);
    expect(route.destination.position[1]).toBe(elevation('og'));
  });
});

describe('a tour', () => {
  const tour = venue.tours!.find((t) => t.id === 't-highlights')!;
  const stops = tour.stops.map((s) => s.hotspot);

  it('has one leg per stop, in the tour order, each starting where the last one ended', () => {
    const plan = planTourRoute(venue, { kind: 'node', id: 'n-entrance' }, stops);
    expect(plan.complete).toBe(true);
    expect(plan.legs.map((l) => l.hotspot)).toEqual(stops);
    const routes = plan.legs.map((l) => routeOk(l.result));
    routes.forEach((r) => expectWellFormed(r));
    for (let i = 1; i < routes.length; i++) {
      expect(routes[i]!.origin).toEqual({ kind: 'hotspot', id: stops[i - 1] });
      expect(routes[i]!.segments[0]!.from).toEqual(routes[i - 1]!.destination.position);
    }
    expect(plan.length).toBeCloseTo(routes.reduce((s, r) => s + r.length, 0), 9);
  });

  it('names the stop of a leg that fails and carries on from the last exhibit reached', () => {
    const broken = [stops[0]!, 'h-missing', stops[1]!];
    const plan = planTourRoute(venue, { kind: 'node', id: 'n-entrance' }, broken);
    expect(plan.complete).toBe(false);
    const failed = plan.legs[1]!.result;
    expect(failed).toMatchObject({ ok: false, reason: 'unknown-target' });
    if (!failed.ok) expect(failed.message).toMatch(/stop 2.*h-missing/);
    expect(routeOk(plan.legs[2]!.result).origin).toEqual({ kind: 'hotspot', id: stops[0] });
  });
});
