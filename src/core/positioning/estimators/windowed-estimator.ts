import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import type { BeaconSighting, Estimator, MethodName, PositionFix } from '../types.ts';
import type { BeaconMap, PlacedBeacon } from '../radio/beacon-map.ts';
import { distanceForRssi } from '../radio/path-loss.ts';
import { RssiSmoother } from '../radio/smoothing.ts';
import type { RadioMap } from './radio-map.ts';
import { venueLocator, type VenueLocator } from './venue-locator.ts';

/** What every estimator is built from. */
export interface EstimatorContext {
  readonly venue: Venue;
  readonly beacons: BeaconMap;
  /** The survey's radio map: only fingerprinting needs it. */
  readonly radioMap?: RadioMap;
}

export interface WindowOptions {
  /** Length of the RSSI window, ms (default 1000: the baselines read the last second). */
  windowMs?: number;
}

/** Fixes are never more confident than this (metres): no radio method resolves better. */
export const MIN_ACCURACY = 0.5;
/** Height of a phone held in front of a walking person, above the floor (metres). */
export const PHONE_HEIGHT = 1.2;

/** A beacon heard in the window: its smoothed RSSI and the 3D distance the path-loss model reads from it. */
export interface HeardBeacon {
  readonly beacon: PlacedBeacon;
  /** Smoothed RSSI, dBm. */
  readonly rssi: number;
  /** Readings behind `rssi`. */
  readonly count: number;
  /** Path-loss distance, metres (3D, from the phone to the beacon). */
  readonly distance: number;
}

/** The floor whose beacons carry the most weight (ties: the first met, i.e. the strongest beacon's floor). */
export function dominantFloor(heard: readonly HeardBeacon[], weight: (h: HeardBeacon) => number): string | undefined {
  const totals = new Map<string, number>();
  let best: string | undefined;
  let bestTotal = -Infinity;
  for (const h of heard) {
    const total = (totals.get(h.beacon.floor) ?? 0) + weight(h);
    totals.set(h.beacon.floor, total);
    if (total > bestTotal) {
      bestTotal = total;
      best = h.beacon.floor;
    }
  }
  return best;
}

/**
 * The common frame of the radio baselines: sightings of known beacons go into a
 * per-beacon RSSI smoother; an estimate reads the beacons heard in the window
 * (strongest first) and hands them to the method's `solve`. When nothing is heard
 * in the window, or `solve` finds no answer, the latest fix stands (it is still
 * the latest estimate), so a gap in the advertisements does not blank the dot.
 */
export abstract class WindowedEstimator implements Estimator {
  abstract readonly method: MethodName;
  protected readonly beacons: BeaconMap;
  protected readonly locator: VenueLocator;
  protected readonly smoother: RssiSmoother;
  private last: PositionFix | null = null;
  /** Sightings of beacons the map does not know (ignored). */
  unknownBeacons = 0;

  constructor(ctx: EstimatorContext, options: WindowOptions = {}) {
    this.beacons = ctx.beacons;
    this.locator = venueLocator(ctx.venue);
    this.smoother = new RssiSmoother({ windowMs: options.windowMs ?? 1000 });
  }

  /** Sightings the smoother refused (non-finite time, implausible RSSI). */
  get rejectedSightings(): number {
    return this.smoother.rejected;
  }

  sight(sighting: BeaconSighting): void {
    if (!this.beacons.has(sighting.beaconId)) {
      this.unknownBeacons++;
      return;
    }
    this.smoother.add(sighting);
  }

  estimate(t: number): PositionFix | null {
    if (!Number.isFinite(t)) return this.last;
    const heard = this.heard(t);
    if (heard.length > 0) {
      const fix = this.solve(heard, t);
      if (fix) this.last = fix;
    }
    return this.last;
  }

  /** The method proper: a fix from the beacons heard (strongest first, never empty), or null when it has none. */
  protected abstract solve(heard: readonly HeardBeacon[], t: number): PositionFix | null;

  /** Beacons heard in the window ending at `t`, strongest first. */
  protected heard(t: number): HeardBeacon[] {
    const out: HeardBeacon[] = [];
    for (const s of this.smoother.current(t)) {
      const beacon = this.beacons.get(s.beaconId);
      if (beacon) out.push({ beacon, rssi: s.rssi, count: s.count, distance: distanceForRssi(beacon, s.rssi) });
    }
    return out.sort((a, b) => b.rssi - a.rssi || (a.beacon.id < b.beacon.id ? -1 : 1));
  }

  /** Finishes a fix: keeps it inside the floor's rooms' box, names its room; null if anything is not finite. */
  protected fix(t: number, floor: string, position: PlanPoint, accuracy: number): PositionFix | null {
    if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) return null;
    const p = this.locator.clamp(floor, position);
    return {
      t,
      position: p,
      floor,
      room: this.locator.roomAt(floor, p),
      accuracy: Number.isFinite(accuracy) ? Math.max(MIN_ACCURACY, accuracy) : MIN_ACCURACY * 10,
    };
  }
}
