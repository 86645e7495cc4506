import type { PlanPoint } from '../geometry/types.ts';

/**
 * The shared vocabulary of positioning. Every beacon source (Web Bluetooth, the
 * native bridge, a replayed trace, the simulator) yields the same events, and
 * every estimator (the baselines and the tracker) consumes them through the same
 * interface, so the browser, the CLIs, the tests and the benchmarks share one path.
 *
 * Times are milliseconds on the caller's clock (a trace's `t`, or
 * `performance.now()` in the browser); nothing here reads a clock itself.
 */

/** One advertisement heard from a beacon of the venue (already resolved to its id). */
export interface BeaconSighting {
  /** Milliseconds on the caller's clock. */
  readonly t: number;
  /** The venue's beacon id. */
  readonly beaconId: string;
  /** Received signal strength, dBm. */
  readonly rssi: number;
}

/** A pedestrian cue: a detected step and/or the walking heading. */
export interface MotionCue {
  readonly t: number;
  /** True when a step was detected at `t`. */
  readonly step?: boolean;
  /** Walking heading in radians in the plan: 0 along +x, π/2 along +z. */
  readonly heading?: number;
}

/** Where the visitor is, as an estimator believes at time `t`. */
export interface PositionFix {
  readonly t: number;
  /** Plan position [x, z], metres. */
  readonly position: PlanPoint;
  /** The floor's id. */
  readonly floor: string;
  /** The room containing the position, if any. */
  readonly room: string | null;
  /** Radius (metres) within which the visitor is, with about 68 % confidence. Always finite and > 0. */
  readonly accuracy: number;
}

/** The positioning methods, as the evaluator and the README name them. */
export const METHODS = ['nearest', 'wcentroid', 'trilateration', 'fingerprint', 'tracker'] as const;
export type MethodName = (typeof METHODS)[number];

/**
 * A position estimator: fed sightings (and optionally motion cues) in time order,
 * asked for its estimate at any time. Implementations must never return NaN and
 * must ignore sightings of beacons they do not know.
 */
export interface Estimator {
  readonly method: MethodName;
  /** Takes one sighting. Sightings arrive in non-decreasing `t`. */
  sight(sighting: BeaconSighting): void;
  /** Takes one motion cue (estimators without a motion model ignore it). */
  move?(cue: MotionCue): void;
  /** The estimate at `t` (≥ the last input's `t`), or null before the first fix. */
  estimate(t: number): PositionFix | null;
}
