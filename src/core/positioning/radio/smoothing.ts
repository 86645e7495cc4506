import type { BeaconSighting } from '../types.ts';

/**
 * Per-beacon RSSI smoothing over a sliding time window.
 *
 * A single advertisement's RSSI swings by ±5–10 dB (multipath, the body between
 * phone and beacon), so every estimator reads the *smoothed* RSSI of each beacon:
 * the readings of the last `windowMs` milliseconds, averaged robustly. The robust
 * average is a trimmed mean: with three or more readings the single lowest and
 * highest are dropped (with three that is the median, with four the mean of the
 * middle two); with one or two readings it is their mean. Averaging is in dB,
 * as is usual for RSSI.
 *
 * Every beacon keeps its readings in a queue plus two monotonic queues (the
 * classic sliding-window minimum and maximum), so adding a reading and aging
 * readings out are O(1) amortised, and the smoothed value is O(1) to read.
 */

/** The smoothed signal of one beacon at some time. */
export interface SmoothedRssi {
  readonly beaconId: string;
  /** Robust average of the readings in the window, dBm. */
  readonly rssi: number;
  /** How many readings are behind it. */
  readonly count: number;
  /** Time of the newest reading, ms. */
  readonly lastT: number;
}

export interface SmootherOptions {
  /** Length of the sliding window, ms (default 1000). */
  windowMs?: number;
}

/** Readings outside this range (dBm) are not plausible BLE RSSI and are rejected. */
export const PLAUSIBLE_RSSI: { readonly min: number; readonly max: number } = { min: -130, max: 20 };

/** A queue of numbers on a growable array; the head advances and the array is compacted now and then. */
class NumberQueue {
  private items: number[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(v: number): void {
    this.items.push(v);
  }
  front(): number {
    return this.items[this.head]!;
  }
  back(): number {
    return this.items[this.items.length - 1]!;
  }
  shift(): void {
    this.head++;
    // Compact when the dead prefix dominates, so memory stays proportional to the window.
    if (this.head > 32 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
  pop(): void {
    this.items.pop();
    if (this.items.length <= this.head) this.clear();
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** The readings of one beacon inside the window, with running sum, minimum and maximum. */
class BeaconWindow {
  /** Times and values of the readings, oldest first; `seq` numbers them so the min/max queues can refer to them. */
  private readonly times = new NumberQueue();
  private readonly values = new NumberQueue();
  private readonly minSeq = new NumberQueue();
  private readonly minVal = new NumberQueue();
  private readonly maxSeq = new NumberQueue();
  private readonly maxVal = new NumberQueue();
  private firstSeq = 0;
  private nextSeq = 0;
  private sum = 0;
  lastT = -Infinity;

  constructor(readonly beaconId: string) {}

  get count(): number {
    return this.times.length;
  }

  add(t: number, rssi: number): void {
    const seq = this.nextSeq++;
    this.times.push(t);
    this.values.push(rssi);
    this.sum += rssi;
    this.lastT = t;
    while (this.minVal.length > 0 && this.minVal.back() >= rssi) {
      this.minVal.pop();
      this.minSeq.pop();
    }
    this.minVal.push(rssi);
    this.minSeq.push(seq);
    while (this.maxVal.length > 0 && this.maxVal.back() <= rssi) {
      this.maxVal.pop();
      this.maxSeq.pop();
    }
    this.maxVal.push(rssi);
    this.maxSeq.push(seq);
  }

  /** Drops the readings taken at or before `oldest`. */
  ageOut(oldest: number): void {
    while (this.times.length > 0 && this.times.front() <= oldest) {
      this.sum -= this.values.front();
      this.times.shift();
      this.values.shift();
      if (this.minSeq.length > 0 && this.minSeq.front() === this.firstSeq) {
        this.minSeq.shift();
        this.minVal.shift();
      }
      if (this.maxSeq.length > 0 && this.maxSeq.front() === this.firstSeq) {
        this.maxSeq.shift();
        this.maxVal.shift();
      }
      this.firstSeq++;
    }
    // Running sums drift with many additions and subtractions; restart exactly when empty.
    if (this.times.length === 0) this.sum = 0;
  }

  /** The trimmed mean of the readings (undefined when there are none). */
  average(): number | undefined {
    const n = this.times.length;
    if (n === 0) return undefined;
    if (n < 3) return this.sum / n;
    return (this.sum - this.minVal.front() - this.maxVal.front()) / (n - 2);
  }
}

/**
 * Smooths the RSSI of every beacon over a sliding window. Feed sightings in
 * non-decreasing time; ask for the smoothed values at any time not before the
 * last sighting. A sighting with a non-finite time, or an RSSI that is not a
 * plausible dBm value, is counted in `rejected` and otherwise ignored; one whose
 * time goes backwards is counted in `outOfOrder` and taken at the latest time seen.
 */
export class RssiSmoother {
  readonly windowMs: number;
  private readonly windows = new Map<string, BeaconWindow>();
  private latestT = -Infinity;
  /** Sightings ignored because their time or RSSI was not usable. */
  rejected = 0;
  /** Sightings whose time was before an earlier sighting's. */
  outOfOrder = 0;

  constructor(options: SmootherOptions = {}) {
    const w = options.windowMs ?? 1000;
    this.windowMs = Number.isFinite(w) && w > 0 ? w : 1000;
  }

  /** Takes one sighting; returns false when it was rejected. */
  add(sighting: BeaconSighting): boolean {
    const { rssi, beaconId } = sighting;
    let t = sighting.t;
    if (!Number.isFinite(t) || !Number.isFinite(rssi) || rssi < PLAUSIBLE_RSSI.min || rssi > PLAUSIBLE_RSSI.max) {
      this.rejected++;
      return false;
    }
    if (t < this.latestT) {
      this.outOfOrder++;
      t = this.latestT;
    }
    this.latestT = t;
    let window = this.windows.get(beaconId);
    if (!window) this.windows.set(beaconId, (window = new BeaconWindow(beaconId)));
    window.ageOut(t - this.windowMs);
    window.add(t, rssi);
    return true;
  }

  /** The smoothed RSSI of one beacon at `t`, or undefined when it was not heard within the window. */
  rssiAt(beaconId: string, t: number): SmoothedRssi | undefined {
    const window = this.windows.get(beaconId);
    if (!window) return undefined;
    return this.read(window, t);
  }

  /** The smoothed RSSI of every beacon heard within the window ending at `t`, in no particular order. */
  current(t: number): SmoothedRssi[] {
    const out: SmoothedRssi[] = [];
    for (const window of this.windows.values()) {
      const s = this.read(window, t);
      if (s) out.push(s);
    }
    return out;
  }

  /** Forgets every reading (e.g. when the source restarts). */
  reset(): void {
    this.windows.clear();
    this.latestT = -Infinity;
  }

  private read(window: BeaconWindow, t: number): SmoothedRssi | undefined {
    // Only age out when time moves forward: a question about the past must not lose readings.
    if (Number.isFinite(t) && t >= window.lastT) window.ageOut(t - this.windowMs);
    const rssi = window.average();
    if (rssi === undefined) return undefined;
    return { beaconId: window.beaconId, rssi, count: window.count, lastT: window.lastT };
  }
}
