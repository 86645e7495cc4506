import type { Estimator } from '../types.ts';
import { FingerprintEstimator } from './fingerprint.ts';
import { NearestBeaconEstimator } from './nearest-beacon.ts';
import { TrilaterationEstimator } from './trilateration.ts';
import { WeightedCentroidEstimator } from './weighted-centroid.ts';
import type { EstimatorContext, WindowOptions } from './windowed-estimator.ts';

/** The radio baselines this module builds (the tracker is built elsewhere). */
export const BASELINE_METHODS = ['nearest', 'wcentroid', 'trilateration', 'fingerprint'] as const;
export type BaselineMethod = (typeof BASELINE_METHODS)[number];

/** True when `method` names one of the baselines. */
export function isBaselineMethod(method: string): method is BaselineMethod {
  return (BASELINE_METHODS as readonly string[]).includes(method);
}

/** True when `method` can be built from `ctx` (fingerprinting needs a radio map with points). */
export function canCreateEstimator(method: BaselineMethod, ctx: EstimatorContext): boolean {
  return method !== 'fingerprint' || (ctx.radioMap?.points.length ?? 0) > 0;
}

/**
 * Builds a baseline estimator with its default configuration (one-second window;
 * 6 strongest beacons for the centroid; k = 4 for fingerprinting). Throws
 * `MissingRadioMapError` (fingerprint.ts) for `fingerprint` without a radio map — check
 * {@link canCreateEstimator} first to say "fingerprint needs --survey" instead.
 */
export function createEstimator(method: BaselineMethod, ctx: EstimatorContext, options: WindowOptions = {}): Estimator {
  switch (method) {
    case 'nearest':
      return new NearestBeaconEstimator(ctx, options);
    case 'wcentroid':
      return new WeightedCentroidEstimator(ctx, options);
    case 'trilateration':
      return new TrilaterationEstimator(ctx, options);
    case 'fingerprint':
      return new FingerprintEstimator(ctx, options);
  }
}
