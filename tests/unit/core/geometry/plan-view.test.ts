import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boxFits,
  clampTowards,
  fitPlan,
  labelPoint,
  outlinesBounds,
  planHeading,
  planToSvg,
  svgPoints,
  svgToPlan,
  viewCone,
  viewportFor,
} from '../../../../src/core/geometry/plan-view.ts';
import { poleOfInaccessibility, polygonCentroid } from '../../../../src/core/geometry/pole.ts';
import { containsPoint, distanceToBoundary } from '../../../../src/core/geometry/polygon.ts';
import type { PlanPolygon } from '../../../../src/core/geometry/types.ts';

/** An L: a 6 × 2 bar along z = 0 and a 2 × 4 arm down the x = 0 side. Its centroid (2.2, 2.2) lies in the notch. */
const lShape: PlanPolygon = [[0, 0], [6, 0], [6, 2], [2, 2], [2, 6], [0, 6]];
/** A U opening towards +z: base 9 × 2, arms 3 wide and 4 long. Its centroid lies in the gap between the arms. */
const uShape: PlanPolygon = [[0, 0], [9, 0], [9, 6], [6, 6], [6, 2], [3, 2], [3, 6], [0, 6]];

describe('fitting a plan into a viewport', () => {
  const bounds = { min: [10, 0], max: [50, 20] } as const; // 40 × 20 m

  it('keeps the aspect, centres the plan and leaves the padding clear', () => {
    const frame = fitPlan(bounds, 500, 500, 50);
    expect(frame.scale).toBeCloseTo(10); // 400 units of width for 40 m; height is not the limit
    expect(planToSvg(frame, [10, 0])).toEqual([50, 150]);
    expect(planToSvg(frame, [50, 20])).toEqual([450, 350]);
  });

  it('draws x to the right and +z downward, without a mirror', () => {
    const frame = fitPlan(bounds, 400, 200);
    const [x0, y0] = planToSvg(frame, [20, 5]);
    const [x1, y1] = planToSvg(frame, [21, 6]);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
    expect(x1 - x0).toBeCloseTo(y1 - y0); // uniform scale: directions carry over unchanged
  });

  it('maps clicks back to plan coordinates', () => {
    const frame = fitPlan(bounds, 321, 187, 12);
    const p = svgToPlan(frame, planToSvg(frame, [33.3, 7.7]));
    expect(p[0]).toBeCloseTo(33.3, 9);
    expect(p[1]).toBeCloseTo(7.7, 9);
  });

  it('sizes the viewport to the plan, within an aspect range', () => {
    expect(viewportFor(bounds, 420, 10)).toEqual({ width: 420, height: 220 });
    expect(viewportFor({ min: [0, 0], max: [100, 1] }, 420, 10).height).toBe(Math.round(400 * 0.4 + 20));
    expect(viewportFor({ min: [0, 0], max: [1, 100] }, 420, 10).height).toBe(Math.round(400 * 1.6 + 20));
  });

  it('frames an empty floor and a single point without dividing by zero', () => {
    const empty = outlinesBounds([]);
    expect(empty).toEqual({ min: [-5, -5], max: [5, 5] });
    const frame = fitPlan({ min: [3, 3], max: [3, 3] }, 100, 100);
    expect(Number.isFinite(frame.scale)).toBe(true);
    expect(planToSvg(frame, [3, 3])).toEqual([50, 50]);
  });

  it('writes outlines as SVG points, rounded', () => {
    const frame = fitPlan({ min: [0, 0], max: [3, 3] }, 90, 90);
    expect(svgPoints(frame, [[0, 0], [1 / 3, 3]])).toBe('0,0 10,90');
  });
});

describe('where a room name goes', () => {
  it('stays inside an L-shaped room whose centroid is outside it', () => {
    expect(containsPoint(lShape, polygonCentroid(lShape))).toBe(false);
    const pole = poleOfInaccessibility(lShape, { precision: 1e-4 });
    expect(containsPoint(lShape, pole.point)).toBe(true);
    // The widest spot is in the corner square, pushed away from the re-entrant corner (2, 2).
    const exact = 4 - 2 * Math.SQRT2; // d = 1 + a where 1 + a = √2 (1 − a): wall distance = corner distance
    expect(pole.distance).toBeCloseTo(exact, 3);
    expect(pole.point[0]).toBeCloseTo(pole.point[1], 2);
    expect(distanceToBoundary(lShape, pole.point)).toBeCloseTo(pole.distance, 9);
  });

  it('picks an arm of a U-shaped room, not the gap between the arms', () => {
    expect(containsPoint(uShape, polygonCentroid(uShape))).toBe(false);
    const p = labelPoint(uShape);
    expect(containsPoint(uShape, p)).toBe(true);
    expect(distanceToBoundary(uShape, p)).toBeGreaterThanOrEqual(1.5 - 0.02);
  });

  it('does not care about winding', () => {
    const a = labelPoint(lShape);
    const b = labelPoint([...lShape].reverse());
    expect(distanceToBoundary(lShape, a)).toBeCloseTo(distanceToBoundary(lShape, b), 1);
  });

  it('puts the name in the middle of a plain rectangle, such as a corridor', () => {
    const corridor: PlanPolygon = [[7, 12], [40, 12], [40, 16], [7, 16]];
    const p = labelPoint(corridor);
    expect(p[0]).toBeCloseTo(23.5, 6);
    expect(p[1]).toBeCloseTo(14, 6);
  });

  it('keeps clear of obstacles when it can, and ignores them when they fill the room', () => {
    const room: PlanPolygon = [[0, 0], [10, 0], [10, 4], [0, 4]];
    const table: PlanPolygon = [[3, 1], [7, 1], [7, 3], [3, 3]];
    const p = labelPoint(room, [table]);
    expect(containsPoint(table, p)).toBe(false);
    expect(p[0] < 3 || p[0] > 7).toBe(true);
    const filling: PlanPolygon = [[-1, -1], [11, -1], [11, 5], [-1, 5]];
    expect(containsPoint(room, labelPoint(room, [filling]))).toBe(true);
  });

  it('gives up refining after the iteration bound, still inside', () => {
    // A comb: many narrow teeth make many candidate cells.
    const comb: [number, number][] = [[0, 0], [40, 0], [40, 1]];
    for (let x = 40; x > 0; x -= 2) comb.push([x, 5], [x - 1, 5], [x - 1, 1]);
    comb.push([0, 1]);
    const rough = poleOfInaccessibility(comb, { maxIterations: 5 });
    expect(Number.isFinite(rough.point[0]) && Number.isFinite(rough.point[1])).toBe(true);
    const fine = poleOfInaccessibility(comb);
    expect(containsPoint(comb, fine.point)).toBe(true);
    expect(fine.distance).toBeGreaterThanOrEqual(rough.distance);
  });

  it('returns the first point of a degenerate outline', () => {
    expect(poleOfInaccessibility([[1, 1], [2, 1], [3, 1]])).toEqual({ point: [1, 1], distance: 0 });
  });

  it('is inside every room of the demo museum, with room to spare', () => {
    const venue = JSON.parse(readFileSync(new URL('../../../../scenes/demo-museum/scene.json', import.meta.url), 'utf8')) as { rooms: { id: string; outline: PlanPolygon }[] };
    for (const room of venue.rooms) {
      const p = labelPoint(room.outline);
      expect(containsPoint(room.outline, p), room.id).toBe(true);
      expect(distanceToBoundary(room.outline, p), room.id).toBeGreaterThan(1);
    }
  });
});

describe('whether a label box fits', () => {
  it('fits in the corner square of an L but not across its notch', () => {
    expect(boxFits(lShape, [1, 1], 0.8, 0.8)).toBe(true);
    expect(boxFits(lShape, [3, 1], 2.5, 0.5)).toBe(true); // along the bar
    expect(boxFits(lShape, [2, 2], 1.5, 1.5)).toBe(false); // would cover the notch
    expect(boxFits(lShape, [1, 1], 1.2, 0.5)).toBe(false); // pokes through the x = 0 wall
  });

  it('does not fit across the gap of a U even when every corner is inside', () => {
    // Corners (1, 3), (8, 3), (8, 5), (1, 5) all lie in the arms; the middle is outside.
    expect(boxFits(uShape, [4.5, 4], 3.5, 1)).toBe(false);
  });

  it('keeps off obstacles', () => {
    const room: PlanPolygon = [[0, 0], [10, 0], [10, 4], [0, 4]];
    const pillar: PlanPolygon = [[4.5, 1.5], [5.5, 1.5], [5.5, 2.5], [4.5, 2.5]];
    expect(boxFits(room, [5, 2], 3, 1)).toBe(true);
    expect(boxFits(room, [5, 2], 3, 1, [pillar])).toBe(false); // pillar wholly inside the box
    expect(boxFits(room, [2, 2], 1, 1, [pillar])).toBe(true);
  });
});

describe('the camera on the plan', () => {
  it('turns the looking direction into a plan heading', () => {
    const h = planHeading([0, 1.6, 0], [3, 1.6, 4])!;
    expect(h[0]).toBeCloseTo(0.6);
    expect(h[1]).toBeCloseTo(0.8);
    expect(planHeading([0, 10, 0], [0, 0, 0])).toBeNull();
    expect(planHeading([0, 0, 0], [0, 0, 0])).toBeNull();
  });

  it('opens a cone symmetrically about the heading', () => {
    const [apex, left, right] = viewCone([10, 10], [1, 0], Math.PI / 6, 20);
    expect(apex).toEqual([10, 10]);
    expect(left![0]).toBeCloseTo(10 + 20 * Math.cos(Math.PI / 6));
    expect(left![1]).toBeCloseTo(10 - 10);
    expect(right![1]).toBeCloseTo(10 + 10);
  });

  it('brings a camera standing outside the drawing to its edge, on the line to its target', () => {
    expect(clampTowards([5, 5], [6, 6], [0, 0], [10, 10])).toEqual([5, 5]);
    const p = clampTowards([30, 5], [5, 5], [0, 0], [10, 10]);
    expect(p).toEqual([10, 5]);
    const q = clampTowards([20, 30], [5, 5], [0, 0], [10, 10]);
    expect(q[0]).toBeCloseTo(8); // y comes down to 10 at t = 0.8, where x = 20 − 15 · 0.8
    expect(q[1]).toBeCloseTo(10);
    expect(clampTowards([30, 30], [40, 40], [0, 0], [10, 10])).toEqual([10, 10]);
  });
});
