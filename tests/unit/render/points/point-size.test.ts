import { describe, expect, it } from 'vitest';
import { estimatePointSpacing, pointPixelSize, pointSizeMetres, POINT_SIZE } from '../../../../src/render/scans/points/point-size.ts';

/** Points on a regular grid over the rectangle from `origin` along `u` then `v` (metres), `step` apart. */
function gridPlane(origin: number[], u: number[], v: number[], step: number): number[] {
  const out: number[] = [];
  const nu = Math.round(Math.hypot(...u) / step);
  const nv = Math.round(Math.hypot(...v) / step);
  for (let i = 0; i < nu; i++) for (let j = 0; j < nv; j++) for (let a = 0; a < 3; a++) out.push(origin[a]! + (u[a]! * (i + 0.5)) / nu + (v[a]! * (j + 0.5)) / nv);
  return out;
}

describe('the spacing of a point cloud', () => {
  it('measures the grid step of points on a floor', () => {
    const floor = Float32Array.from(gridPlane([0, 0, 0], [10, 0, 0], [0, 0, 10], 0.05));
    const spacing = estimatePointSpacing(floor, floor.length / 3)!;
    expect(spacing).toBeGreaterThan(0.045);
    expect(spacing).toBeLessThan(0.06);
  });

  it('measures a room of several surfaces, from an even subsample of it', () => {
    const room = [...gridPlane([0, 0, 0], [12, 0, 0], [0, 0, 8], 0.04), ...gridPlane([0, 0, 0], [12, 0, 0], [0, 3, 0], 0.04), ...gridPlane([0, 0, 0], [0, 0, 8], [0, 3, 0], 0.04)];
    const total = room.length / 3;
    const sample: number[] = [];
    for (let i = 0; i < total; i += 5) sample.push(room[i * 3]!, room[i * 3 + 1]!, room[i * 3 + 2]!);
    const spacing = estimatePointSpacing(Float32Array.from(sample), total)!;
    expect(spacing).toBeGreaterThan(0.035);
    expect(spacing).toBeLessThan(0.05);
  });

  it('finds sparser clouds sparser', () => {
    const dense = Float32Array.from(gridPlane([0, 0, 0], [6, 0, 0], [0, 0, 6], 0.03));
    const sparse = Float32Array.from(gridPlane([0, 0, 0], [6, 0, 0], [0, 0, 6], 0.12));
    expect(estimatePointSpacing(sparse, sparse.length / 3)!).toBeGreaterThan(3 * estimatePointSpacing(dense, dense.length / 3)!);
  });

  it('says nothing about too few points or points all in one spot', () => {
    expect(estimatePointSpacing(new Float32Array(3 * 10), 10)).toBeNull();
    expect(estimatePointSpacing(new Float32Array(3 * 100).fill(2), 100)).toBeNull();
  });
});

describe('the size of a point', () => {
  it('is a few times the spacing, within 2 cm and 30 cm', () => {
    expect(pointSizeMetres(0.01)).toBeCloseTo(0.01 * POINT_SIZE.spacingFactor);
    expect(pointSizeMetres(0.001)).toBe(POINT_SIZE.minMetres);
    expect(pointSizeMetres(0.5)).toBe(POINT_SIZE.maxMetres);
    expect(POINT_SIZE.minMetres).toBe(0.02);
  });

  it('falls back to 2.5 cm when the spacing is unknown', () => {
    expect(pointSizeMetres(null)).toBe(0.025);
    expect(pointSizeMetres(Number.NaN)).toBe(0.025);
  });

  it('is as many pixels as its metres cover on screen, clamped', () => {
    const projectionYY = 1 / Math.tan(Math.PI / 6); // a 60° field of view
    // 2.5 cm at 5 m on a 1000 px high buffer: 0.025 × 1.732 × 500 / 5.
    expect(pointPixelSize(0.025, 5, projectionYY, 1000, 1, 100)).toBeCloseTo(4.33, 2);
    expect(pointPixelSize(0.025, 10, projectionYY, 1000, 1, 100)).toBeCloseTo(2.165, 2);
    expect(pointPixelSize(0.025, 500, projectionYY, 1000, 1.5, 100)).toBe(1.5);
    expect(pointPixelSize(0.3, 0.2, projectionYY, 1000, 1.5, 40)).toBe(40);
  });
});
