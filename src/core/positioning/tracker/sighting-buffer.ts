import type { RadioModel } from './radio-likelihood.ts';

/** The readings of one filter update: beacon indices and mean RSSI, strongest first. */
export interface Readings {
  readonly count: number;
  readonly beacons: Int32Array;
  /** Mean RSSI minus the receiver offset, dBm: what the radio model is compared with. */
  readonly rssi: Float64Array;
  /** Mean RSSI as heard, dBm. */
  readonly raw: Float64Array;
}

/**
 * Collects sightings between two filter updates and averages them per beacon.
 * Adding a sighting is O(1) and allocates nothing, which is what lets the
 * tracker take tens of thousands of advertisements per second.
 */
export class SightingBuffer {
  private readonly sum: Float64Array;
  private readonly count: Int32Array;
  private readonly heard: number[] = [];
  private readonly out: { beacons: Int32Array; rssi: Float64Array; raw: Float64Array };

  constructor(
    radio: RadioModel,
    private readonly maxBeacons: number,
  ) {
    const n = radio.ids.length;
    this.sum = new Float64Array(n);
    this.count = new Int32Array(n);
    this.out = { beacons: new Int32Array(n), rssi: new Float64Array(n), raw: new Float64Array(n) };
  }

  /** Number of beacons heard since the last `take`. */
  get size(): number {
    return this.heard.length;
  }

  add(beacon: number, rssi: number): void {
    if (this.count[beacon] === 0) this.heard.push(beacon);
    this.sum[beacon] = (this.sum[beacon] ?? 0) + rssi;
    this.count[beacon] = (this.count[beacon] ?? 0) + 1;
  }

  /** Indices of the `k` strongest beacons heard since the last `take`. */
  strongest(k: number): number[] {
    return [...this.heard].sort((a, b) => this.mean(b) - this.mean(a)).slice(0, k);
  }

  /** Hands out the averaged readings (at most `maxBeacons`, strongest first) and empties the buffer. */
  take(offsetDb: number): Readings {
    const chosen = this.strongest(this.maxBeacons);
    chosen.forEach((b, k) => {
      const mean = this.mean(b);
      this.out.beacons[k] = b;
      this.out.raw[k] = mean;
      this.out.rssi[k] = mean - offsetDb;
    });
    this.clear();
    return { count: chosen.length, ...this.out };
  }

  clear(): void {
    for (const b of this.heard) {
      this.sum[b] = 0;
      this.count[b] = 0;
    }
    this.heard.length = 0;
  }

  private mean(b: number): number {
    return (this.sum[b] ?? 0) / Math.max(1, this.count[b] ?? 1);
  }
}
