import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVenueText, type Venue } from '../../../src/core/venue/index.ts';
import { distanceToSegment } from '../../../src/core/geometry/polygon.ts';
import { planRoute } from '../../../src/core/routing/router.ts';
import type { Route } from '../../../src/core/routing/types.ts';
import { planWalk, resolveSimulateOptions } from '../../../src/core/positioning/simulate/index.ts';
import { chooseDetour, routeNodes, routeWalkOptions } from '../../../src/state/wayfinding/route-walk.ts';
import { routeDrawing, splitPath } from '../../../src/state/wayfinding/route-paths.ts';
import { ROOT } from '../../helpers/fixtures.ts';

/** The walk a simulated visitor is told to make along a route, and the route cut up for drawing. */

const read = (...path: string[]) => parseVenueText(readFileSync(join(ROOT, ...path), 'utf8')).venue as Venue;
const demo = read('scenes', 'demo-museum', 'scene.json');
const tiny = read('tests', 'fixtures', 'venues', 'tiny-gallery', 'scene.json');

function route(venue: Venue, from: string, to: string): Route {
  const result = planRoute(venue, { kind: 'node', id: from }, { kind: 'hotspot', id: to });
  if (!result.ok) throw new Error(result.message);
  return result.route;
}

/** Plan distance from a point on `floor` to the route's stretches on that floor. */
function distanceFromRoute(r: Route, floor: string, p: readonly [number, number]): number {
  let best = Infinity;
  for (const path of routeDrawing(r).paths.filter((x) => x.floor === floor)) {
    for (let i = 1; i < path.points.length; i++) {
      best = Math.min(best, distanceToSegment(p, [path.points[i - 1]![0], path.points[i - 1]![2]], [path.points[i]![0], path.points[i]![2]]));
    }
  }
  return best;
}

const upstairs = route(demo, 'n-corridor-eg-2', 'h-turner-dogana');

describe('a simulated visitor walks the route', () => {
  it('stops at every node of the route in order, so the simulator cannot take another way, and stands at the end', () => {
    const nodes = routeNodes(upstairs);
    expect(nodes[0]).toBe('n-corridor-eg-2');
    expect(nodes.every((n, i) => i === 0 || n !== nodes[i - 1])).toBe(true);
    const walk = routeWalkOptions(upstairs);
    expect(walk.start).toBe(nodes[0]);
    expect(walk.stops!.slice(0, nodes.length - 1)).toEqual(nodes.slice(1));
    // Then it stays at the last node a while (repeated stops), for the guidance to see the arrival.
    expect(new Set(walk.stops!.slice(nodes.length - 1))).toEqual(new Set([nodes.at(-1)]));

    // The simulator's own plan of that walk visits the route's nodes and changes floor on the route's stairs.
    const plan = planWalk(demo, resolveSimulateOptions(walk));
    expect(plan.problems).toEqual([]);
    const visited = plan.stops.map((s) => s.node).filter((n, i, all) => i === 0 || n !== all[i - 1]);
    expect(visited).toEqual(nodes.slice(1));
    for (const segment of plan.segments) {
      const floor = segment.toFloor;
      if (segment.fromFloor !== floor) continue;
      expect(distanceFromRoute(upstairs, floor, [segment.to[0], segment.to[2]])).toBeLessThan(0.5);
    }
  });

  it('a wrong turn leads 10–20 m away from the route and back to it', () => {
    const detour = chooseDetour(demo, upstairs)!;
    expect(detour).not.toBeNull();
    const nodes = routeNodes(upstairs);
    expect(nodes).not.toContain(detour.node);
    expect(detour.distance).toBeGreaterThanOrEqual(10);
    expect(detour.distance).toBeLessThanOrEqual(20);

    const walk = routeWalkOptions(upstairs, { detour });
    const at = walk.stops!.indexOf(detour.node);
    expect(walk.stops![at - 1]).toBe(nodes[detour.after]);
    const back = walk.stops!.findIndex((s, i) => i > at && s !== detour.node);
    expect(walk.stops![back]).toBe(nodes[detour.after]);
    expect(walk.stops![back + 1]).toBe(nodes[detour.after + 1]);

    // The simulated visitor really goes that far off: the farthest point of the walk from the route.
    const plan = planWalk(demo, resolveSimulateOptions(walk));
    const farthest = Math.max(...plan.segments.filter((s) => s.fromFloor === s.toFloor).map((s) => distanceFromRoute(upstairs, s.toFloor, [s.to[0], s.to[2]])));
    expect(farthest).toBeGreaterThanOrEqual(10);
  });

  it('a route that uses every node of the walking graph has no wrong turn to take', () => {
    const all = route(tiny, 'n-entrance', 'h-landscape');
    expect(new Set(routeNodes(all)).size).toBe(tiny.navGraph!.nodes.length);
    expect(chooseDetour(tiny, all)).toBeNull();
  });
});

describe('the route cut up for drawing', () => {
  it('one polyline per floor, a floor change between them, distances along the route at each point', () => {
    const { paths, changes } = routeDrawing(upstairs);
    expect(paths.map((p) => p.floor)).toEqual(['eg', 'og']);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'stairs', fromFloor: 'eg', toFloor: 'og' });
    expect(changes[0]!.startAt).toBeCloseTo(paths[0]!.at.at(-1)!, 6);
    expect(paths[1]!.at[0]).toBeCloseTo(changes[0]!.endAt, 6);
    expect(paths[1]!.at.at(-1)).toBeCloseTo(upstairs.length, 6);
    for (const p of paths) expect(p.at.every((a, i) => i === 0 || a > p.at[i - 1]!)).toBe(true);
  });

  it('splits a polyline where the visitor is: the walked part ends where the rest begins', () => {
    const path = routeDrawing(upstairs).paths[0]!;
    const middle = (path.at[0]! + path.at.at(-1)!) / 2;
    const { walked, ahead } = splitPath(path, middle);
    expect(walked.at(-1)).toEqual(ahead[0]);
    expect(walked.length + ahead.length).toBeGreaterThanOrEqual(path.points.length + 1);
    expect(splitPath(path, -1)).toEqual({ walked: [], ahead: [...path.points] });
    expect(splitPath(path, Number.NaN).walked).toEqual([]);
    expect(splitPath(path, 1e9)).toEqual({ walked: [...path.points], ahead: [] });
  });
});
