/**
 * Every parameter of a simulated walk, with its default. The defaults describe an
 * ordinary visitor with a phone in hand in a building with BLE beacons on walls
 * and ceilings; they are deliberately unkind (noise, body shadowing, lost
 * advertisements) so that estimators tuned on simulations do not flatter themselves.
 */

/** A closed range `[min, max]`. */
export type Range = readonly [min: number, max: number];

/** The options of {@link simulateWalk}; every field is optional. */
export interface SimulateOptions {
  /** Seed of the whole run: the same seed and options give the same trace. Default 1. */
  readonly seed?: number;
  /** Length of the trace, milliseconds. Default 150 000 (2.5 minutes). */
  readonly durationMs?: number;
  /** Where the walk starts: a nav node id or a hotspot id. Default: a node of the entrance room, else a random node. */
  readonly start?: string;
  /**
   * Nav node ids or hotspot ids to visit in this order. The walk then ends at the
   * last stop (or at `durationMs`). Default: exhibits picked at random, nearer ones
   * more likely, until `durationMs`.
   */
  readonly stops?: readonly string[];
  /** Walking speed, m/s; each leg draws its own. Default [1.1, 1.3]. */
  readonly walkingSpeed?: Range;
  /** How long the visitor stands at each stop, seconds. Default [6, 15]. */
  readonly pauseS?: Range;
  /** Height of the phone above the walking surface, metres. Default 1.2. */
  readonly phoneHeight?: number;
  /** Interval of the ground-truth points, ms. Default 500. */
  readonly truthIntervalMs?: number;
  /** Advertising interval of beacons whose venue entry gives none, ms. Default 150. */
  readonly defaultIntervalMs?: number;
  /** BLE adds a random 0–10 ms delay to every advertising event so beacons do not stay in lockstep. Default 10. */
  readonly advertisingDelayMs?: number;
  /** Standard deviation of the Gaussian RSSI noise, dB. Default 4. */
  readonly noiseSigmaDb?: number;
  /**
   * Extra loss when the beacon is behind the walker (the body is in the way), dB:
   * the first value at 90° off the heading, the second straight behind. Default [5, 10].
   */
  readonly bodyShadowDb?: Range;
  /** Fraction of advertisements lost anywhere (collisions, scan windows). Default 0.25. */
  readonly dropout?: number;
  /** Extra loss near the sensitivity limit: at the limit a further `farDropout` of the rest is lost. Default 0.5. */
  readonly farDropout?: number;
  /** Weaker advertisements are never heard, dBm. Default −100. */
  readonly sensitivityDbm?: number;
  /** Loss through one floor slab, dB. Beacons two or more floors away are never heard. Default 18. */
  readonly floorAttenuationDb?: number;
  /** Time between steps while walking, ms. Default 600. */
  readonly stepIntervalMs?: number;
  /** Step-to-step variation of the step interval (uniform ±), ms. Default 60. */
  readonly stepJitterMs?: number;
  /** Standard deviation of the heading noise in motion cues, radians. Default 0.15. */
  readonly headingNoise?: number;
}

/** {@link SimulateOptions} with every default filled in and every value made sane. */
export interface ResolvedSimulateOptions {
  readonly seed: number;
  readonly durationMs: number;
  readonly start: string | undefined;
  readonly stops: readonly string[] | undefined;
  readonly walkingSpeed: Range;
  readonly pauseS: Range;
  readonly phoneHeight: number;
  readonly truthIntervalMs: number;
  readonly defaultIntervalMs: number;
  readonly advertisingDelayMs: number;
  readonly noiseSigmaDb: number;
  readonly bodyShadowDb: Range;
  readonly dropout: number;
  readonly farDropout: number;
  readonly sensitivityDbm: number;
  readonly floorAttenuationDb: number;
  readonly stepIntervalMs: number;
  readonly stepJitterMs: number;
  readonly headingNoise: number;
}

/** The defaults, as documented on {@link SimulateOptions}. */
export const SIMULATE_DEFAULTS: ResolvedSimulateOptions = {
  seed: 1,
  durationMs: 150_000,
  start: undefined,
  stops: undefined,
  walkingSpeed: [1.1, 1.3],
  pauseS: [6, 15],
  phoneHeight: 1.2,
  truthIntervalMs: 500,
  defaultIntervalMs: 150,
  advertisingDelayMs: 10,
  noiseSigmaDb: 4,
  bodyShadowDb: [5, 10],
  dropout: 0.25,
  farDropout: 0.5,
  sensitivityDbm: -100,
  floorAttenuationDb: 18,
  stepIntervalMs: 600,
  stepJitterMs: 60,
  headingNoise: 0.15,
};

/** The longest trace the simulator makes (one hour): bounds memory whatever the caller asks. */
export const MAX_DURATION_MS = 3_600_000;

const num = (value: number | undefined, fallback: number, min: number, max: number): number =>
  value !== undefined && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

const range = (value: Range | undefined, fallback: Range, min: number, max: number): Range => {
  if (value === undefined || !Number.isFinite(value[0]) || !Number.isFinite(value[1])) return fallback;
  const a = Math.min(max, Math.max(min, value[0]));
  const b = Math.min(max, Math.max(min, value[1]));
  return a <= b ? [a, b] : [b, a];
};

/**
 * Fills in defaults and clamps every value into a range where the simulation
 * stays meaningful and finite (a non-finite value falls back to its default), so
 * no option can make the simulator loop forever or produce NaN.
 */
export function resolveSimulateOptions(options: SimulateOptions = {}): ResolvedSimulateOptions {
  const d = SIMULATE_DEFAULTS;
  return {
    seed: options.seed !== undefined && Number.isFinite(options.seed) ? Math.trunc(options.seed) >>> 0 : d.seed,
    durationMs: num(options.durationMs, d.durationMs, 0, MAX_DURATION_MS),
    start: options.start,
    stops: options.stops,
    walkingSpeed: range(options.walkingSpeed, d.walkingSpeed, 0.2, 3),
    pauseS: range(options.pauseS, d.pauseS, 0, 600),
    phoneHeight: num(options.phoneHeight, d.phoneHeight, 0, 3),
    truthIntervalMs: num(options.truthIntervalMs, d.truthIntervalMs, 50, 60_000),
    defaultIntervalMs: num(options.defaultIntervalMs, d.defaultIntervalMs, 20, 60_000),
    advertisingDelayMs: num(options.advertisingDelayMs, d.advertisingDelayMs, 0, 100),
    noiseSigmaDb: num(options.noiseSigmaDb, d.noiseSigmaDb, 0, 30),
    bodyShadowDb: range(options.bodyShadowDb, d.bodyShadowDb, 0, 60),
    dropout: num(options.dropout, d.dropout, 0, 0.99),
    farDropout: num(options.farDropout, d.farDropout, 0, 1),
    sensitivityDbm: num(options.sensitivityDbm, d.sensitivityDbm, -130, 0),
    floorAttenuationDb: num(options.floorAttenuationDb, d.floorAttenuationDb, 0, 100),
    stepIntervalMs: num(options.stepIntervalMs, d.stepIntervalMs, 200, 5_000),
    stepJitterMs: num(options.stepJitterMs, d.stepJitterMs, 0, 1_000),
    headingNoise: num(options.headingNoise, d.headingNoise, 0, Math.PI),
  };
}
