import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { DEFAULT_PATH_LOSS_EXPONENT, DEFAULT_TX_POWER, type PathLossModel } from './path-loss.ts';

/** What positioning needs to know about one beacon. */
export interface PlacedBeacon extends PathLossModel {
  readonly id: string;
  readonly floor: string;
  /** Plan position [x, z]. */
  readonly position: PlanPoint;
  /** Height above the floor's walking surface, metres (the 3D distance to a phone depends on it). */
  readonly heightAboveFloor: number;
  /** True when the exponent came from the venue or a calibration, false when it is the default. */
  readonly exponentGiven: boolean;
}

/** The venue's beacons by id, with their radio models (venue values, or the defaults). */
export type BeaconMap = ReadonlyMap<string, PlacedBeacon>;

/** Collects a venue's beacons; `overrides` (e.g. from a calibration) replace the venue's radio values. */
export function beaconMap(venue: Venue, overrides: ReadonlyMap<string, Partial<PathLossModel>> = new Map()): BeaconMap {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const map = new Map<string, PlacedBeacon>();
  for (const b of venue.beacons ?? []) {
    const o = overrides.get(b.id);
    map.set(b.id, {
      id: b.id,
      floor: b.floor,
      position: [b.position[0], b.position[2]],
      heightAboveFloor: b.position[1] - (elevation.get(b.floor) ?? 0),
      txPower: o?.txPower ?? b.txPower ?? DEFAULT_TX_POWER,
      exponent: o?.exponent ?? b.pathLossExponent ?? DEFAULT_PATH_LOSS_EXPONENT,
      exponentGiven: o?.exponent !== undefined || b.pathLossExponent !== undefined,
    });
  }
  return map;
}
