import { MIN_DISTANCE, type PathLossModel } from '../radio/path-loss.ts';

/**
 * Fitting the log-distance path-loss model to measurements. The model is a line,
 * `rssi = txPower − n · x` with `x = 10·log10(d)`, so ordinary least squares of
 * RSSI on x gives the exponent n (minus the slope) and txPower (the intercept, the
 * RSSI at 1 m). A fit needs enough points spread over enough distance; an exponent
 * outside the physically sensible range is clamped and txPower refitted with it.
 */

/** One beacon heard at one surveyed point: the mean RSSI there and the true 3D distance. */
export interface PathLossObservation {
  readonly rssi: number;
  /** Metres. */
  readonly distance: number;
}

export interface FitOptions {
  /** Fewer observations than this give no fit (default 10). */
  minPoints?: number;
  /** The observations' 10·log10(distance) must span at least this many dB (default 3: distances a factor 2 apart). */
  minSpreadDb?: number;
  /** The exponent is clamped to this range (default [1.2, 5]). */
  exponentRange?: readonly [number, number];
}

/** A path-loss fit and how well it describes its observations. */
export interface PathLossFit extends PathLossModel {
  readonly points: number;
  /** Root-mean-square residual of the observations against the fitted model, dB. */
  readonly rmsDb: number;
  /** Set when the fitted exponent was outside the range: the value before clamping. */
  readonly unclampedExponent?: number;
}

/** Why there is no fit. */
export interface NoFit {
  readonly points: number;
  readonly reason: string;
}

export const DEFAULT_FIT_OPTIONS: Required<FitOptions> = { minPoints: 10, minSpreadDb: 3, exponentRange: [1.2, 5] };

/** The RSSI residuals' RMS (dB) of observations against a model; 0 for none. */
export function rmsResidualDb(model: PathLossModel, observations: readonly PathLossObservation[]): number {
  let sum = 0;
  let n = 0;
  for (const o of observations) {
    const x = 10 * Math.log10(Math.max(o.distance, MIN_DISTANCE));
    const r = o.rssi - (model.txPower - model.exponent * x);
    if (Number.isFinite(r)) {
      sum += r * r;
      n++;
    }
  }
  return n > 0 ? Math.sqrt(sum / n) : 0;
}

/** Fits txPower and exponent to `observations` (non-finite ones are skipped), or says why it cannot. */
export function fitPathLoss(observations: readonly PathLossObservation[], options: FitOptions = {}): PathLossFit | NoFit {
  const { minPoints, minSpreadDb, exponentRange } = { ...DEFAULT_FIT_OPTIONS, ...options };
  const usable = observations.filter((o) => Number.isFinite(o.rssi) && Number.isFinite(o.distance) && o.distance >= 0);
  const n = usable.length;
  if (n < minPoints) return { points: n, reason: `only ${n} ${n === 1 ? 'point' : 'points'} (at least ${minPoints} needed)` };
  const xs = usable.map((o) => 10 * Math.log10(Math.max(o.distance, MIN_DISTANCE)));
  const spread = Math.max(...xs) - Math.min(...xs);
  if (spread < minSpreadDb) {
    return { points: n, reason: `distances too alike (${spread.toFixed(1)} dB of 10·log10(d) spread, at least ${minSpreadDb} needed)` };
  }
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += usable[i]!.rssi;
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (usable[i]!.rssi - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (!(sxx > 0)) return { points: n, reason: 'all points at the same distance' };
  const fitted = -sxy / sxx;
  const [lo, hi] = exponentRange;
  const exponent = Math.min(hi, Math.max(lo, fitted));
  // With the exponent fixed, the least-squares intercept is the mean of rssi + n·x.
  const txPower = my + exponent * mx;
  const model = { txPower, exponent };
  return {
    ...model,
    points: n,
    rmsDb: rmsResidualDb(model, usable),
    ...(exponent !== fitted && { unclampedExponent: fitted }),
  };
}

/** True when `fit` is a fit rather than a reason. */
export const isFit = (fit: PathLossFit | NoFit): fit is PathLossFit => 'txPower' in fit;
