import type { Venue } from '../../venue/schema.ts';
import type { BeaconSighting } from '../types.ts';
import { beaconMap } from '../radio/beacon-map.ts';
import { expectedRssi } from '../radio/path-loss.ts';
import type { ResolvedSimulateOptions } from './options.ts';
import { stream } from './random.ts';
import { walkerStateAt, type Segment } from './timeline.ts';

/**
 * What the visitor's phone hears: every beacon advertises at its interval (plus
 * BLE's random 0–10 ms delay), and each advertisement reaches the phone with
 * the log-distance path loss of that beacon's radio model, Gaussian noise, the
 * walker's body in the way when the beacon is behind them, a floor slab in the
 * way when it is one floor up or down, and random losses that grow near the
 * receiver's sensitivity. RSSI is reported in whole dBm, as phones do.
 */

/**
 * The fraction of advertisements lost at a mean RSSI `margin` dB above the
 * sensitivity floor: `dropout` everywhere, plus up to `farDropout` of the rest
 * within the last 20 dB above the floor.
 */
export function lossProbability(margin: number, dropout: number, farDropout: number): number {
  const farness = Math.min(1, Math.max(0, 1 - margin / 20));
  return dropout + (1 - dropout) * farDropout * farness;
}

/**
 * Extra loss (dB) from the walker's body: none while the beacon is ahead or
 * beside; from `min` at 90° off the heading to `max` straight behind.
 */
export function bodyShadow(heading: number, dx: number, dz: number, min: number, max: number): number {
  const length = Math.hypot(dx, dz);
  if (length < 0.3) return 0; // overhead or right beside: the body hardly blocks the path
  const cos = (Math.cos(heading) * dx + Math.sin(heading) * dz) / length;
  return cos >= 0 ? 0 : min + (max - min) * -cos;
}

/** The sightings of every beacon of `venue` during the timeline, each beacon's in time order. */
export function simulateSightings(venue: Venue, segments: readonly Segment[], endMs: number, options: ResolvedSimulateOptions): BeaconSighting[][] {
  if (segments.length === 0) return [];
  const floorsByHeight = [...venue.floors].sort((a, b) => a.elevation - b.elevation);
  const level = new Map(floorsByHeight.map((f, i) => [f.id, i]));
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const interval = new Map((venue.beacons ?? []).map((b) => [b.id, b.intervalMs]));
  const out: BeaconSighting[][] = [];

  for (const beacon of beaconMap(venue).values()) {
    const beaconLevel = level.get(beacon.floor);
    if (beaconLevel === undefined) continue; // a beacon on an unknown floor: the validator reports it
    const y = (elevation.get(beacon.floor) ?? 0) + beacon.heightAboveFloor;
    const period = interval.get(beacon.id) ?? options.defaultIntervalMs;
    // Each beacon has its own stream, so adding one never changes another's readings.
    const random = stream(options.seed, `radio:${beacon.id}`);
    const heard: BeaconSighting[] = [];
    for (let t = random.next() * period; t <= endMs; t += period + random.next() * options.advertisingDelayMs) {
      const noise = random.normal();
      const lost = random.next();
      const at = Math.round(t);
      const walker = walkerStateAt(segments, at);
      const floorsApart = Math.abs((level.get(walker.floor) ?? beaconLevel) - beaconLevel);
      if (floorsApart > 1) continue;
      const dx = beacon.position[0] - walker.position[0];
      const dz = beacon.position[1] - walker.position[2];
      const distance = Math.hypot(dx, y - walker.position[1], dz);
      const mean =
        expectedRssi(beacon, distance) -
        floorsApart * options.floorAttenuationDb -
        bodyShadow(walker.heading, dx, dz, options.bodyShadowDb[0], options.bodyShadowDb[1]);
      if (lost < lossProbability(mean - options.sensitivityDbm, options.dropout, options.farDropout)) continue;
      const rssi = Math.round(mean + noise * options.noiseSigmaDb);
      if (!Number.isFinite(rssi) || rssi < options.sensitivityDbm) continue;
      heard.push({ t: at, beaconId: beacon.id, rssi });
    }
    out.push(heard);
  }
  return out;
}
