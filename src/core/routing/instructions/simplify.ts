import { distanceToSegment } from '../../geometry/polygon.ts';
import type { PlanPoint } from '../../geometry/types.ts';

/**
 * Douglas–Peucker simplification of a walked polyline. A walking graph laid out as
 * a grid makes a route zig-zag between nodes a metre apart; a visitor walks the
 * straight line through them. Keeping only the vertices that stand out by more
 * than `tolerance` metres turns the zig-zag into the few straight pieces worth a
 * spoken instruction.
 */

/** Lateral wiggle, in metres, that still counts as walking straight. */
export const SIMPLIFY_TOLERANCE = 1;

/**
 * The indices of the vertices of `points` to keep: always the first and the last
 * (for two or more points), plus every vertex standing out from the chord of its
 * span by more than `tolerance`. Sorted ascending. Iterative, so a long route
 * cannot overflow the stack.
 */
export function simplifyPolyline(points: readonly PlanPoint[], tolerance = SIMPLIFY_TOLERANCE): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const spans: [number, number][] = [[0, n - 1]];
  while (spans.length > 0) {
    const [start, end] = spans.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = start + 1; i < end; i++) {
      const d = distanceToSegment(points[i]!, points[start]!, points[end]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    spans.push([start, worst], [worst, end]);
  }
  const kept: number[] = [];
  keep.forEach((k, i) => {
    if (k) kept.push(i);
  });
  return kept;
}
