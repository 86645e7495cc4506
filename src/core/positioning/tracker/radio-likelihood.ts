import type { BeaconMap } from '../radio/beacon-map.ts';
import type { Venue } from '../../venue/schema.ts';
import type { TrackerConfig } from './config.ts';

/**
 * How well a candidate position explains what the phone heard: the log-distance
 * path-loss model per beacon, a receiver offset (phones differ by 10–20 dB), extra loss
 * through floors, and a heavy-tailed (Huber) penalty so that one reflected or
 * blocked signal cannot drag the estimate away. Beacons are held in flat arrays
 * by index: this runs for every particle and every beacon several times a second.
 */
export interface RadioModel {
  /** Beacon ids by index. */
  readonly ids: readonly string[];
  /** Index of a beacon id, or -1 when the venue has no such beacon. */
  indexOf(id: string): number;
  /** Floor index of each beacon (into `floors`). */
  readonly beaconFloor: Int32Array;
  readonly beaconX: Float64Array;
  readonly beaconZ: Float64Array;
  /** Floor ids by index, in the order of the venue. */
  readonly floors: readonly string[];
  /**
   * Log-likelihood of `readings` (beacon indices and mean RSSI, dBm, already
   * corrected for the receiver offset) for a phone at (x, z) on floor index `floor`.
   */
  logLikelihood(x: number, z: number, floor: number, beacons: Int32Array, rssi: Float64Array, count: number): number;
  /** Expected RSSI of beacon `i` for a phone at (x, z) on floor index `floor`. */
  expected(i: number, x: number, z: number, floor: number): number;
}

/** Builds the radio model of a venue's beacons for the tracker. */
export function radioModel(venue: Venue, beacons: BeaconMap, config: TrackerConfig): RadioModel {
  const floors = venue.floors.map((f) => f.id);
  const floorIndex = new Map(floors.map((id, i) => [id, i]));
  // Floors ordered by elevation: "how many floors apart" counts slabs, not list positions.
  const elevation = venue.floors.map((f) => f.elevation);
  const rank = new Int32Array(floors.length);
  [...elevation.keys()].sort((a, b) => (elevation[a] ?? 0) - (elevation[b] ?? 0)).forEach((f, r) => (rank[f] = r));

  const list = [...beacons.values()].filter((b) => floorIndex.has(b.floor));
  const ids = list.map((b) => b.id);
  const byId = new Map(ids.map((id, i) => [id, i]));
  const n = list.length;
  const beaconX = new Float64Array(n);
  const beaconZ = new Float64Array(n);
  const beaconY = new Float64Array(n);
  const beaconFloor = new Int32Array(n);
  const txPower = new Float64Array(n);
  const tenN = new Float64Array(n);
  list.forEach((b, i) => {
    const f = floorIndex.get(b.floor) ?? 0;
    beaconFloor[i] = f;
    beaconX[i] = b.position[0];
    beaconZ[i] = b.position[1];
    beaconY[i] = (elevation[f] ?? 0) + b.heightAboveFloor;
    txPower[i] = b.txPower;
    tenN[i] = 10 * (b.exponentGiven ? b.exponent : config.defaultPathLossExponent);
  });
  const sigma = config.rssiSigmaDb;
  const tail = config.robustTailSigmas;

  const expected = (i: number, x: number, z: number, floor: number): number => {
    const dx = x - (beaconX[i] ?? 0);
    const dz = z - (beaconZ[i] ?? 0);
    const dy = (elevation[floor] ?? 0) + config.phoneHeight - (beaconY[i] ?? 0);
    const d2 = Math.max(dx * dx + dz * dz + dy * dy, 0.01);
    // log10(d) = 0.5·log10(d²): one log instead of a square root and a log.
    const slabs = Math.abs((rank[floor] ?? 0) - (rank[beaconFloor[i] ?? 0] ?? 0));
    return (txPower[i] ?? 0) - 0.5 * (tenN[i] ?? 20) * Math.log10(d2) - slabs * config.floorPenaltyDb;
  };

  // Each candidate position may explain the readings with its own small receiver
  // offset (what is left of the phone's offset after the tracker's running
  // estimate): the best one for these readings, shrunk towards 0 by its prior.
  // Positions are then judged by the readings' pattern more than their level.
  const offsetShrink = (sigma / config.offsetPriorSigmaDb) ** 2;
  const residual = new Float64Array(n);
  const logLikelihood = (x: number, z: number, floor: number, indices: Int32Array, rssi: Float64Array, count: number): number => {
    let mean = 0;
    for (let k = 0; k < count; k++) {
      const r = (rssi[k] ?? 0) - expected(indices[k] ?? 0, x, z, floor);
      residual[k] = r;
      mean += r;
    }
    const offset = mean / (count + offsetShrink);
    const o = offset / config.offsetPriorSigmaDb;
    let sum = 0.5 * o * o;
    for (let k = 0; k < count; k++) {
      const u = Math.abs(((residual[k] ?? 0) - offset) / sigma);
      sum += u <= tail ? 0.5 * u * u : tail * u - 0.5 * tail * tail;
    }
    return -sum;
  };

  return { ids, indexOf: (id) => byId.get(id) ?? -1, beaconFloor, beaconX, beaconZ, floors, logLikelihood, expected };
}
