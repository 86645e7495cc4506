/**
 * The tracker's one configuration, the same for every venue: nothing here is
 * tuned to a particular building. A venue adapts the tracker only through data it
 * carries — its rooms and obstacles, and per-beacon radio values from a survey
 * calibration (`npm run positioning:calibrate`).
 */
export interface TrackerConfig {
  /** Number of particles. */
  readonly particles: number;
  /** The filter folds in the sightings heard since its last update at most this often, ms. */
  readonly updateIntervalMs: number;
  /** Height of the phone above the floor, metres (held in the hand). */
  readonly phoneHeight: number;
  /** Spread of one averaged reading around the radio model, dB: noise plus what the model gets wrong (shelves, people). */
  readonly rssiSigmaDb: number;
  /** Readings more than this many sigmas off count with a heavy tail, so one reflection cannot pull the dot away. */
  readonly robustTailSigmas: number;
  /** At most this many of the strongest beacons per update: weak readings sit near the receiver's sensitivity floor and are biased. */
  readonly maxBeaconsPerUpdate: number;
  /**
   * Path-loss exponent for beacons whose venue gives none and that were not
   * calibrated. Indoors, among people, shelves and display cases, signals fall
   * off faster than in free space (measured exponents are typically 2.5–3.5).
   */
  readonly defaultPathLossExponent: number;
  /** Extra attenuation per floor between beacon and phone, dB. */
  readonly floorPenaltyDb: number;
  /** Probability that a visitor is standing still over one update; the rest walk. */
  readonly standingShare: number;
  /** Diffusion of a standing visitor, metres per √second. */
  readonly standingDiffusion: number;
  /** Diffusion of a walking visitor without step cues, metres per √second. */
  readonly walkingDiffusion: number;
  /** Step length with step cues, metres, and its spread. */
  readonly stepLength: number;
  readonly stepLengthSigma: number;
  /** Heading noise of step cues, radians. */
  readonly headingSigma: number;
  /** After a gap this long (ms) without sightings, particles may be anywhere near where they were, not only where a walk could take them. */
  readonly longGapMs: number;
  /** Particles replaced by fresh guesses near the strongest beacons at every update, share (keeps the filter able to recover). */
  readonly baseInjection: number;
  /** Share replaced when the readings contradict the particles (the visitor was elsewhere all along). */
  readonly recoveryInjection: number;
  /** Radius around the strongest beacons where fresh guesses land, metres. */
  readonly injectionRadius: number;
  /** A particle may change floor within this distance of a stairs or elevator node, metres… */
  readonly floorChangeRadius: number;
  /** …with this probability per update. */
  readonly floorChangeProbability: number;
  /** Time constant of the phone's receiver offset estimate, ms (phones differ by 10–20 dB). */
  readonly offsetTimeConstantMs: number;
  /** How far (dB) one update's readings may stray from the running offset estimate, as a prior spread. */
  readonly offsetPriorSigmaDb: number;
  /** The receiver offset estimate stays within ± this many dB. */
  readonly maxOffsetDb: number;
  /** Smallest uncertainty radius reported, metres. */
  readonly minAccuracy: number;
}

export const DEFAULT_TRACKER_CONFIG: TrackerConfig = {
  particles: 600,
  updateIntervalMs: 250,
  phoneHeight: 1.2,
  rssiSigmaDb: 9,
  robustTailSigmas: 2.5,
  maxBeaconsPerUpdate: 5,
  defaultPathLossExponent: 2.7,
  floorPenaltyDb: 15,
  standingShare: 0.7,
  standingDiffusion: 0.12,
  walkingDiffusion: 0.7,
  stepLength: 0.7,
  stepLengthSigma: 0.15,
  headingSigma: 0.35,
  longGapMs: 4000,
  baseInjection: 0.02,
  recoveryInjection: 0.25,
  injectionRadius: 4,
  floorChangeRadius: 2.5,
  floorChangeProbability: 0.05,
  offsetTimeConstantMs: 20_000,
  offsetPriorSigmaDb: 6,
  maxOffsetDb: 25,
  minAccuracy: 0.5,
};
