/**
 * Every threshold of live guidance, in one place with its default and its reason.
 * Distances are metres, times milliseconds on the fixes' clock (`PositionFix.t`).
 *
 * The pairs of distances and hold times are the hysteresis that keeps a jittery
 * dot from flapping: leaving the route needs a clear, lasting departure (farther
 * than `offRouteDistance` for `offRouteHoldMs`), returning needs a clear, lasting
 * return (within the smaller `onRouteDistance` for `onRouteHoldMs`).
 */

/** A distance that grows with the fix's uncertainty: `max(min, perAccuracy × fix.accuracy)`. */
export interface AccuracyScaledDistance {
  readonly min: number;
  readonly perAccuracy: number;
}

export interface GuidanceThresholds {
  /** Farther than this from the route counts as away from it (default max(4 m, 1.5 × accuracy)). */
  readonly offRouteDistance: AccuracyScaledDistance;
  /** …and only after being away this long does the visitor count as off the route. */
  readonly offRouteHoldMs: number;
  /**
   * Back on the route means within this distance (never more than the off-route
   * distance)… A gap between the two keeps a dot hovering at one edge from flapping.
   */
  readonly onRouteDistance: number;
  /** …for this long. */
  readonly onRouteHoldMs: number;
  /** At most one re-routing attempt per this many milliseconds, so a failing router is not hammered. */
  readonly rerouteCooldownMs: number;
  /**
   * Progress may fall back by up to this many walked metres behind the farthest
   * point reached (the visitor stepped back to look again); readings farther back
   * are taken for jitter and leave the progress where it is.
   */
  readonly maxStepBack: number;
  /** A reading farther ahead than this (walked metres) is taken for a glitch… */
  readonly maxJumpAhead: number;
  /** …unless the readings keep saying so for this long. */
  readonly jumpConfirmMs: number;
  /** Within this distance of the destination, on its floor, counts as there (default max(3 m, accuracy)). */
  readonly arrivalDistance: AccuracyScaledDistance;
  /** …held this long means arrived. */
  readonly arrivalHoldMs: number;
}

export const DEFAULT_GUIDANCE_THRESHOLDS: GuidanceThresholds = {
  offRouteDistance: { min: 4, perAccuracy: 1.5 },
  offRouteHoldMs: 4000,
  onRouteDistance: 2.5,
  onRouteHoldMs: 2000,
  rerouteCooldownMs: 5000,
  maxStepBack: 3,
  // Walking at 1.4 m/s with a fix every second or so, honest progress never leaps 8 m at once.
  maxJumpAhead: 8,
  jumpConfirmMs: 2000,
  arrivalDistance: { min: 3, perAccuracy: 1 },
  arrivalHoldMs: 1500,
};

/** Caller overrides of some thresholds; a scaled distance may be given whole or in part. */
export type GuidanceThresholdOverrides = {
  readonly [K in keyof GuidanceThresholds]?: GuidanceThresholds[K] extends AccuracyScaledDistance ? Partial<AccuracyScaledDistance> : GuidanceThresholds[K];
};

const nonNegative = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);

const scaled = (value: Partial<AccuracyScaledDistance> | undefined, fallback: AccuracyScaledDistance): AccuracyScaledDistance => ({
  min: nonNegative(value?.min, fallback.min),
  perAccuracy: nonNegative(value?.perAccuracy, fallback.perAccuracy),
});

/**
 * The defaults with the caller's overrides applied. A value that is not a finite,
 * non-negative number falls back to its default rather than breaking guidance.
 */
export function resolveGuidanceThresholds(overrides: GuidanceThresholdOverrides = {}): GuidanceThresholds {
  const d = DEFAULT_GUIDANCE_THRESHOLDS;
  return {
    offRouteDistance: scaled(overrides.offRouteDistance, d.offRouteDistance),
    offRouteHoldMs: nonNegative(overrides.offRouteHoldMs, d.offRouteHoldMs),
    onRouteDistance: nonNegative(overrides.onRouteDistance, d.onRouteDistance),
    onRouteHoldMs: nonNegative(overrides.onRouteHoldMs, d.onRouteHoldMs),
    rerouteCooldownMs: nonNegative(overrides.rerouteCooldownMs, d.rerouteCooldownMs),
    maxStepBack: nonNegative(overrides.maxStepBack, d.maxStepBack),
    maxJumpAhead: nonNegative(overrides.maxJumpAhead, d.maxJumpAhead),
    jumpConfirmMs: nonNegative(overrides.jumpConfirmMs, d.jumpConfirmMs),
    arrivalDistance: scaled(overrides.arrivalDistance, d.arrivalDistance),
    arrivalHoldMs: nonNegative(overrides.arrivalHoldMs, d.arrivalHoldMs),
  };
}

/** The distance a scaled threshold gives for a fix of this accuracy (metres). */
export function scaledDistance(distance: AccuracyScaledDistance, accuracy: number): number {
  return Math.max(distance.min, distance.perAccuracy * accuracy);
}
