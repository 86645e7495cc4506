import type { PlanPoint } from '../../geometry/types.ts';
import type { PositionFix } from '../types.ts';
import type { RadioMap } from './radio-map.ts';
import { WindowedEstimator, type EstimatorContext, type HeardBeacon, type WindowOptions } from './windowed-estimator.ts';

/**
 * Weighted k-nearest-neighbour fingerprinting: the live RSSI vector (the smoothed
 * RSSI of the last second, `missingRssi` for a beacon not heard) is compared with
 * every point of the survey's radio map by Euclidean distance in RSSI space; the
 * fix is the mean of the k closest points' positions, weighted by 1/distance.
 * Only beacons of the radio map count as dimensions: a beacon the survey never
 * heard says nothing about where the phone is.
 */

export interface FingerprintOptions extends WindowOptions {
  /** Neighbours averaged (default 4: on the UJI traces a little steadier than 3). */
  k?: number;
}

/** Fingerprinting needs a radio map; the evaluator says so when it has none. */
export class MissingRadioMapError extends Error {
  override name = 'MissingRadioMapError';
  constructor() {
    super('fingerprint needs --survey (a radio map built from a survey)');
  }
}

export class FingerprintEstimator extends WindowedEstimator {
  readonly method = 'fingerprint' as const;
  private readonly k: number;
  private readonly dims: ReadonlyMap<string, number>;
  /** The map's RSSI vectors, one row of `dims.size` numbers per point. */
  private readonly vectors: Float64Array;
  private readonly points: RadioMap['points'];
  private readonly missing: number;
  private readonly live: Float64Array;

  /** Throws {@link MissingRadioMapError} when `ctx` has no radio map with points. */
  constructor(ctx: EstimatorContext, options: FingerprintOptions = {}) {
    super(ctx, options);
    const map = ctx.radioMap;
    if (!map || map.points.length === 0) throw new MissingRadioMapError();
    this.k = Math.max(1, Math.floor(options.k ?? 4));
    this.points = map.points;
    this.missing = map.missingRssi;
    this.dims = new Map(map.beaconIds.map((id, i) => [id, i]));
    const n = this.dims.size;
    this.vectors = new Float64Array(map.points.length * n).fill(this.missing);
    map.points.forEach((p, row) => {
      for (const [id, rssi] of p.rssi) {
        const col = this.dims.get(id);
        if (col !== undefined && Number.isFinite(rssi)) this.vectors[row * n + col] = rssi;
      }
    });
    this.live = new Float64Array(n);
  }

  protected solve(heard: readonly HeardBeacon[], t: number): PositionFix | null {
    const n = this.dims.size;
    this.live.fill(this.missing);
    let known = 0;
    for (const h of heard) {
      const col = this.dims.get(h.beacon.id);
      if (col === undefined) continue;
      this.live[col] = h.rssi;
      known++;
    }
    if (known === 0) return null;
    const nearest = this.nearest(n);
    // Floor: the one the neighbours' weights favour; position: the neighbours on it.
    const byFloor = new Map<string, number>();
    for (const { row, w } of nearest) byFloor.set(this.points[row]!.floor, (byFloor.get(this.points[row]!.floor) ?? 0) + w);
    const floor = [...byFloor].sort((a, b) => b[1] - a[1])[0]![0];
    let sw = 0, sx = 0, sz = 0;
    for (const { row, w } of nearest) {
      const p = this.points[row]!;
      if (p.floor !== floor) continue;
      sw += w;
      sx += w * p.position[0];
      sz += w * p.position[1];
    }
    const position: PlanPoint = [sx / sw, sz / sw];
    let spread2 = 0;
    for (const { row, w } of nearest) {
      const p = this.points[row]!;
      if (p.floor === floor) spread2 += w * ((p.position[0] - position[0]) ** 2 + (p.position[1] - position[1]) ** 2);
    }
    return this.fix(t, floor, position, Math.sqrt(spread2 / sw));
  }

  /** The k map points closest to the live vector, with weights 1/distance. */
  private nearest(n: number): { row: number; w: number }[] {
    const best: { row: number; d2: number }[] = [];
    const rows = this.points.length;
    for (let row = 0; row < rows; row++) {
      let d2 = 0;
      const base = row * n;
      for (let c = 0; c < n; c++) {
        const diff = this.vectors[base + c]! - this.live[c]!;
        d2 += diff * diff;
      }
      if (best.length < this.k || d2 < best[best.length - 1]!.d2) {
        // Insertion into a short sorted list: k is tiny.
        let i = best.length < this.k ? best.length : best.length - 1;
        while (i > 0 && best[i - 1]!.d2 > d2) i--;
        best.splice(i, 0, { row, d2 });
        if (best.length > this.k) best.pop();
      }
    }
    return best.map(({ row, d2 }) => ({ row, w: 1 / Math.max(Math.sqrt(d2), 1e-3) }));
  }
}
