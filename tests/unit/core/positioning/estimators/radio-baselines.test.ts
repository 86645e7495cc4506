import { describe, expect, it } from 'vitest';
import { beaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { BASELINE_METHODS, canCreateEstimator, createEstimator, isBaselineMethod } from '../../../../../src/core/positioning/estimators/create-estimator.ts';
import { MissingRadioMapError } from '../../../../../src/core/positioning/estimators/fingerprint.ts';
import type { Estimator, PositionFix } from '../../../../../src/core/positioning/types.ts';
import type { PlanPoint } from '../../../../../src/core/geometry/types.ts';
import { grid, hearAt, radioHall } from '../../../../fixtures/positioning/synthetic-radio.ts';

const venue = radioHall();
const beacons = beaconMap(venue);
const ctx = { venue, beacons };

/** Feeds what a phone hears in one second at `p` and asks for the fix at the end of it. */
function fixAt(estimator: Estimator, p: PlanPoint, floor = 'eg', options: Parameters<typeof hearAt>[4] = {}): PositionFix | null {
  const sightings = hearAt(venue, beacons, p, floor, options);
  for (const s of sightings) estimator.sight(s);
  return estimator.estimate((options.t0 ?? 0) + (options.durationMs ?? 1000));
}

const error = (fix: PositionFix | null, p: PlanPoint): number => (fix ? Math.hypot(fix.position[0] - p[0], fix.position[1] - p[1]) : Infinity);

describe('nearest beacon', () => {
  it('puts the visitor at the beacon heard loudest, with a radius that covers the visitor', () => {
    const fix = fixAt(createEstimator('nearest', ctx), [9, 3]);
    expect(fix).toMatchObject({ position: [10, 2], floor: 'eg', room: 'r-east' });
    expect(fix!.accuracy).toBeGreaterThan(Math.hypot(1, 1));
    expect(fix!.accuracy).toBeLessThan(10);
  });

  it('is surer of itself when only one beacon is heard close by', () => {
    const alone = { venue, beacons: new Map([...beacons].filter(([id]) => id === 'b-1')) };
    const fix = fixAt(createEstimator('nearest', alone), [3.5, 2]);
    expect(fix!.position).toEqual([2, 2]);
    // Only the path-loss distance counts: 1.5 m across (and 1.3 m below the beacon).
    expect(fix!.accuracy).toBeCloseTo(1.5, 6);
  });
});

describe('weighted centroid (the baseline)', () => {
  it('lands between the beacons, much closer to the visitor than their middle', () => {
    const errors: number[] = [];
    for (const p of grid(3, 17, 3, 9, 2)) {
      const fix = fixAt(createEstimator('wcentroid', ctx), p);
      expect(fix!.floor).toBe('eg');
      expect(Number.isFinite(fix!.accuracy)).toBe(true);
      expect(fix!.accuracy).toBeGreaterThanOrEqual(0.5);
      errors.push(error(fix, p));
    }
    const points = grid(3, 17, 3, 9, 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // A centroid is pulled towards the middle of its beacons; the weights must undo most of that pull.
    const unweighted = mean(points.map((p) => Math.hypot(p[0] - 10, p[1] - 6)));
    expect(mean(errors)).toBeLessThan(2.5);
    expect(mean(errors)).toBeLessThan(0.6 * unweighted);
    expect(Math.max(...errors)).toBeLessThan(4);
  });

  it('is pulled towards the beacon the visitor stands under', () => {
    const fix = fixAt(createEstimator('wcentroid', ctx), [2, 2]);
    expect(error(fix, [2, 2])).toBeLessThan(error(fix, [10, 6]));
    expect(fix!.room).toBe('r-west');
  });

  it('keeps to the floor whose beacons are loudest when the floor above is heard too', () => {
    const estimator = createEstimator('wcentroid', ctx);
    const fix = fixAt(estimator, [16, 4], 'eg', { floorLossDb: 12 });
    expect(fix!.floor).toBe('eg');
    const upstairs = fixAt(createEstimator('wcentroid', ctx), [16, 4], 'og', { floorLossDb: 12 });
    expect(upstairs!.floor).toBe('og');
    expect(upstairs!.room).toBe('r-upper');
  });
});

describe('trilateration', () => {
  it('finds the visitor almost exactly from noiseless readings', () => {
    for (const p of [[4, 5], [9.5, 7], [15, 3], [12, 10.5]] as PlanPoint[]) {
      const fix = fixAt(createEstimator('trilateration', ctx), p);
      expect(error(fix, p)).toBeLessThan(0.05);
      expect(fix!.accuracy).toBe(0.5);
      expect(fix!.room).toBe(p[0] < 10 ? 'r-west' : 'r-east');
    }
  });

  it('falls back to the weighted centroid with fewer than three beacons', () => {
    const only = (ids: string[]) => ({ venue, beacons: new Map([...beacons].filter(([id]) => ids.includes(id))) });
    const tri = fixAt(createEstimator('trilateration', only(['b-1', 'b-2'])), [5, 3]);
    const centroid = fixAt(createEstimator('wcentroid', only(['b-1', 'b-2'])), [5, 3]);
    expect(tri).toEqual(centroid);
  });

  it('keeps the fix inside the rooms when the readings say the visitor is outside', () => {
    const estimator = createEstimator('trilateration', ctx);
    // Everything far weaker than the model expects anywhere inside: the solution runs away, the clamp holds it.
    for (const id of ['b-1', 'b-2', 'b-3', 'b-4']) for (let t = 0; t < 1000; t += 200) estimator.sight({ t, beaconId: id, rssi: -99 });
    const fix = estimator.estimate(1000)!;
    expect(fix.position[0]).toBeGreaterThanOrEqual(0);
    expect(fix.position[0]).toBeLessThanOrEqual(20);
    expect(fix.position[1]).toBeGreaterThanOrEqual(0);
    expect(fix.position[1]).toBeLessThanOrEqual(12);
  });
});

describe('every baseline', () => {
  const methods = BASELINE_METHODS.filter((m) => m !== 'fingerprint');

  it.each(methods)('%s has no fix before hearing anything and ignores unknown beacons and bad readings', (method) => {
    const estimator = createEstimator(method, ctx);
    expect(estimator.estimate(0)).toBeNull();
    estimator.sight({ t: 10, beaconId: 'b-unknown', rssi: -50 });
    estimator.sight({ t: 20, beaconId: 'b-1', rssi: Number.NaN });
    estimator.sight({ t: 30, beaconId: 'b-1', rssi: -500 });
    expect(estimator.estimate(100)).toBeNull();
    expect(estimator.method).toBe(method);
  });

  it.each(methods)('%s keeps its last fix through a gap in the advertisements and never answers NaN', (method) => {
    const estimator = createEstimator(method, ctx);
    const fix = fixAt(estimator, [6, 6]);
    expect(fix).not.toBeNull();
    expect(estimator.estimate(60_000)).toEqual(fix);
    expect(estimator.estimate(Number.NaN)).toEqual(fix);
    for (const v of [...fix!.position, fix!.accuracy]) expect(Number.isFinite(v)).toBe(true);
  });

  it('follows a visitor who moves, reading only the last second', () => {
    const estimator = createEstimator('trilateration', ctx);
    fixAt(estimator, [3, 3]);
    const moved = fixAt(estimator, [16, 9], 'eg', { t0: 1000 });
    expect(error(moved, [16, 9])).toBeLessThan(0.05);
  });

  it('names the methods it builds, and refuses fingerprinting without a radio map', () => {
    expect(BASELINE_METHODS).toEqual(['nearest', 'wcentroid', 'trilateration', 'fingerprint']);
    expect(isBaselineMethod('tracker')).toBe(false);
    expect(isBaselineMethod('wcentroid')).toBe(true);
    expect(canCreateEstimator('fingerprint', ctx)).toBe(false);
    expect(canCreateEstimator('nearest', ctx)).toBe(true);
    expect(() => createEstimator('fingerprint', ctx)).toThrow(MissingRadioMapError);
    expect(() => createEstimator('fingerprint', ctx)).toThrow('fingerprint needs --survey');
  });
});
