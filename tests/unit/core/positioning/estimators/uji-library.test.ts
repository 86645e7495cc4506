import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireSharedData } from '../../../../helpers/fixtures.ts';
import { parseVenueText } from '../../../../../src/core/venue/index.ts';
import { beaconMap, type BeaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { createBeaconResolver } from '../../../../../src/core/positioning/ble/resolve.ts';
import { readTrace } from '../../../../../src/core/positioning/trace/read-trace.ts';
import type { TraceEvent } from '../../../../../src/core/positioning/trace/events.ts';
import { BASELINE_METHODS, createEstimator, type BaselineMethod } from '../../../../../src/core/positioning/estimators/create-estimator.ts';
import { radioMapFromSurvey } from '../../../../../src/core/positioning/estimators/radio-map.ts';
import { calibrateFromSurvey, calibrationOverrides } from '../../../../../src/core/positioning/calibration/calibrate.ts';

/**
 * The baselines on real recordings: the UJI library (24 beacons, three phones;
 * Mendoza-Silva et al., Data 4(1):12, 2019, CC BY 4.0). Scored as SCENE-FORMAT.md
 * says: at each truth line, the latest estimate from the sightings up to it.
 */
const dir = requireSharedData('uji-library');
const venue = parseVenueText(readFileSync(join(dir, 'scene.json'), 'utf8')).venue!;
const resolver = createBeaconResolver(venue);
const read = (path: string): readonly TraceEvent[] => readTrace(readFileSync(path, 'utf8'), resolver).events;
const traces = [1, 2, 3].map((phone) => ({ phone, events: read(join(dir, 'traces', `campaign3-phone${phone}.jsonl`)) }));
const survey = read(join(dir, 'survey.jsonl'));
const radioMap = radioMapFromSurvey(survey);
const calibrated = beaconMap(venue, calibrationOverrides(calibrateFromSurvey(survey, venue, beaconMap(venue))));

/** The README's weighted-centroid numbers for phones 1–3 (6 strongest beacons, 1 s window). */
const README_WCENTROID = [2.68, 1.88, 2.29];

interface Score {
  mean: number;
  p90: number;
  truths: number;
  fixes: number;
  roomHits: number;
}

function score(method: BaselineMethod, beacons: BeaconMap, events: readonly TraceEvent[]): Score {
  const estimator = createEstimator(method, { venue, beacons, radioMap });
  const errors: number[] = [];
  let truths = 0;
  let roomHits = 0;
  for (const e of events) {
    if (e.kind === 'sighting') estimator.sight(e.sighting);
    else if (e.kind === 'truth') {
      truths++;
      const fix = estimator.estimate(e.truth.t);
      if (!fix) continue;
      for (const v of [...fix.position, fix.accuracy]) expect(Number.isFinite(v)).toBe(true);
      expect(fix.accuracy).toBeGreaterThanOrEqual(0.5);
      expect(fix.floor).toBe(e.truth.floor);
      if (fix.room === 'r-library') roomHits++;
      errors.push(Math.hypot(fix.position[0] - e.truth.position[0], fix.position[1] - e.truth.position[2]));
    }
  }
  errors.sort((a, b) => a - b);
  return { mean: errors.reduce((a, b) => a + b, 0) / errors.length, p90: errors[Math.ceil(errors.length * 0.9) - 1]!, truths, fixes: errors.length, roomHits };
}

describe('radio baselines on the UJI library traces (../shared/data)', () => {
  it('read three traces with truth and a survey of 24 beacons', () => {
    expect(traces.map((t) => t.events.filter((e) => e.kind === 'truth').length)).toEqual([362, 351, 379]);
    expect(radioMap.beaconIds).toHaveLength(24);
    expect(radioMap.points.length).toBeGreaterThan(700);
  });

  it.each(traces)('the weighted centroid reproduces the published baseline on phone $phone', ({ phone, events }) => {
    const s = score('wcentroid', beaconMap(venue), events);
    expect(s.fixes).toBe(s.truths);
    expect(s.mean).toBeGreaterThan(1);
    expect(s.mean).toBeLessThan(4);
    expect(Math.abs(s.mean - README_WCENTROID[phone - 1]!)).toBeLessThan(0.3);
    expect(s.p90).toBeGreaterThan(s.mean);
    expect(s.roomHits).toBe(s.fixes);
  });

  it.each(traces)('every baseline stays within sane bounds on phone $phone, with and without calibration', ({ events }) => {
    for (const beacons of [beaconMap(venue), calibrated]) {
      for (const method of BASELINE_METHODS) {
        const s = score(method, beacons, events);
        expect(s.fixes, method).toBe(s.truths);
        expect(s.mean, method).toBeGreaterThan(1);
        expect(s.mean, method).toBeLessThan(5);
        expect(s.p90, method).toBeLessThan(10);
      }
    }
  });

  it('calibration from the survey makes trilateration no worse on average over the three phones', () => {
    const mean = (beacons: BeaconMap) => traces.reduce((sum, t) => sum + score('trilateration', beacons, t.events).mean, 0) / traces.length;
    expect(mean(calibrated)).toBeLessThan(mean(beaconMap(venue)));
  });
});
