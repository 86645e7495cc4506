import { describe, expect, it } from 'vitest';
import { scoreTrace } from '../../../../../src/core/positioning/eval/score-trace.ts';
import { percentile, summarizeScores } from '../../../../../src/core/positioning/eval/summary.ts';
import type { Estimator, PositionFix } from '../../../../../src/core/positioning/types.ts';
import type { TraceEvent } from '../../../../../src/core/positioning/trace/events.ts';
import { twoFloorHall } from '../../../../helpers/two-floor-hall.ts';

const venue = twoFloorHall();

/** An estimator that answers from a script: no fix until `firstFixAt`, then `fix(t)`. */
function scripted(firstFixAt: number, fix: (t: number) => Omit<PositionFix, 't'>): Estimator & { seen: number } {
  let last = -Infinity;
  return {
    method: 'nearest',
    seen: 0,
    sight(s) {
      this.seen++;
      last = s.t;
    },
    estimate(t) {
      return last >= firstFixAt ? { t, ...fix(t) } : null;
    },
  };
}

const sighting = (t: number): TraceEvent => ({ kind: 'sighting', sighting: { t, beaconId: 'b-eg-1', rssi: -60 } });
const truth = (t: number, x: number, z: number, floor = 'eg'): TraceEvent => ({ kind: 'truth', truth: { t, position: [x, 1.2, z], floor } });

describe('scoring a trace the way SCENE-FORMAT.md says', () => {
  it('scores each truth line against the latest estimate: planar error, floor and room hits, time to first fix', () => {
    const events = [sighting(100), truth(150, 2, 2), sighting(500), sighting(900), truth(1000, 3, 2), truth(1500, 15, 4, 'og'), truth(2000, 12, 6)];
    // No fix before t = 500; afterwards always at (3, 6) on the ground floor, in the west room.
    const score = scoreTrace(venue, events, scripted(500, () => ({ position: [3, 6], floor: 'eg', room: 'r-west', accuracy: 1 })));
    expect(score.truths).toBe(4);
    expect(score.fixes).toBe(3);
    expect(score.errors).toEqual([4, Math.hypot(12, 2), Math.hypot(9, 0)]);
    expect(score.floorHits).toBe(2);
    // Truths at (3,2) west: hit; (15,4) upper: miss; (12,6) east: miss.
    expect(score.roomScored).toBe(3);
    expect(score.roomHits).toBe(1);
    expect(score.timeToFirstFixMs).toBe(400);
    expect(score.sightings).toBe(3);
  });

  it('says there was no fix at all rather than inventing numbers', () => {
    const score = scoreTrace(venue, [sighting(0), truth(10, 1, 1)], scripted(Infinity, () => ({ position: [0, 0], floor: 'eg', room: null, accuracy: 1 })));
    const summary = summarizeScores('nearest', [score], 1);
    expect(summary).toMatchObject({ traces: 1, fixes: 0, meanError: null, p90Error: null, floorAccuracy: null, timeToFirstFixMs: null });
  });

  it('pools fixes over traces and interpolates percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([], 50)).toBeNull();
    const a = scoreTrace(venue, [sighting(0), truth(1, 3, 6)], scripted(0, () => ({ position: [3, 6], floor: 'eg', room: 'r-west', accuracy: 1 })));
    const b = scoreTrace(venue, [sighting(0), truth(1, 3, 2)], scripted(0, () => ({ position: [3, 6], floor: 'eg', room: 'r-west', accuracy: 1 })));
    const summary = summarizeScores('nearest', [a, b], 2);
    expect(summary).toMatchObject({ traces: 2, fixes: 2, meanError: 2, medianError: 2, maxError: 4, floorAccuracy: 1, roomAccuracy: 1, advertisementsPerSecond: 1000 });
  });
});
