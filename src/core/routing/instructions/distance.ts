/**
 * Distances as a person would say them. Nobody walks "37.4 m": spoken guidance
 * rounds coarser the further the walk, and never says "0 m" for a walk that
 * exists: under {@link FEW_STEPS_BELOW} metres it is "a few steps".
 */

/** Below this many metres a walk is spoken as "a few steps". */
export const FEW_STEPS_BELOW = 2;

/** A distance rounded for speech. */
export interface SpokenDistance {
  /** The rounded metres: whole metres under 10 m, the nearest 5 under 50 m, else the nearest 10; at least 1 for any walk. */
  readonly metres: number;
  /** True for a non-zero walk shorter than {@link FEW_STEPS_BELOW} metres. */
  readonly fewSteps: boolean;
}

/**
 * Rounds `metres` as spoken: < 10 m to whole metres, < 50 m to the nearest 5,
 * otherwise to the nearest 10. A non-zero walk never rounds to 0; a missing,
 * negative or non-finite input counts as no walk at all.
 */
export function spokenDistance(metres: number): SpokenDistance {
  if (!Number.isFinite(metres) || metres <= 0) return { metres: 0, fewSteps: false };
  const fewSteps = metres < FEW_STEPS_BELOW;
  let rounded: number;
  if (metres < 10) rounded = Math.round(metres);
  else if (metres < 50) rounded = Math.round(metres / 5) * 5;
  else rounded = Math.round(metres / 10) * 10;
  return { metres: Math.max(1, rounded), fewSteps };
}
