import type { MethodName } from '../types.ts';
import type { TraceScore } from './score-trace.ts';

/**
 * What `npm run positioning:eval` prints: one JSON object, errors in metres
 * (planar), accuracies as shares 0…1, pooled over all fixes of all traces.
 */
export interface EvaluationSummary {
  readonly method: MethodName;
  readonly traces: number;
  readonly fixes: number;
  readonly meanError: number | null;
  readonly medianError: number | null;
  readonly p90Error: number | null;
  readonly maxError: number | null;
  readonly floorAccuracy: number | null;
  readonly roomAccuracy: number | null;
  /** Mean over the traces that got a fix, ms. */
  readonly timeToFirstFixMs: number | null;
  /** Sightings processed per second of computing time in this run (throughput on this machine, not the traces' rate). */
  readonly advertisementsPerSecond: number | null;
}

/** The p-th percentile (0…100) of sorted values, interpolating linearly between ranks. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (rank - lo);
}

/** Rounds for printing: centimetres for errors, tenths of a percent for shares. */
const round = (value: number | null, digits: number): number | null => (value === null || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

/** Pools trace scores into the summary; `elapsedMs` is the computing time the estimator took over all traces. */
export function summarizeScores(method: MethodName, scores: readonly TraceScore[], elapsedMs: number): EvaluationSummary {
  const errors = scores.flatMap((s) => s.errors).sort((a, b) => a - b);
  const fixes = errors.length;
  const sum = errors.reduce((a, b) => a + b, 0);
  const floorHits = scores.reduce((a, s) => a + s.floorHits, 0);
  const roomScored = scores.reduce((a, s) => a + s.roomScored, 0);
  const roomHits = scores.reduce((a, s) => a + s.roomHits, 0);
  const firstFixes = scores.map((s) => s.timeToFirstFixMs).filter((t): t is number => t !== null);
  const sightings = scores.reduce((a, s) => a + s.sightings, 0);
  return {
    method,
    traces: scores.length,
    fixes,
    meanError: round(fixes > 0 ? sum / fixes : null, 3),
    medianError: round(percentile(errors, 50), 3),
    p90Error: round(percentile(errors, 90), 3),
    maxError: round(errors.at(-1) ?? null, 3),
    floorAccuracy: round(fixes > 0 ? floorHits / fixes : null, 4),
    roomAccuracy: round(roomScored > 0 ? roomHits / roomScored : null, 4),
    timeToFirstFixMs: round(firstFixes.length > 0 ? firstFixes.reduce((a, b) => a + b, 0) / firstFixes.length : null, 0),
    advertisementsPerSecond: round(elapsedMs > 0 && sightings > 0 ? (sightings / elapsedMs) * 1000 : null, 0),
  };
}
