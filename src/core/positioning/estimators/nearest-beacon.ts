import type { PositionFix } from '../types.ts';
import { centroidWeight } from './weighted-centroid.ts';
import { PHONE_HEIGHT, WindowedEstimator, type HeardBeacon } from './windowed-estimator.ts';

/**
 * The simplest baseline: the visitor is at the beacon with the strongest smoothed
 * RSSI. Its accuracy radius is the larger of two spreads: the planar distance the
 * path-loss model reads from that RSSI (how far from the beacon the visitor
 * probably is), and how far the next strongest beacons lie from it, weighted as
 * the centroid weighs them (when they are far and loud too, the visitor may be
 * anywhere between them).
 */
export class NearestBeaconEstimator extends WindowedEstimator {
  readonly method = 'nearest' as const;

  protected solve(heard: readonly HeardBeacon[], t: number): PositionFix | null {
    const strongest = heard[0]!;
    const dh = strongest.beacon.heightAboveFloor - PHONE_HEIGHT;
    const planar = Math.sqrt(Math.max(0, strongest.distance ** 2 - dh ** 2));
    let sw = 0, spread2 = 0;
    for (const h of heard.slice(0, 6)) {
      if (h.beacon.floor !== strongest.beacon.floor) continue;
      const w = centroidWeight(h, 1);
      sw += w;
      spread2 += w * ((h.beacon.position[0] - strongest.beacon.position[0]) ** 2 + (h.beacon.position[1] - strongest.beacon.position[1]) ** 2);
    }
    return this.fix(t, strongest.beacon.floor, strongest.beacon.position, Math.max(planar, Math.sqrt(spread2 / sw)));
  }
}
