import type { PlanPoint } from '../../geometry/types.ts';
import type { PositionFix } from '../types.ts';
import { dominantFloor, WindowedEstimator, type EstimatorContext, type HeardBeacon, type WindowOptions } from './windowed-estimator.ts';

/**
 * The weighted-centroid baseline: the visitor is at the weighted mean of the
 * positions of the k strongest beacons heard in the last second.
 *
 * Weights: w = 1 / d^p, with d the distance the path-loss model reads from the
 * beacon's smoothed RSSI and p = 1 by default. This is the common textbook form
 * (a weight inversely proportional to the estimated distance); p = 2 leans harder
 * on the strongest beacon and tends towards "nearest beacon", which is noisier.
 * Only beacons on the dominant floor (the floor carrying the most weight among the
 * k) take part, so a beacon heard through a ceiling does not pull the fix sideways.
 */

export interface WeightedCentroidOptions extends WindowOptions {
  /** How many of the strongest beacons take part (default 6). */
  k?: number;
  /** Exponent p of the weight 1/d^p (default 1). */
  weightExponent?: number;
}

/** A centroid, its floor, and the weighted spread of the beacons around it. */
export interface Centroid {
  readonly floor: string;
  readonly position: PlanPoint;
  /** Weighted RMS distance (plan, metres) of the contributing beacons from the centroid. */
  readonly spread: number;
  /** How many beacons took part. */
  readonly used: number;
  /** Path-loss distance of the strongest beacon that took part, metres. */
  readonly strongestDistance: number;
}

/** The weight of one heard beacon. */
export const centroidWeight = (h: HeardBeacon, exponent: number): number => 1 / Math.max(h.distance, 0.1) ** exponent;

/** The weighted centroid of the k strongest beacons in `heard` (sorted strongest first); undefined when empty. */
export function weightedCentroid(heard: readonly HeardBeacon[], k = 6, exponent = 1): Centroid | undefined {
  const strongest = heard.slice(0, Math.max(1, k));
  const floor = dominantFloor(strongest, (h) => centroidWeight(h, exponent));
  if (floor === undefined) return undefined;
  let sw = 0, sx = 0, sz = 0, used = 0, strongestDistance = Infinity;
  for (const h of strongest) {
    if (h.beacon.floor !== floor) continue;
    if (used === 0) strongestDistance = h.distance;
    const w = centroidWeight(h, exponent);
    sw += w;
    sx += w * h.beacon.position[0];
    sz += w * h.beacon.position[1];
    used++;
  }
  if (!(sw > 0)) return undefined;
  const position: PlanPoint = [sx / sw, sz / sw];
  let spread2 = 0;
  for (const h of strongest) {
    if (h.beacon.floor !== floor) continue;
    const dx = h.beacon.position[0] - position[0];
    const dz = h.beacon.position[1] - position[1];
    spread2 += centroidWeight(h, exponent) * (dx * dx + dz * dz);
  }
  return { floor, position, spread: Math.sqrt(spread2 / sw), used, strongestDistance };
}

/**
 * Weighted-centroid estimator. Its accuracy radius is the weighted spread of the
 * contributing beacons around the fix: tight when one beacon dominates, wide when
 * several far beacons pull equally. A single beacon has no spread: its path-loss
 * distance stands in.
 */
export class WeightedCentroidEstimator extends WindowedEstimator {
  readonly method = 'wcentroid' as const;
  private readonly k: number;
  private readonly exponent: number;

  constructor(ctx: EstimatorContext, options: WeightedCentroidOptions = {}) {
    super(ctx, options);
    this.k = options.k ?? 6;
    this.exponent = options.weightExponent ?? 1;
  }

  protected solve(heard: readonly HeardBeacon[], t: number): PositionFix | null {
    const c = weightedCentroid(heard, this.k, this.exponent);
    if (!c) return null;
    const accuracy = c.used > 1 ? c.spread : c.strongestDistance;
    return this.fix(t, c.floor, c.position, accuracy);
  }
}
