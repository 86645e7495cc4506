import type { Beacon, Room, Venue } from '../venue/schema.ts';
import type { PlanPoint } from '../geometry/types.ts';
import { poleOfInaccessibility } from '../geometry/pole.ts';
import { DEFAULT_TX_POWER, distanceForRssi } from '../positioning/radio/path-loss.ts';
import { DEFAULT_TRACKER_CONFIG } from '../positioning/tracker/config.ts';

/**
 * How far a beacon is heard, for the curator placing beacons: the same
 * log-distance path-loss model and defaults the visitor's tracker uses
 * (`positioning/radio/path-loss.ts`, `positioning/tracker/config.ts`), so the
 * editor's coverage picture agrees with what positioning will do. A rough guide,
 * not a survey: walls and people are not modelled.
 */

/** The weakest signal (dBm) counted as "heard": phones report readings down to about −95 to −100 dBm, unreliably near the floor. */
export const DEFAULT_COVERAGE_THRESHOLD_DBM = -90;
/** Coverage radii are kept within this range, metres: below 1 m the model is meaningless, beyond 60 m indoors it is fiction. */
export const COVERAGE_RADIUS_RANGE = { min: 1, max: 60 } as const;
/** Beacons a phone must hear for a good position fix (trilateration needs three). */
export const GOOD_FIX_BEACONS = 3;

/** Options of {@link coverageRadius} and {@link coverageGaps}. */
export interface CoverageOptions {
  /** Weakest RSSI still counted as heard, dBm; default {@link DEFAULT_COVERAGE_THRESHOLD_DBM}. */
  thresholdDbm?: number;
  /** RSSI at 1 m for beacons without a calibrated `txPower`; default the radio model's (−59 dBm). */
  defaultTxPower?: number;
  /**
   * Path-loss exponent for beacons without one; default the tracker's for
   * uncalibrated beacons (2.7: indoors, signals fall off faster than in free space).
   */
  defaultPathLossExponent?: number;
}

/**
 * The distance (metres) at which a beacon's expected RSSI falls to the threshold,
 * by the log-distance model with the beacon's `txPower` and `pathLossExponent`
 * (or the tracker's defaults), clamped to {@link COVERAGE_RADIUS_RANGE}.
 */
export function coverageRadius(beacon: Pick<Beacon, 'txPower' | 'pathLossExponent'>, options: CoverageOptions = {}): number {
  const threshold = options.thresholdDbm ?? DEFAULT_COVERAGE_THRESHOLD_DBM;
  const txPower = beacon.txPower ?? options.defaultTxPower ?? DEFAULT_TX_POWER;
  const exponent = beacon.pathLossExponent ?? options.defaultPathLossExponent ?? DEFAULT_TRACKER_CONFIG.defaultPathLossExponent;
  const distance = distanceForRssi({ txPower, exponent }, threshold);
  if (!Number.isFinite(distance)) return COVERAGE_RADIUS_RANGE.max;
  return Math.min(COVERAGE_RADIUS_RANGE.max, Math.max(COVERAGE_RADIUS_RANGE.min, distance));
}

/** How well one room's centre is covered by the beacons on its floor. */
export interface RoomCoverage {
  room: string;
  floor: string;
  /** The point tested: the room's pole of inaccessibility (inside the room even when it is L-shaped). */
  centre: PlanPoint;
  /** Beacons on the room's floor whose coverage reaches a phone held at the centre, nearest first. */
  beaconsInRange: string[];
  /** At least one beacon in range: the visitor is heard at all. */
  heard: boolean;
  /** At least {@link GOOD_FIX_BEACONS} in range: enough for a good fix. */
  goodFix: boolean;
}

/**
 * Room centres by room object: beacon edits (a drag recomputes coverage at every
 * move) leave the rooms untouched, so their centres are searched once. Edits
 * never mutate a room, so an object's centre never goes stale.
 */
const centres = new WeakMap<Room, PlanPoint>();

/** The point of a room tested for coverage: its pole of inaccessibility. */
function roomCentre(room: Room): PlanPoint {
  let centre = centres.get(room);
  if (!centre) {
    centre = poleOfInaccessibility(room.outline).point;
    centres.set(room, centre);
  }
  return centre;
}

/**
 * The coverage of every room's centre, in the venue's room order. Distances are
 * 3D, from the beacon to a phone held at the tracker's phone height above the
 * room's floor, as the tracker's radio model measures them; only beacons on the
 * room's floor count (floors weaken signals by a lot).
 */
export function roomCoverage(venue: Venue, options: CoverageOptions = {}): RoomCoverage[] {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const beacons = (venue.beacons ?? []).map((b) => ({ beacon: b, radius: coverageRadius(b, options) }));
  return venue.rooms.map((room) => {
    const centre = roomCentre(room);
    const phoneY = (elevation.get(room.floor) ?? 0) + DEFAULT_TRACKER_CONFIG.phoneHeight;
    const inRange = beacons
      .filter(({ beacon }) => beacon.floor === room.floor)
      .map(({ beacon, radius }) => {
        const [x, y, z] = beacon.position;
        return { id: beacon.id, radius, distance: Math.hypot(x - centre[0], y - phoneY, z - centre[1]) };
      })
      .filter(({ distance, radius }) => distance <= radius)
      .sort((a, b) => a.distance - b.distance)
      .map(({ id }) => id);
    return {
      room: room.id,
      floor: room.floor,
      centre,
      beaconsInRange: inRange,
      heard: inRange.length >= 1,
      goodFix: inRange.length >= GOOD_FIX_BEACONS,
    };
  });
}

/** A room whose centre is in range of fewer than {@link GOOD_FIX_BEACONS} beacons. */
export interface CoverageGap {
  room: string;
  floor: string;
  /** How many beacons on the room's floor reach its centre. */
  count: number;
  /** False when no beacon reaches the centre at all (the visitor is not located there). */
  heard: boolean;
}

/** The rooms with weak coverage (fewer than three beacons reach the centre), weakest first, then in venue order. */
export function coverageGaps(venue: Venue, options: CoverageOptions = {}): CoverageGap[] {
  return roomCoverage(venue, options)
    .map((c, order) => ({ gap: { room: c.room, floor: c.floor, count: c.beaconsInRange.length, heard: c.heard }, order, goodFix: c.goodFix }))
    .filter((entry) => !entry.goodFix)
    .sort((a, b) => a.gap.count - b.gap.count || a.order - b.order)
    .map((entry) => entry.gap);
}
