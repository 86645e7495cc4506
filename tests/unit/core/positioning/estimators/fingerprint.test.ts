import { describe, expect, it } from 'vitest';
import { beaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { canCreateEstimator, createEstimator } from '../../../../../src/core/positioning/estimators/create-estimator.ts';
import { MISSING_RSSI, radioMapFromSurvey } from '../../../../../src/core/positioning/estimators/radio-map.ts';
import type { TraceEvent } from '../../../../../src/core/positioning/trace/events.ts';
import type { PlanPoint } from '../../../../../src/core/geometry/types.ts';
import { grid, hearAt, radioHall, seededRandom, surveyAt } from '../../../../fixtures/positioning/synthetic-radio.ts';

const venue = radioHall();
const beacons = beaconMap(venue);

describe('radio map from a survey', () => {
  it('keeps, per truth line, the mean RSSI of each beacon heard until the next truth line', () => {
    const events: TraceEvent[] = [
      { kind: 'truth', truth: { t: 0, position: [1, 1.2, 2], floor: 'eg' } },
      { kind: 'sighting', sighting: { t: 10, beaconId: 'b-1', rssi: -60 } },
      { kind: 'sighting', sighting: { t: 20, beaconId: 'b-1', rssi: -64 } },
      { kind: 'motion', cue: { t: 25, step: true } },
      { kind: 'sighting', sighting: { t: 30, beaconId: 'b-2', rssi: -80 } },
      { kind: 'truth', truth: { t: 100, position: [5, 1.2, 6], floor: 'eg' } },
      { kind: 'sighting', sighting: { t: 110, beaconId: 'b-3', rssi: -70 } },
      { kind: 'truth', truth: { t: 200, position: [9, 1.2, 9], floor: 'eg' } },
    ];
    const map = radioMapFromSurvey(events);
    expect(map.points).toHaveLength(2);
    expect(map.points[0]).toEqual({ position: [1, 2], floor: 'eg', rssi: new Map([['b-1', -62], ['b-2', -80]]) });
    expect(map.points[1]!.rssi).toEqual(new Map([['b-3', -70]]));
    expect(map.beaconIds).toEqual(['b-1', 'b-2', 'b-3']);
    expect(map.missingRssi).toBe(MISSING_RSSI);
  });

  it("gives each phone's sightings to that phone's latest truth, and can pool samples by place", () => {
    const events: TraceEvent[] = [
      { kind: 'sighting', sighting: { t: 0, beaconId: 'b-1', rssi: -50 }, phone: 1 },
      { kind: 'truth', truth: { t: 0, position: [1, 1.2, 1], floor: 'eg' }, phone: 1 },
      { kind: 'truth', truth: { t: 0, position: [8, 1.2, 8], floor: 'eg' }, phone: 2 },
      { kind: 'sighting', sighting: { t: 5, beaconId: 'b-1', rssi: -60 }, phone: 1 },
      { kind: 'sighting', sighting: { t: 6, beaconId: 'b-5', rssi: -65 }, phone: 2 },
      { kind: 'truth', truth: { t: 900, position: [1, 1.2, 1], floor: 'eg' }, phone: 1 },
      { kind: 'sighting', sighting: { t: 905, beaconId: 'b-1', rssi: -70 }, phone: 1 },
    ];
    const bySample = radioMapFromSurvey(events);
    expect(bySample.points.map((p) => [...p.rssi])).toEqual([[['b-1', -60]], [['b-5', -65]], [['b-1', -70]]]);
    const byPlace = radioMapFromSurvey(events, { groupBy: 'position' });
    expect(byPlace.points.map((p) => [p.position, [...p.rssi]])).toEqual([
      [[1, 1], [['b-1', -65]]],
      [[8, 8], [['b-5', -65]]],
    ]);
  });
});

describe('fingerprinting (weighted k-NN)', () => {
  const survey = surveyAt(venue, beacons, [
    ...grid(1, 19, 1, 11, 2).map((p) => ({ p, floor: 'eg' })),
    ...grid(1, 19, 1, 11, 4).map((p) => ({ p, floor: 'og' })),
  ], { noiseDb: 1, random: seededRandom(3) });
  const radioMap = radioMapFromSurvey(survey);

  it('finds a visitor standing between surveyed points to within a metre or so', () => {
    expect(canCreateEstimator('fingerprint', { venue, beacons, radioMap })).toBe(true);
    const random = seededRandom(11);
    const errors: number[] = [];
    for (const p of [[4, 4], [8, 6], [12, 8], [16, 2], [18.5, 10.5]] as PlanPoint[]) {
      const estimator = createEstimator('fingerprint', { venue, beacons, radioMap });
      for (const s of hearAt(venue, beacons, p, 'eg', { noiseDb: 1, random })) estimator.sight(s);
      const fix = estimator.estimate(1000)!;
      expect(fix.floor).toBe('eg');
      expect(fix.accuracy).toBeGreaterThanOrEqual(0.5);
      expect(fix.accuracy).toBeLessThan(4);
      errors.push(Math.hypot(fix.position[0] - p[0], fix.position[1] - p[1]));
    }
    expect(Math.max(...errors)).toBeLessThan(1.6);
  });

  it('tells the floors apart by what is heard', () => {
    const estimator = createEstimator('fingerprint', { venue, beacons, radioMap });
    for (const s of hearAt(venue, beacons, [9, 5], 'og')) estimator.sight(s);
    expect(estimator.estimate(1000)).toMatchObject({ floor: 'og', room: 'r-upper' });
  });

  it('has no fix while it hears only beacons the survey never heard', () => {
    const partial = radioMapFromSurvey(survey.filter((e) => e.kind !== 'sighting' || e.sighting.beaconId !== 'b-9'));
    const estimator = createEstimator('fingerprint', { venue, beacons, radioMap: partial });
    estimator.sight({ t: 0, beaconId: 'b-9', rssi: -60 });
    expect(estimator.estimate(100)).toBeNull();
  });
});
