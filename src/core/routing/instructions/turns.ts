import type { PlanPoint } from '../../geometry/types.ts';

/**
 * Which way a walker turns, worked out once so that every caller agrees on the
 * sign of "left".
 *
 * Plan coordinates are `[x, z]` with x → east and z → south (Y up, right-handed,
 * the glTF convention). Drawn from above with x to the right, z therefore grows
 * *downwards*, as on a screen. In that drawing a clockwise rotation is a right
 * turn: walking east `[1, 0]` and then south `[0, 1]` turns right, and the 2D
 * cross product `a.x·b.z − a.z·b.x` of those two headings is +1. So a positive
 * cross product means "right", a negative one "left".
 */

/** The kinds of manoeuvre between two straight pieces of a walk. */
export type TurnKind = 'straight' | 'slight-left' | 'slight-right' | 'turn-left' | 'turn-right' | 'u-turn';

/**
 * Turn thresholds in degrees of heading change (absolute):
 * below `straight` the walk counts as straight on, below `slight` as a slight turn
 * ("bear left"), up to `turn` as a proper turn, above it as turning round.
 */
export const TURN_THRESHOLDS = { straight: 25, slight: 60, turn: 150 } as const;

/** A heading on the plan: the direction from `from` to `to` (not normalised). */
export function heading(from: PlanPoint, to: PlanPoint): PlanPoint {
  return [to[0] - from[0], to[1] - from[1]];
}

/**
 * The signed change of heading from direction `a` to direction `b`, in degrees in
 * (−180, 180]: positive when `b` lies to the walker's right, negative to the left,
 * 0 when either direction has no length.
 */
export function signedTurnAngle(a: PlanPoint, b: PlanPoint): number {
  const cross = a[0] * b[1] - a[1] * b[0];
  const dot = a[0] * b[0] + a[1] * b[1];
  if (!Number.isFinite(cross) || !Number.isFinite(dot) || (cross === 0 && dot === 0)) return 0;
  return (Math.atan2(cross, dot) * 180) / Math.PI;
}

/** Classifies a signed heading change (degrees, positive = right) by {@link TURN_THRESHOLDS}. */
export function classifyTurn(degrees: number): TurnKind {
  const size = Math.abs(degrees);
  if (!(size >= TURN_THRESHOLDS.straight)) return 'straight';
  if (size > TURN_THRESHOLDS.turn) return 'u-turn';
  const right = degrees > 0;
  if (size < TURN_THRESHOLDS.slight) return right ? 'slight-right' : 'slight-left';
  return right ? 'turn-right' : 'turn-left';
}

/** Where something lies relative to a walker: ahead, on the left or right, or behind. */
export type Side = 'ahead' | 'left' | 'right' | 'behind';

/** Within this many degrees of the walking direction a thing is "ahead". */
export const AHEAD_DEGREES = 35;
/** Beyond this many degrees it is "behind". */
export const BEHIND_DEGREES = 150;

/**
 * Where `target` lies for someone standing at `at` and facing along `facing`,
 * or null when the facing direction or the offset has no length.
 */
export function sideOf(facing: PlanPoint, at: PlanPoint, target: PlanPoint): Side | null {
  const offset = heading(at, target);
  if (Math.hypot(offset[0], offset[1]) < 1e-6 || Math.hypot(facing[0], facing[1]) < 1e-6) return null;
  const angle = signedTurnAngle(facing, offset);
  const size = Math.abs(angle);
  if (size <= AHEAD_DEGREES) return 'ahead';
  if (size >= BEHIND_DEGREES) return 'behind';
  return angle > 0 ? 'right' : 'left';
}
