import type { Venue } from '../../venue/schema.ts';
import { roomAt } from '../../venue/place.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import type { Estimator } from '../types.ts';
import type { TraceEvent } from '../trace/read-trace.ts';

/**
 * Scores one estimator on one trace, as SCENE-FORMAT.md says: at each `truth`
 * line, the latest estimate made from the sightings up to that line's time —
 * planar error in [x, z], floor hit, room hit — and the time to the first fix.
 */
export interface TraceScore {
  /** Truth lines in the trace. */
  readonly truths: number;
  /** Truth lines at which the estimator had a fix (the rest came before its first fix). */
  readonly fixes: number;
  /** Planar error at each fix, metres. */
  readonly errors: readonly number[];
  readonly floorHits: number;
  /** Fixes whose truth lies in a room (only those can score a room hit). */
  readonly roomScored: number;
  readonly roomHits: number;
  /** From the trace's first event to the first fix, ms; null when there never was one. */
  readonly timeToFirstFixMs: number | null;
  /** Sightings fed to the estimator. */
  readonly sightings: number;
}

/** The room of the venue that contains a plan point on a floor. */
function roomOf(venue: Venue, floor: string, p: PlanPoint): string | null {
  return roomAt(venue, floor, p)?.id ?? null;
}

/** Feeds `events` to `estimator` in order and scores it at every truth line. */
export function scoreTrace(venue: Venue, events: readonly TraceEvent[], estimator: Estimator): TraceScore {
  const errors: number[] = [];
  let truths = 0;
  let floorHits = 0;
  let roomScored = 0;
  let roomHits = 0;
  let sightings = 0;
  let start: number | null = null;
  let firstFix: number | null = null;
  for (const event of events) {
    const t = event.kind === 'sighting' ? event.sighting.t : event.kind === 'motion' ? event.cue.t : event.truth.t;
    start ??= t;
    if (event.kind === 'sighting') {
      estimator.sight(event.sighting);
      sightings++;
      // Until the first fix, ask after every sighting: that is when a visitor would first see the dot.
      if (firstFix === null && estimator.estimate(t) !== null) firstFix = t;
    } else if (event.kind === 'motion') {
      estimator.move?.(event.cue);
    } else {
      truths++;
      const fix = estimator.estimate(t);
      if (!fix) continue;
      firstFix ??= t;
      const truth: PlanPoint = [event.truth.position[0], event.truth.position[2]];
      errors.push(Math.hypot(fix.position[0] - truth[0], fix.position[1] - truth[1]));
      if (fix.floor === event.truth.floor) floorHits++;
      const room = roomOf(venue, event.truth.floor, truth);
      if (room !== null) {
        roomScored++;
        if (fix.room === room) roomHits++;
      }
    }
  }
  return { truths, fixes: errors.length, errors, floorHits, roomScored, roomHits, timeToFirstFixMs: firstFix === null || start === null ? null : firstFix - start, sightings };
}
