import { describe, expect, it } from 'vitest';
import { createTracker } from '../../../../../src/core/positioning/tracker/tracker.ts';
import { beaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { validateVenue } from '../../../../../src/core/venue/validate.ts';
import { walkableArea } from '../../../../../src/core/geometry/walkable.ts';
import type { PositionFix } from '../../../../../src/core/positioning/types.ts';
import type { PlanPoint } from '../../../../../src/core/geometry/types.ts';
import { sightingsAt, twoFloorHall } from '../../../../helpers/two-floor-hall.ts';

const venue = twoFloorHall();
const beacons = beaconMap(venue);
const distance = (a: PlanPoint, b: PlanPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Feeds sightings and collects the tracker's estimate every 500 ms of trace time. */
function track(tracker: ReturnType<typeof createTracker>, sightings: ReturnType<typeof sightingsAt>): PositionFix[] {
  const fixes: PositionFix[] = [];
  let next = sightings[0]?.t ?? 0;
  for (const s of sightings) {
    tracker.sight(s);
    if (s.t >= next) {
      const fix = tracker.estimate(s.t);
      if (fix) fixes.push(fix);
      next += 500;
    }
  }
  return fixes;
}

describe('the on-site tracker', () => {
  it('works on a valid venue (the test venue itself passes the validator)', () => {
    expect(validateVenue(venue).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('finds a visitor standing in the west room within a metre, on the right floor and room', () => {
    const tracker = createTracker(venue, beacons, { seed: 3 });
    const fixes = track(tracker, sightingsAt(venue, [7, 6], 'eg', 0, 10_000));
    const last = fixes.at(-1)!;
    expect(distance(last.position, [7, 6])).toBeLessThan(1);
    expect(last.floor).toBe('eg');
    expect(last.room).toBe('r-west');
    expect(last.accuracy).toBeGreaterThan(0);
    expect(last.accuracy).toBeLessThan(3);
  });

  it('gives its first fix right after the first sightings', () => {
    const tracker = createTracker(venue, beacons);
    const sightings = sightingsAt(venue, [15, 4], 'eg', 1000, 2000);
    tracker.sight(sightings[0]!);
    expect(tracker.estimate(sightings[0]!.t + 300)).not.toBeNull();
  });

  it('is reproducible: the same seed and input give the same dots', () => {
    const input = sightingsAt(venue, [15, 3], 'eg', 0, 5000, { noiseDb: 6 });
    const a = track(createTracker(venue, beacons, { seed: 9 }), input);
    const b = track(createTracker(venue, beacons, { seed: 9 }), input);
    const c = track(createTracker(venue, beacons, { seed: 10 }), input);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('never puts the dot inside the display case or outside the rooms, even when the readings point there', () => {
    const area = walkableArea(venue, 'eg', { bodyRadius: 0.1 });
    // A phone "at" the middle of the case: the radio says (4, 4), the building says no.
    const fixes = track(createTracker(venue, beacons, { seed: 4 }), sightingsAt(venue, [4, 4], 'eg', 0, 8000, { noiseDb: 5 }));
    expect(fixes.length).toBeGreaterThan(10);
    for (const fix of fixes) expect(area.canStand(fix.position), `dot at ${fix.position.join(', ')}`).toBe(true);
    expect(distance(fixes.at(-1)!.position, [4, 4])).toBeLessThan(2.5);
  });

  it('learns that this phone hears everything 12 dB weaker, and still finds the visitor', () => {
    const tracker = createTracker(venue, beacons, { seed: 5 });
    const fixes = track(tracker, sightingsAt(venue, [16, 6], 'eg', 0, 60_000, { offsetDb: -12 }));
    expect(distance(fixes.at(-1)!.position, [16, 6])).toBeLessThan(1.5);
    expect(tracker.receiverOffsetDb, 'learned receiver offset').toBeLessThan(-6);
  });

  it('recovers by itself when the visitor turns out to be somewhere else entirely', () => {
    const tracker = createTracker(venue, beacons, { seed: 6 });
    track(tracker, sightingsAt(venue, [2, 1.5], 'eg', 0, 10_000));
    // The readings now say the far end of the east room, with no walk in between.
    const fixes = track(tracker, sightingsAt(venue, [18, 6.5], 'eg', 10_000, 15_000, { seed: 2 }));
    expect(distance(fixes.at(-1)!.position, [18, 6.5])).toBeLessThan(1.5);
  });

  it('changes floor by the stairs when the visitor goes upstairs', () => {
    const tracker = createTracker(venue, beacons, { seed: 7 });
    track(tracker, sightingsAt(venue, [18, 2], 'eg', 0, 10_000));
    const fixes = track(tracker, sightingsAt(venue, [18, 2], 'og', 10_000, 20_000, { seed: 3 }));
    expect(fixes.at(-1)!.floor).toBe('og');
    expect(fixes.at(-1)!.room).toBe('r-upper');
  });

  it('follows step cues along their heading', () => {
    const tracker = createTracker(venue, beacons, { seed: 8 });
    const before = track(tracker, sightingsAt(venue, [12, 4], 'eg', 0, 5000)).at(-1)!;
    // Ten steps east (+x), then the first sightings from where they led.
    for (let k = 0; k < 10; k++) tracker.move!({ t: 5000 + k * 500, step: true, heading: 0 });
    const sightings = sightingsAt(venue, [17, 4], 'eg', 10_000, 300);
    for (const s of sightings) tracker.sight(s);
    const after = tracker.estimate(10_300)!;
    expect(after.position[0] - before.position[0]).toBeGreaterThan(3.5);
    expect(Math.abs(after.position[1] - 4)).toBeLessThan(1.5);
  });

  it('puts the visitor at a scanned exhibit, and ignores unknown beacons and broken readings', () => {
    const tracker = createTracker(venue, beacons);
    tracker.placeAt(0, [15, 6], 'eg', 1);
    const fix = tracker.estimate(0)!;
    expect(distance(fix.position, [15, 6])).toBeLessThan(1);
    tracker.sight({ t: 100, beaconId: 'b-not-in-this-venue', rssi: -40 });
    tracker.sight({ t: 200, beaconId: 'b-eg-1', rssi: Number.NaN });
    tracker.sight({ t: Number.NaN, beaconId: 'b-eg-1', rssi: -60 });
    const after = tracker.estimate(1000)!;
    expect(after.position.every(Number.isFinite)).toBe(true);
    expect(distance(after.position, [15, 6])).toBeLessThan(1.5);
  });
});
