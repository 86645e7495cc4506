import type { PlanPoint } from '../../geometry/types.ts';
import type { PositionFix } from '../types.ts';
import { weightedCentroid } from './weighted-centroid.ts';
import { PHONE_HEIGHT, WindowedEstimator, type EstimatorContext, type HeardBeacon, type WindowOptions } from './windowed-estimator.ts';

/**
 * Least-squares trilateration: the plan point whose 3D distances to the heard
 * beacons (beacon height above the floor against a phone held at 1.2 m) best
 * match the distances the path-loss model reads from their RSSI.
 *
 * Weighted non-linear least squares, solved by Levenberg–Marquardt from the
 * weighted centroid. Shadowing noise is log-normal — a few dB whatever the
 * distance — so a distance read from RSSI is off by a *fraction* of itself; the
 * weight 1/d² makes each residual count relative to its expected size. With
 * fewer than three beacons on the floor the problem has no unique answer and the
 * weighted centroid is the fix.
 */

export interface TrilaterationOptions extends WindowOptions {
  /** At most this many of the strongest beacons take part (default 8): far ones add more noise than geometry. */
  maxBeacons?: number;
  /** Iteration cap of the solver (default 30). */
  maxIterations?: number;
}

/** One beacon as the solver sees it. */
export interface TrilaterationAnchor {
  readonly x: number;
  readonly z: number;
  /** Squared height difference between beacon and phone. */
  readonly dh2: number;
  /** Distance read from the RSSI. */
  readonly d: number;
  readonly w: number;
}

/** Weighted sum of squared residuals at (x, z). */
function cost(anchors: readonly TrilaterationAnchor[], x: number, z: number): number {
  let c = 0;
  for (const a of anchors) {
    const r = Math.sqrt((x - a.x) ** 2 + (z - a.z) ** 2 + a.dh2) - a.d;
    c += a.w * r * r;
  }
  return c;
}

/**
 * Minimises the weighted squared distance residuals from `start`; returns the
 * solution, its weighted RMS residual (metres) and the one-sigma radius of its
 * covariance (metres; Infinity when the beacons' geometry does not pin it down).
 */
export function solveTrilateration(anchors: readonly TrilaterationAnchor[], start: PlanPoint, maxIterations = 30): { position: PlanPoint; rmsResidual: number; spread: number } {
  let x = start[0], z = start[1];
  let current = cost(anchors, x, z);
  let lambda = 1e-2;
  for (let iter = 0; iter < maxIterations; iter++) {
    // Normal equations of the Gauss–Newton step: (JᵀWJ) δ = −JᵀW r, with a 2×2 JᵀWJ.
    let a11 = 0, a12 = 0, a22 = 0, g1 = 0, g2 = 0;
    for (const a of anchors) {
      const rho = Math.max(1e-6, Math.sqrt((x - a.x) ** 2 + (z - a.z) ** 2 + a.dh2));
      const jx = (x - a.x) / rho;
      const jz = (z - a.z) / rho;
      const r = rho - a.d;
      a11 += a.w * jx * jx;
      a12 += a.w * jx * jz;
      a22 += a.w * jz * jz;
      g1 += a.w * jx * r;
      g2 += a.w * jz * r;
    }
    let improved = false;
    // Levenberg–Marquardt: damp the diagonal until a step lowers the cost.
    for (let tries = 0; tries < 10 && !improved; tries++) {
      const b11 = a11 * (1 + lambda) + 1e-9, b22 = a22 * (1 + lambda) + 1e-9;
      const det = b11 * b22 - a12 * a12;
      if (!(Math.abs(det) > 1e-18)) break;
      const dx = (-g1 * b22 + g2 * a12) / det;
      const dz = (-g2 * b11 + g1 * a12) / det;
      const next = cost(anchors, x + dx, z + dz);
      if (Number.isFinite(next) && next < current) {
        x += dx;
        z += dz;
        improved = Math.abs(current - next) > 1e-12 * (1 + current);
        current = next;
        lambda = Math.max(1e-7, lambda / 10);
        if (Math.hypot(dx, dz) < 1e-4) improved = false;
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  let sw = 0, a11 = 0, a12 = 0, a22 = 0;
  for (const a of anchors) {
    sw += a.w;
    const rho = Math.max(1e-6, Math.sqrt((x - a.x) ** 2 + (z - a.z) ** 2 + a.dh2));
    const jx = (x - a.x) / rho;
    const jz = (z - a.z) / rho;
    a11 += a.w * jx * jx;
    a12 += a.w * jx * jz;
    a22 += a.w * jz * jz;
  }
  // Covariance of the solution, σ²·(JᵀWJ)⁻¹, with σ² the residual variance per degree of freedom;
  // its trace is the squared radius of the usual one-sigma circle (DRMS).
  const det = a11 * a22 - a12 * a12;
  const variance = current / Math.max(1, anchors.length - 2);
  const spread = det > 1e-12 ? Math.sqrt((variance * (a11 + a22)) / det) : Infinity;
  return { position: [x, z], rmsResidual: sw > 0 ? Math.sqrt(current / sw) : 0, spread };
}

/**
 * Trilateration estimator. Its accuracy radius is the solution's own one-sigma
 * spread (from the residuals and the beacons' geometry), or the centroid's spread
 * when the geometry is degenerate.
 */
export class TrilaterationEstimator extends WindowedEstimator {
  readonly method = 'trilateration' as const;
  private readonly maxBeacons: number;
  private readonly maxIterations: number;

  constructor(ctx: EstimatorContext, options: TrilaterationOptions = {}) {
    super(ctx, options);
    this.maxBeacons = options.maxBeacons ?? 8;
    this.maxIterations = options.maxIterations ?? 30;
  }

  protected solve(heard: readonly HeardBeacon[], t: number): PositionFix | null {
    const start = weightedCentroid(heard);
    if (!start) return null;
    const anchors: TrilaterationAnchor[] = heard
      .filter((h) => h.beacon.floor === start.floor)
      .slice(0, this.maxBeacons)
      .map((h) => ({
        x: h.beacon.position[0],
        z: h.beacon.position[1],
        dh2: (h.beacon.heightAboveFloor - PHONE_HEIGHT) ** 2,
        d: h.distance,
        w: 1 / Math.max(h.distance, 0.1) ** 2,
      }));
    const fallback = start.used > 1 ? start.spread : start.strongestDistance;
    if (anchors.length < 3) return this.fix(t, start.floor, start.position, fallback);
    // Start inside the floor's box: the centroid always is, but a clamp costs nothing and guards the solver.
    const solved = solveTrilateration(anchors, this.locator.clamp(start.floor, start.position), this.maxIterations);
    return this.fix(t, start.floor, solved.position, Number.isFinite(solved.spread) ? solved.spread : fallback);
  }
}
