import { describe, expect, it } from 'vitest';
import { demoMuseum } from '../../../helpers/fixtures.ts';
import {
  COVERAGE_RADIUS_RANGE,
  DEFAULT_COVERAGE_THRESHOLD_DBM,
  GOOD_FIX_BEACONS,
  coverageGaps,
  coverageRadius,
  roomCoverage,
} from '../../../../src/core/editing/beacon-coverage.ts';
import { DEFAULT_TRACKER_CONFIG } from '../../../../src/core/positioning/tracker/config.ts';
import { expectedRssi } from '../../../../src/core/positioning/radio/path-loss.ts';
import type { Venue } from '../../../../src/core/venue/index.ts';

/** How far the editor says a beacon is heard, and which rooms it says lack beacons. */

const demo = demoMuseum();

describe('coverageRadius', () => {
  it('is where the log-distance model falls to −90 dBm (txPower −59, n 2 → 10^(31/20) ≈ 35.5 m)', () => {
    const r = coverageRadius({ txPower: -59, pathLossExponent: 2 });
    expect(r).toBeCloseTo(10 ** (31 / 20), 6);
    expect(r).toBeCloseTo(35.48, 2);
    // The model's own RSSI at that distance is the threshold.
    expect(expectedRssi({ txPower: -59, exponent: 2 }, r)).toBeCloseTo(DEFAULT_COVERAGE_THRESHOLD_DBM, 6);
  });

  it('uses −59 dBm and the tracker’s exponent for uncalibrated beacons', () => {
    expect(DEFAULT_TRACKER_CONFIG.defaultPathLossExponent).toBe(2.7);
    const r = coverageRadius({});
    expect(r).toBeCloseTo(10 ** (31 / 27), 6);
    expect(Math.round(r)).toBe(14);
  });

  it('follows the threshold and the options’ defaults, but a beacon’s own values win', () => {
    expect(coverageRadius({ txPower: -59, pathLossExponent: 2 }, { thresholdDbm: -79 })).toBeCloseTo(10, 6);
    expect(coverageRadius({}, { defaultTxPower: -69, defaultPathLossExponent: 2 })).toBeCloseTo(10 ** (21 / 20), 6);
    expect(coverageRadius({ txPower: -59 }, { defaultTxPower: -69, defaultPathLossExponent: 2 })).toBeCloseTo(10 ** (31 / 20), 6);
  });

  it('is clamped to a sane range', () => {
    expect(coverageRadius({ txPower: 20, pathLossExponent: 0.5 })).toBe(COVERAGE_RADIUS_RANGE.max);
    expect(coverageRadius({ txPower: -100, pathLossExponent: 2 })).toBe(COVERAGE_RADIUS_RANGE.min);
  });
});

/** Brute force: the beacons on the room's floor within range of a phone at the centre. */
function countByHand(venue: Venue, roomId: string, centre: readonly [number, number], threshold: number): number {
  const room = venue.rooms.find((r) => r.id === roomId)!;
  const floor = venue.floors.find((f) => f.id === room.floor)!;
  const phoneY = floor.elevation + DEFAULT_TRACKER_CONFIG.phoneHeight;
  return (venue.beacons ?? []).filter((b) => {
    if (b.floor !== room.floor) return false;
    const d = Math.hypot(b.position[0] - centre[0], b.position[1] - phoneY, b.position[2] - centre[1]);
    return expectedRssi({ txPower: b.txPower ?? -59, exponent: b.pathLossExponent ?? 2.7 }, d) >= threshold;
  }).length;
}

describe('roomCoverage and coverageGaps on the demo museum', () => {
  it('tests a point inside each room and counts only beacons of its floor that reach it', () => {
    const all = roomCoverage(demo, { thresholdDbm: -75 });
    expect(all.map((c) => c.room)).toEqual(demo.rooms.map((r) => r.id));
    const beaconFloor = new Map((demo.beacons ?? []).map((b) => [b.id, b.floor]));
    for (const c of all) {
      expect(c.beaconsInRange.length).toBe(countByHand(demo, c.room, c.centre, -75));
      for (const id of c.beaconsInRange) expect(beaconFloor.get(id)).toBe(c.floor);
      expect(c.heard).toBe(c.beaconsInRange.length >= 1);
      expect(c.goodFix).toBe(c.beaconsInRange.length >= GOOD_FIX_BEACONS);
    }
  });

  it('finds no gaps with the demo’s calibrated beacons at −90 dBm (every room hears at least three)', () => {
    expect(coverageGaps(demo)).toEqual([]);
    for (const c of roomCoverage(demo)) expect(c.beaconsInRange.length).toBeGreaterThanOrEqual(GOOD_FIX_BEACONS);
  });

  it('lists exactly the rooms under three beacons at a stricter threshold, weakest first', () => {
    const gaps = coverageGaps(demo, { thresholdDbm: -75 });
    const expected = roomCoverage(demo, { thresholdDbm: -75 }).filter((c) => c.beaconsInRange.length < 3).map((c) => c.room);
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((g) => g.room))).toEqual(new Set(expected));
    const counts = gaps.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    for (const g of gaps) expect(g.heard).toBe(g.count > 0);
  });

  it('reports every room of a floor whose beacons were removed as not heard', () => {
    const noUpstairs: Venue = { ...demo, beacons: demo.beacons?.filter((b) => b.floor !== 'og') };
    const gaps = coverageGaps(noUpstairs);
    const upstairs = demo.rooms.filter((r) => r.floor === 'og').map((r) => r.id);
    expect(gaps.map((g) => g.room).sort()).toEqual([...upstairs].sort());
    for (const g of gaps) expect(g).toMatchObject({ floor: 'og', count: 0, heard: false });
  });
});
