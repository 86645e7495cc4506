import { describe, expect, it } from 'vitest';
import { containsPoint, distanceOutside, findPolygonDefect, signedArea } from '../../../../src/core/geometry/polygon.ts';
import type { PlanPolygon } from '../../../../src/core/geometry/types.ts';

const square: PlanPolygon = [[0, 0], [4, 0], [4, 4], [0, 4]];
const lShape: PlanPolygon = [[0, 0], [6, 0], [6, 2], [2, 2], [2, 6], [0, 6]];

describe('plan polygons', () => {
  it('does not care about winding', () => {
    const reversed = [...square].reverse();
    expect(Math.abs(signedArea(square))).toBe(16);
    expect(signedArea(reversed)).toBe(-signedArea(square));
    expect(containsPoint(reversed, [1, 1])).toBe(true);
    expect(findPolygonDefect(reversed)).toBeNull();
  });

  it('knows the inside of a concave room', () => {
    expect(containsPoint(lShape, [1, 5])).toBe(true);
    expect(containsPoint(lShape, [4, 4])).toBe(false);
    expect(distanceOutside(lShape, [4, 4])).toBeCloseTo(2);
    expect(distanceOutside(lShape, [1, 1])).toBe(0);
  });

  it('names the defect of a broken outline', () => {
    expect(findPolygonDefect([[0, 0], [1, 1]])).toEqual({ kind: 'too-few-points', count: 2 });
    expect(findPolygonDefect([[0, 0], [1, 0], [1, 0], [0, 1]])).toEqual({ kind: 'repeated-point', index: 2 });
    expect(findPolygonDefect([[0, 0], [4, 4], [4, 0], [0, 4]])).toEqual({ kind: 'self-intersection', edgeA: 0, edgeB: 2 });
    expect(findPolygonDefect([[0, 0], [1, 0], [2, 0]])).toEqual({ kind: 'zero-area' });
    expect(findPolygonDefect(lShape)).toBeNull();
  });
});
