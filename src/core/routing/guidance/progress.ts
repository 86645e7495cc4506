import type { RouteMeasure } from './route-measure.ts';
import type { GuidanceThresholds } from './thresholds.ts';

/**
 * How far along the route the visitor is, steadied against a jittery dot. Two
 * rules, both in walked metres (an elevator ride is no leap):
 * - Back: a reading up to `maxStepBack` behind the farthest point reached is taken
 *   as it is (the visitor stepped back); one farther back is taken for jitter and
 *   the progress stays where it was. So progress never falls more than
 *   `maxStepBack` behind its best.
 * - Ahead: a reading more than `maxJumpAhead` beyond the current progress is held
 *   back until the readings have said so for `jumpConfirmMs` (a real fast walk, or
 *   a long gap between fixes); a single glitch never moves the dot down the route.
 */

export interface Progress {
  /** Metres along the route. */
  readonly along: number;
  /** The farthest `along` reached so far. */
  readonly peak: number;
  /** Time of the first reading of a leap ahead still being confirmed; null when none is. */
  readonly leapSince: number | null;
}

/** Progress at the start of a route. */
export const START_PROGRESS: Progress = { along: 0, peak: 0, leapSince: null };

/** The progress after one reading (`reading`: metres along, from a projection) at time `t`. */
export function advanceProgress(
  progress: Progress,
  reading: number,
  t: number,
  measure: RouteMeasure,
  thresholds: Pick<GuidanceThresholds, 'maxStepBack' | 'maxJumpAhead' | 'jumpConfirmMs'>,
): Progress {
  if (!Number.isFinite(reading) || !Number.isFinite(t)) return progress;
  const clamped = Math.min(measure.total, Math.max(0, reading));
  const ahead = measure.walkedAt(clamped) - measure.walkedAt(progress.along);

  if (ahead > thresholds.maxJumpAhead) {
    const leapSince = progress.leapSince ?? t;
    if (t - leapSince < thresholds.jumpConfirmMs) return { ...progress, leapSince };
    return { along: clamped, peak: Math.max(progress.peak, clamped), leapSince: null };
  }

  const behindPeak = measure.walkedAt(progress.peak) - measure.walkedAt(clamped);
  const along = behindPeak > thresholds.maxStepBack ? progress.along : clamped;
  return { along, peak: Math.max(progress.peak, along), leapSince: null };
}
