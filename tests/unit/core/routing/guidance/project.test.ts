import { describe, expect, it } from 'vitest';
import { projectOntoRoute } from '../../../../../src/core/routing/guidance/project.ts';
import { corridorRoute, hairpinRoute, lShapedRoute, routeThrough, twoFloorRoute } from '../../../../fixtures/routing-guidance/routes.ts';

describe('placing a position on a route', () => {
  it('finds how far along the corridor a visitor beside it is, and how far from it', () => {
    const p = projectOntoRoute(corridorRoute(), [12, 1.5], 'eg')!;
    expect(p.along).toBeCloseTo(12, 9);
    expect(p.distance).toBeCloseTo(1.5, 9);
    expect(p.segmentIndex).toBe(0);
    expect(p.point).toEqual([12, 0]);
  });

  it('counts the metres of every earlier segment round a corner', () => {
    const p = projectOntoRoute(lShapedRoute(), [21, 6], 'eg')!;
    expect(p.segmentIndex).toBe(1);
    expect(p.along).toBeCloseTo(20 + 6, 9);
    expect(p.distance).toBeCloseTo(1, 9);
  });

  it('clamps to the route’s ends: before the start is along 0, past the end is the full length', () => {
    expect(projectOntoRoute(corridorRoute(), [-3, 4], 'eg')).toMatchObject({ along: 0, distance: 5 });
    expect(projectOntoRoute(corridorRoute(), [34, 0], 'eg')).toMatchObject({ along: 30, distance: 4 });
  });

  it('shows the next segment when the visitor stands right on a corner', () => {
    expect(projectOntoRoute(lShapedRoute(), [20, 0], 'eg')!.segmentIndex).toBe(1);
  });

  it('has nothing to say about a floor the route does not use, nor about a position that is not a number', () => {
    expect(projectOntoRoute(corridorRoute(), [5, 0], 'og')).toBeNull();
    expect(projectOntoRoute(corridorRoute(), [Number.NaN, 0], 'eg')).toBeNull();
    expect(projectOntoRoute(routeThrough([{ at: [3, 3] }]), [3, 3], 'eg')).toBeNull();
  });

  describe('a route that passes the same place twice', () => {
    const hairpin = hairpinRoute();

    it('takes the plainly nearest pass when no progress is known', () => {
      // Nearer the way back (z = 3) than the way out (z = 0).
      expect(projectOntoRoute(hairpin, [8, 2], 'eg')!.along).toBeCloseTo(20 + 3 + 12, 9);
    });

    it('keeps to the pass nearest the progress so far, so the dot does not jump down the route on a wobble', () => {
      const p = projectOntoRoute(hairpin, [8, 2], 'eg', { near: 7 })!;
      expect(p.along).toBeCloseTo(8, 9);
      expect(p.segmentIndex).toBe(0);
      expect(p.distance).toBeCloseTo(2, 9);
    });

    it('picks the way back once the progress is there', () => {
      expect(projectOntoRoute(hairpin, [8, 1], 'eg', { near: 33 })!.along).toBeCloseTo(35, 9);
    });

    it('does not prefer a pass that is much farther away than the nearest, whatever the progress', () => {
      // 0.2 m from the way back, 2.8 m from the way out, with only 1 m of ambiguity allowed.
      expect(projectOntoRoute(hairpin, [8, 2.8], 'eg', { near: 7, ambiguity: 1 })!.along).toBeCloseTo(35, 9);
    });

    it('does not stall on a route cut into many short segments (each joint is no pass of its own)', () => {
      const points = Array.from({ length: 31 }, (_, i) => ({ at: [i, 0] as const }));
      const p = projectOntoRoute(routeThrough(points), [10.4, 0.5], 'eg', { near: 8 })!;
      expect(p.along).toBeCloseTo(10.4, 9);
    });
  });

  describe('floor changes', () => {
    const route = twoFloorRoute();

    it('takes an elevator as its door downstairs and its door upstairs', () => {
      const down = projectOntoRoute(route, [10.5, 0.5], 'eg', { near: 9 })!;
      expect(down.along).toBeCloseTo(10, 9);
      expect(down.segmentIndex).toBe(1);
      const up = projectOntoRoute(route, [10.5, 0.5], 'og', { near: 10 })!;
      expect(up.along).toBeCloseTo(10 + 15 + 0.5, 9);
      expect(up.segmentIndex).toBe(2);
    });

    it('follows a flight of stairs on both of its floors, along its whole length', () => {
      const stairs = routeThrough([{ at: [0, 0] }, { at: [6, 0], floor: 'og', kind: 'stairs', length: 7 }, { at: [6, 10] }]);
      for (const floor of ['eg', 'og']) {
        const p = projectOntoRoute(stairs, [3, 0.4], floor)!;
        expect(p.segmentIndex, floor).toBe(0);
        expect(p.along, floor).toBeCloseTo(3.5, 9);
      }
    });
  });
});
