/**
 * The log-distance path-loss model: a beacon's signal, heard `d` metres away,
 * arrives at `txPower − 10·n·log10(d)` dBm, where `txPower` is the RSSI expected
 * at 1 m and `n` the path-loss exponent (2 in free space, 2–4 indoors).
 */

/** RSSI at 1 m when a venue gives none (a common factory setting of Eddystone beacons at 0 dBm output). */
export const DEFAULT_TX_POWER = -59;
/** Path-loss exponent when a venue gives none: free space. */
export const DEFAULT_PATH_LOSS_EXPONENT = 2.0;
/** Distances are clamped to this minimum, where the model stops making sense. */
export const MIN_DISTANCE = 0.1;

/** Parameters of one beacon's radio model. */
export interface PathLossModel {
  /** Expected RSSI at 1 m, dBm. */
  readonly txPower: number;
  /** Path-loss exponent. */
  readonly exponent: number;
}

/** Expected RSSI (dBm) at `distance` metres. */
export function expectedRssi(model: PathLossModel, distance: number): number {
  return model.txPower - 10 * model.exponent * Math.log10(Math.max(distance, MIN_DISTANCE));
}

/** The distance (metres) at which the model expects `rssi`. */
export function distanceForRssi(model: PathLossModel, rssi: number): number {
  return Math.max(MIN_DISTANCE, 10 ** ((model.txPower - rssi) / (10 * model.exponent)));
}
