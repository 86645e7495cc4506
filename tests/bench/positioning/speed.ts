import type { Venue } from '../../../src/core/venue/schema.ts';
import type { BeaconSighting, Estimator } from '../../../src/core/positioning/types.ts';
import { beaconMap } from '../../../src/core/positioning/radio/beacon-map.ts';
import { expectedRssi } from '../../../src/core/positioning/radio/path-loss.ts';
import { seededRandom } from '../../../src/core/positioning/random.ts';
import { createTracker } from '../../../src/core/positioning/tracker/tracker.ts';
import { DEFAULT_TRACKER_CONFIG } from '../../../src/core/positioning/tracker/config.ts';
import { createEstimator } from '../../../src/core/positioning/estimators/create-estimator.ts';

/**
 * Throughput of the tracker: sightings per second of computing time on one core,
 * for a phone walking through a venue and hearing every beacon within range at a
 * phone's usual rate (about 200 advertisements per second, DESIGN.md). The
 * weighted centroid runs on the same stream in the same run, as a reference.
 */
export interface SpeedResult {
  readonly beacons: number;
  readonly sightings: number;
  readonly traceSeconds: number;
  readonly tracker: { readonly advertisementsPerSecond: number; readonly msPerUpdate: number; readonly updates: number; readonly particles: number };
  readonly wcentroid: { readonly advertisementsPerSecond: number };
}

/** A seeded stream: the phone walks a slow loop through the venue's rooms; every beacon is heard on average every 120 ms. */
export function sightingStream(venue: Venue, seconds: number, seed = 1): BeaconSighting[] {
  const random = seededRandom(seed);
  const beacons = [...beaconMap(venue).values()];
  const room = venue.rooms[0];
  const xs = room?.outline.map((p) => p[0]) ?? [0];
  const zs = room?.outline.map((p) => p[1]) ?? [0];
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cz = (Math.min(...zs) + Math.max(...zs)) / 2;
  const rx = (Math.max(...xs) - Math.min(...xs)) / 3;
  const rz = (Math.max(...zs) - Math.min(...zs)) / 3;
  const out: BeaconSighting[] = [];
  const perSecond = 200;
  for (let k = 0; k < seconds * perSecond; k++) {
    const t = (k / perSecond) * 1000;
    const angle = (t / 60_000) * 2 * Math.PI;
    const b = beacons[Math.floor(random.next() * beacons.length)];
    if (!b) continue;
    const d = Math.hypot(cx + rx * Math.cos(angle) - b.position[0], cz + rz * Math.sin(angle) - b.position[1], 1);
    out.push({ t, beaconId: b.id, rssi: expectedRssi(b, d) + random.normal() * 4 });
  }
  return out;
}

/** Feeds every sighting and asks for the estimate 10 times a second, as the app's frame loop would. */
function drive(estimator: Estimator, stream: readonly BeaconSighting[]): number {
  const start = performance.now();
  let nextAsk = 0;
  for (const s of stream) {
    estimator.sight(s);
    if (s.t >= nextAsk) {
      estimator.estimate(s.t);
      nextAsk += 100;
    }
  }
  return performance.now() - start;
}

/** Measures the tracker (best of `repeats` runs, since the machine is shared) and the weighted centroid on one stream. */
export function measureSpeed(venue: Venue, seconds = 120, repeats = 5): SpeedResult {
  const stream = sightingStream(venue, seconds);
  const beacons = beaconMap(venue);
  let best = Infinity;
  let updates = 0;
  for (let r = 0; r < repeats; r++) {
    const tracker = createTracker(venue, beacons, { seed: r + 1 });
    const ms = drive(tracker, stream);
    if (ms < best) {
      best = ms;
      updates = tracker.updates;
    }
  }
  let bestCentroid = Infinity;
  for (let r = 0; r < repeats; r++) bestCentroid = Math.min(bestCentroid, drive(createEstimator('wcentroid', { venue, beacons }), stream));
  return {
    beacons: beacons.size,
    sightings: stream.length,
    traceSeconds: seconds,
    tracker: { advertisementsPerSecond: Math.round((stream.length / best) * 1000), msPerUpdate: Number((best / Math.max(updates, 1)).toFixed(3)), updates, particles: DEFAULT_TRACKER_CONFIG.particles },
    wcentroid: { advertisementsPerSecond: Math.round((stream.length / bestCentroid) * 1000) },
  };
}
