import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { walkableAreaOf } from '../../geometry/walkable.ts';
import type { BeaconMap } from '../radio/beacon-map.ts';
import type { BeaconSighting, Estimator, MotionCue, PositionFix } from '../types.ts';
import { seededRandom, type Random } from '../random.ts';
import { DEFAULT_TRACKER_CONFIG, type TrackerConfig } from './config.ts';
import { radioModel, type RadioModel } from './radio-likelihood.ts';
import { occupancyGrid, type OccupancyGrid } from './occupancy-grid.ts';
import { floorConnectors, type FloorConnector } from './floor-connectors.ts';
import { createParticles, resample, reweight, summarize, type Particles } from './particles.ts';
import { SightingBuffer, type Readings } from './sighting-buffer.ts';
import { predict } from './motion.ts';

/**
 * The on-site "blue dot": a particle filter over the venue's walkable space.
 *
 * - Time is passed in (every sighting and every question carries its `t`), and
 *   randomness comes from a seeded source: a trace replays to the same dots on
 *   every machine, and the browser, the CLIs and the tests share this one path.
 * - Particles move through free cells of the floor's occupancy grid only, so the
 *   dot cannot pass through walls or display cases, and change floor only near
 *   stairs and elevators.
 * - Sightings are folded in at most every `updateIntervalMs`, averaged per
 *   beacon: the cost depends on time, not on how chatty the beacons are.
 * - It recovers by itself: a few particles are always fresh guesses near the
 *   strongest beacons, and many more when the readings contradict the particles.
 */
export interface Tracker extends Estimator {
  readonly method: 'tracker';
  /** Puts the visitor at a known place (a scanned QR code at an exhibit, a picked room), with this uncertainty. */
  placeAt(t: number, position: PlanPoint, floor: string, accuracy?: number): void;
  /** Forgets everything: the next sightings start a new track. */
  reset(): void;
  /** The receiver offset the tracker has learned for this phone, dB (for diagnostics). */
  readonly receiverOffsetDb: number;
  /** Filter updates run so far (for the benchmark's cost per update). */
  readonly updates: number;
}

export interface TrackerOptions {
  readonly config?: Partial<TrackerConfig>;
  /** Seed of the random source: same seed and input, same output. */
  readonly seed?: number;
}

/** Creates a tracker for a venue; `beacons` carries the radio model of each beacon (calibrated or default). */
export function createTracker(venue: Venue, beacons: BeaconMap, options: TrackerOptions = {}): Tracker {
  const config: TrackerConfig = { ...DEFAULT_TRACKER_CONFIG, ...options.config };
  const random: Random = seededRandom(options.seed ?? 1);
  const radio: RadioModel = radioModel(venue, beacons, config);
  const grids: OccupancyGrid[] = radio.floors.map((f) => occupancyGrid(venue, f));
  const connectors: FloorConnector[] = floorConnectors(venue, radio.floors);
  const particles: Particles = createParticles(config.particles);
  const scratch = { x: new Float64Array(config.particles), z: new Float64Array(config.particles), floor: new Int32Array(config.particles) };
  const logLikelihood = new Float64Array(config.particles);
  const buffer = new SightingBuffer(radio, config.maxBeaconsPerUpdate);

  let initialised = false;
  let lastUpdate = -Infinity;
  let lastSighting = -Infinity;
  let offset = 0;
  let steps: MotionCue[] = [];
  let fix: PositionFix | null = null;
  let updates = 0;

  /** Replaces `count` particles from index `from` on with fresh guesses near the strongest beacons of `readings`. */
  const scatter = (readings: Readings, from: number, count: number): void => {
    const candidates = Math.min(3, readings.count);
    if (candidates === 0) return;
    for (let k = 0; k < count; k++) {
      const i = (from + k) % particles.size;
      const b = readings.beacons[Math.floor(random.next() * candidates)] ?? 0;
      const floor = radio.beaconFloor[b] ?? 0;
      const p = grids[floor]?.randomFreeNear(radio.beaconX[b] ?? 0, radio.beaconZ[b] ?? 0, config.injectionRadius, random);
      if (!p) continue;
      particles.x[i] = p[0];
      particles.z[i] = p[1];
      particles.floor[i] = floor;
    }
  };

  const update = (t: number): void => {
    const readings = buffer.take(offset);
    if (readings.count === 0) return;
    const dt = Number.isFinite(lastUpdate) ? Math.max(0, t - lastUpdate) : 0;
    const gap = Number.isFinite(lastSighting) ? t - lastSighting : 0;
    lastUpdate = t;
    updates++;
    if (!initialised) {
      scatter(readings, 0, particles.size);
      particles.weight.fill(1 / particles.size);
      initialised = true;
    } else {
      predict(particles, grids, connectors, random, config, dt, gap > config.longGapMs, steps);
      steps = [];
      // A few fresh guesses every update: if the visitor is elsewhere, they win the
      // next weighting and the track follows, even when all other particles are
      // equally wrong (then no weight collapses and nothing else would notice).
      scatter(readings, Math.floor(random.next() * particles.size), Math.round(config.baseInjection * particles.size));
    }

    let best = -Infinity;
    for (let i = 0; i < particles.size; i++) {
      const ll = radio.logLikelihood(particles.x[i] ?? 0, particles.z[i] ?? 0, particles.floor[i] ?? 0, readings.beacons, readings.rssi, readings.count);
      logLikelihood[i] = ll;
      if (ll > best) best = ll;
    }
    const ess = reweight(particles, logLikelihood);
    learnOffset(readings, dt);

    // Readings that even the best particle explains badly mean the visitor is
    // not where the particles are: bring in many fresh guesses.
    const meanPenalty = -best / readings.count;
    const contradicted = meanPenalty > 0.5 * config.robustTailSigmas * config.robustTailSigmas;
    if (ess < particles.size / 2 || contradicted) resample(particles, random, scratch);
    if (contradicted) scatter(readings, Math.floor(random.next() * particles.size), Math.round(config.recoveryInjection * particles.size));

    fix = currentFix(t);
  };

  /** Follows the phone's receiver offset: the mean residual at the estimate, slowly. */
  const learnOffset = (readings: Readings, dt: number): void => {
    const summary = summarize(particles, radio.floors.length);
    let residual = 0;
    for (let k = 0; k < readings.count; k++) {
      residual += (readings.raw[k] ?? 0) - radio.expected(readings.beacons[k] ?? 0, summary.summary.x, summary.summary.z, summary.floor);
    }
    residual /= readings.count;
    const alpha = 1 - Math.exp(-Math.max(dt, config.updateIntervalMs) / config.offsetTimeConstantMs);
    offset = Math.max(-config.maxOffsetDb, Math.min(config.maxOffsetDb, offset + alpha * (residual - offset)));
  };

  const currentFix = (t: number): PositionFix | null => {
    const { floor, summary } = summarize(particles, radio.floors.length);
    if (!(summary.weight > 0)) return fix;
    const grid = grids[floor];
    // The mean of particles around a display case can fall inside it: show the dot at the nearest free place.
    const position = grid?.nearestFree([summary.x, summary.z], 10) ?? ([summary.x, summary.z] as PlanPoint);
    const floorId = radio.floors[floor] ?? '';
    return {
      t,
      position,
      floor: floorId,
      room: walkableAreaOf(venue, floorId).roomAt(position)?.id ?? null,
      accuracy: Math.max(config.minAccuracy, Number.isFinite(summary.spread) ? summary.spread : config.injectionRadius),
    };
  };

  return {
    method: 'tracker',
    get receiverOffsetDb() {
      return offset;
    },
    get updates() {
      return updates;
    },
    sight(sighting: BeaconSighting): void {
      if (!Number.isFinite(sighting.t) || !Number.isFinite(sighting.rssi)) return;
      const index = radio.indexOf(sighting.beaconId);
      if (index < 0) return;
      if (buffer.size > 0 && sighting.t - lastUpdate >= config.updateIntervalMs) update(sighting.t);
      buffer.add(index, sighting.rssi);
      lastSighting = sighting.t;
      if (!initialised && !Number.isFinite(lastUpdate)) lastUpdate = sighting.t - config.updateIntervalMs / 2;
    },
    move(cue: MotionCue): void {
      if (cue.step && Number.isFinite(cue.t)) steps.push(cue);
    },
    estimate(t: number): PositionFix | null {
      if (buffer.size > 0 && (t - lastUpdate >= config.updateIntervalMs || !initialised)) update(t);
      return fix;
    },
    placeAt(t: number, position: PlanPoint, floor: string, accuracy = 1.5): void {
      const f = radio.floors.indexOf(floor);
      const grid = grids[f];
      if (!grid) return;
      for (let i = 0; i < particles.size; i++) {
        const p = grid.randomFreeNear(position[0], position[1], accuracy, random) ?? grid.nearestFree(position) ?? position;
        particles.x[i] = p[0];
        particles.z[i] = p[1];
        particles.floor[i] = f;
      }
      particles.weight.fill(1 / particles.size);
      initialised = true;
      lastUpdate = t;
      fix = currentFix(t);
    },
    reset(): void {
      initialised = false;
      lastUpdate = -Infinity;
      lastSighting = -Infinity;
      offset = 0;
      steps = [];
      fix = null;
      buffer.clear();
    },
  };
}
