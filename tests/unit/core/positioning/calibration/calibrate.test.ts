import { describe, expect, it } from 'vitest';
import { beaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { calibrateFromSurvey, calibrationOverrides } from '../../../../../src/core/positioning/calibration/calibrate.ts';
import { fitPathLoss, isFit } from '../../../../../src/core/positioning/calibration/fit-path-loss.ts';
import { groupSurvey } from '../../../../../src/core/positioning/calibration/survey.ts';
import type { PathLossModel } from '../../../../../src/core/positioning/radio/path-loss.ts';
import type { TraceEvent } from '../../../../../src/core/positioning/trace/events.ts';
import { gaussian, grid, radioHall, seededRandom, surveyAt } from '../../../../fixtures/positioning/synthetic-radio.ts';

const venue = radioHall();
const beacons = beaconMap(venue);

/** Each beacon's true radio model: all different, none the defaults. */
const truth = new Map<string, PathLossModel>([...beacons.keys()].map((id, i) => [id, { txPower: -52 - 2 * i, exponent: 1.8 + 0.2 * i }]));

const surveyGrid = [...grid(0.5, 19.5, 0.5, 11.5, 1).map((p) => ({ p, floor: 'eg' })), ...grid(0.5, 19.5, 0.5, 11.5, 1).map((p) => ({ p, floor: 'og' }))];

describe('path-loss calibration from a survey', () => {
  it("recovers every beacon's txPower and exponent from noisy readings", () => {
    const survey = surveyAt(venue, beacons, surveyGrid, { truth, noiseDb: 4, random: seededRandom(42), sensitivity: -130 });
    const calibration = calibrateFromSurvey(survey, venue, beacons);
    expect(calibration.beacons.map((b) => b.id)).toEqual([...beacons.keys()]);
    for (const b of calibration.beacons) {
      const want = truth.get(b.id)!;
      expect(b.source).toBe('beacon');
      expect(b.note).toBeUndefined();
      expect(Math.abs(b.txPower - want.txPower)).toBeLessThan(1.5);
      expect(Math.abs(b.exponent - want.exponent)).toBeLessThan(0.2);
      // Five readings per point are averaged, so the residual is about 4/√5 ≈ 1.8 dB.
      expect(b.rmsDb).toBeGreaterThan(1.2);
      expect(b.rmsDb).toBeLessThan(2.5);
    }
    expect(calibration.survey).toMatchObject({ points: surveyGrid.length, unknownBeacons: 0, orphanSightings: 0, badTruths: 0 });
    expect(calibration.survey.sightings).toBe(survey.filter((e) => e.kind === 'sighting').length);
    expect(calibration.global.fitted).toBe(true);
    expect(calibrationOverrides(calibration).get('b-5')).toEqual({ txPower: calibration.beacons[4]!.txPower, exponent: calibration.beacons[4]!.exponent });
  });

  it('falls back to the venue-wide fit for a beacon heard at too few points, and says so', () => {
    const shared: PathLossModel = { txPower: -61, exponent: 2.6 };
    const survey = surveyAt(venue, beacons, surveyGrid, { truth: new Map([...beacons.keys()].map((id) => [id, shared])), noiseDb: 2, random: seededRandom(5), sensitivity: -130, durationMs: 200 });
    // One reading per beacon per point; b-9 is left with the first three.
    let kept = 0;
    const thinned = survey.filter((e) => e.kind !== 'sighting' || e.sighting.beaconId !== 'b-9' || kept++ < 3);
    const calibration = calibrateFromSurvey(thinned, venue, beacons);
    const b9 = calibration.beacons.find((b) => b.id === 'b-9')!;
    expect(b9.source).toBe('global');
    expect(b9.points).toBe(3);
    expect(b9.note).toMatch(/only 3 points \(at least 10 needed\); using the venue-wide fit/);
    expect(b9.txPower).toBe(calibration.global.txPower);
    expect(calibration.global.txPower).toBeCloseTo(shared.txPower, 0);
    expect(calibration.global.exponent).toBeCloseTo(shared.exponent, 1);
  });

  it('keeps the current values, with no NaN anywhere, when the survey holds nothing to fit', () => {
    const events: TraceEvent[] = [
      { kind: 'sighting', sighting: { t: 0, beaconId: 'b-1', rssi: -60 } },
      { kind: 'truth', truth: { t: 10, position: [Number.NaN, 1.2, 3], floor: 'eg' } },
      { kind: 'sighting', sighting: { t: 20, beaconId: 'b-1', rssi: -61 } },
    ];
    const calibration = calibrateFromSurvey(events, venue, beacons);
    expect(calibration.survey).toMatchObject({ points: 0, sightings: 0, orphanSightings: 1, badTruths: 1 });
    expect(calibration.global.fitted).toBe(false);
    expect(calibration.global.note).toContain('no venue-wide fit');
    for (const b of calibration.beacons) {
      expect(b.source).toBe('unchanged');
      expect(b).toMatchObject({ txPower: beacons.get(b.id)!.txPower, exponent: beacons.get(b.id)!.exponent });
      expect(b.note).toContain('keeping its current values');
    }
    expect(JSON.stringify(calibration)).not.toContain('null');
    expect(calibrationOverrides(calibration).size).toBe(0);
  });

  it('measures distance in 3D, from the truth height to the beacon height', () => {
    // b-1 hangs at [2, 2.5, 2]: 1.3 m straight above a phone at [2, 1.2, 2], √(3² + 1.3²) m from one at [5, 1.2, 2].
    const near = 1.3;
    const far = Math.hypot(3, 1.3);
    const events: TraceEvent[] = [
      { kind: 'truth', truth: { t: 0, position: [2, 1.2, 2], floor: 'eg' } },
      { kind: 'sighting', sighting: { t: 5, beaconId: 'b-1', rssi: -60 - 20 * Math.log10(near) } },
      { kind: 'truth', truth: { t: 10, position: [5, 1.2, 2], floor: 'eg' } },
      { kind: 'sighting', sighting: { t: 15, beaconId: 'b-1', rssi: -60 - 20 * Math.log10(far) } },
    ];
    const calibration = calibrateFromSurvey(events, venue, beacons, { minPoints: 2, minSpreadDb: 1 });
    const b1 = calibration.beacons.find((b) => b.id === 'b-1')!;
    expect(b1.source).toBe('beacon');
    expect(b1.txPower).toBeCloseTo(-60, 6);
    expect(b1.exponent).toBeCloseTo(2, 6);
  });
});

describe('fitting one line of RSSI against log-distance', () => {
  const line = (model: PathLossModel, distances: number[], noise = 0, seed = 1) => {
    const random = seededRandom(seed);
    return distances.map((d) => ({ distance: d, rssi: model.txPower - 10 * model.exponent * Math.log10(d) + noise * gaussian(random) }));
  };

  it('is exact on noiseless data', () => {
    const fit = fitPathLoss(line({ txPower: -63, exponent: 2.7 }, [1, 2, 3, 5, 8, 13, 21, 34, 2.5, 4]));
    expect(isFit(fit) && [fit.txPower, fit.exponent, fit.rmsDb]).toEqual([expect.closeTo(-63, 9), expect.closeTo(2.7, 9), expect.closeTo(0, 9)]);
  });

  it('clamps an implausible exponent and refits txPower with the clamped value', () => {
    const fit = fitPathLoss(line({ txPower: -40, exponent: 7 }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(isFit(fit)).toBe(true);
    if (!isFit(fit)) return;
    expect(fit.exponent).toBe(5);
    expect(fit.unclampedExponent).toBeCloseTo(7, 9);
    expect(fit.rmsDb).toBeGreaterThan(0);
  });

  it('refuses too few points, distances too alike, and unusable readings', () => {
    expect(fitPathLoss(line({ txPower: -60, exponent: 2 }, [1, 2, 4]))).toEqual({ points: 3, reason: 'only 3 points (at least 10 needed)' });
    const alike = fitPathLoss(line({ txPower: -60, exponent: 2 }, Array.from({ length: 20 }, (_, i) => 5 + i * 0.1)));
    expect(isFit(alike)).toBe(false);
    expect(!isFit(alike) && alike.reason).toMatch(/distances too alike/);
    const bad = [...line({ txPower: -60, exponent: 2 }, [1, 2, 4, 8, 16]), ...Array.from({ length: 10 }, () => ({ distance: 3, rssi: Number.NaN }))];
    expect(fitPathLoss(bad)).toMatchObject({ points: 5 });
    expect(fitPathLoss(line({ txPower: -60, exponent: 2 }, Array(12).fill(4)), { minSpreadDb: 0 })).toEqual({ points: 12, reason: 'all points at the same distance' });
  });
});

describe('grouping a survey', () => {
  it('counts sightings before any truth line and drops those after a bad one', () => {
    const grouped = groupSurvey([
      { kind: 'sighting', sighting: { t: 0, beaconId: 'b-1', rssi: -60 }, phone: 2 },
      { kind: 'truth', truth: { t: 1, position: [1, 1.2, 1], floor: 'eg' }, phone: 1 },
      { kind: 'sighting', sighting: { t: 2, beaconId: 'b-1', rssi: -60 }, phone: 2 },
      { kind: 'sighting', sighting: { t: 3, beaconId: 'b-1', rssi: -60 }, phone: 1 },
      { kind: 'truth', truth: { t: 4, position: [1, Number.POSITIVE_INFINITY, 1], floor: 'eg' }, phone: 1 },
      { kind: 'sighting', sighting: { t: 5, beaconId: 'b-1', rssi: -60 }, phone: 1 },
    ]);
    expect(grouped.orphanSightings).toBe(2);
    expect(grouped.badTruths).toBe(1);
    expect(grouped.samples).toHaveLength(1);
    expect(grouped.samples[0]!.sightings).toHaveLength(1);
  });
});
