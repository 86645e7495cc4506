import type { Venue } from '../../venue/schema.ts';
import type { Estimator, MethodName } from '../types.ts';
import type { TraceEvent } from '../trace/events.ts';
import { beaconMap, type BeaconMap } from '../radio/beacon-map.ts';
import { calibrateFromSurvey, calibrationOverrides, type Calibration } from '../calibration/calibrate.ts';
import { radioMapFromSurvey, type RadioMap } from '../estimators/radio-map.ts';
import { canCreateEstimator, createEstimator } from '../estimators/create-estimator.ts';
import { createTracker } from '../tracker/tracker.ts';
import { scoreTrace, type TraceScore } from './score-trace.ts';
import { summarizeScores, type EvaluationSummary } from './summary.ts';

/**
 * Runs one positioning method over recorded traces and scores it: the engine of
 * `npm run positioning:eval` and of the accuracy benchmark. With a survey, the
 * beacons' radio models are calibrated from it first (and fingerprinting gets
 * its radio map); the result says so, because calibrated and uncalibrated
 * figures are reported separately.
 */
export interface EvaluationInput {
  readonly venue: Venue;
  readonly traces: readonly { readonly name: string; readonly events: readonly TraceEvent[] }[];
  readonly method: MethodName;
  /** Events of a survey (truth lines, then what was heard there). */
  readonly survey?: readonly TraceEvent[];
  /** Seed of the tracker's random source. */
  readonly seed?: number;
  /** A clock in milliseconds, for the throughput figure (performance.now in the CLI). */
  readonly now: () => number;
}

export interface EvaluationResult {
  readonly summary: EvaluationSummary;
  readonly perTrace: readonly { readonly name: string; readonly summary: EvaluationSummary }[];
  /** The calibration used, when a survey was given. */
  readonly calibration: Calibration | null;
}

/** Why a method cannot run on this input, worded for the command line. */
export class EvaluationInputError extends Error {
  override name = 'EvaluationInputError';
}

/** The beacons' radio models and radio map an evaluation runs with. */
export function positioningSetup(venue: Venue, survey?: readonly TraceEvent[]): { beacons: BeaconMap; radioMap: RadioMap | undefined; calibration: Calibration | null } {
  if (!survey) return { beacons: beaconMap(venue), radioMap: undefined, calibration: null };
  const calibration = calibrateFromSurvey(survey, venue, beaconMap(venue));
  return { beacons: beaconMap(venue, calibrationOverrides(calibration)), radioMap: radioMapFromSurvey(survey), calibration };
}

/** A fresh estimator of `method` for one trace. */
function estimatorFor(input: EvaluationInput, beacons: BeaconMap, radioMap: RadioMap | undefined): Estimator {
  if (input.method === 'tracker') return createTracker(input.venue, beacons, { seed: input.seed ?? 1 });
  const ctx = { venue: input.venue, beacons, ...(radioMap && { radioMap }) };
  if (!canCreateEstimator(input.method, ctx)) throw new EvaluationInputError(`method "${input.method}" needs a survey with at least one point: give --survey <survey.jsonl>`);
  return createEstimator(input.method, ctx);
}

/** Scores `input.method` on every trace; pooled and per trace. */
export function runEvaluation(input: EvaluationInput): EvaluationResult {
  if ((input.venue.beacons ?? []).length === 0) throw new EvaluationInputError(`venue "${input.venue.id}" has no beacons to position with`);
  const { beacons, radioMap, calibration } = positioningSetup(input.venue, input.survey);
  const scores: TraceScore[] = [];
  const perTrace: { name: string; summary: EvaluationSummary }[] = [];
  let elapsed = 0;
  for (const trace of input.traces) {
    const estimator = estimatorFor(input, beacons, radioMap);
    const start = input.now();
    const score = scoreTrace(input.venue, trace.events, estimator);
    const took = input.now() - start;
    elapsed += took;
    scores.push(score);
    perTrace.push({ name: trace.name, summary: summarizeScores(input.method, [score], took) });
  }
  return { summary: summarizeScores(input.method, scores, elapsed), perTrace, calibration };
}
