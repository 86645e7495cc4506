import type { Venue } from '../../venue/schema.ts';
import type { Point3 } from '../../geometry/types.ts';
import { eventTime, type TraceEvent, type TruthPoint } from '../trace/events.ts';
import { resolveSimulateOptions, type SimulateOptions } from './options.ts';
import { planWalk, type WalkStop } from './plan-walk.ts';
import { simulateSightings } from './radio.ts';
import { simulateSteps } from './motion.ts';
import { walkerStateAt, type Segment } from './timeline.ts';

/**
 * A seeded simulated visit: a visitor walks the venue's walking graph from exhibit
 * to exhibit, and the trace records what their phone would: beacon sightings,
 * step cues, and the ground truth every 500 ms. Pure and deterministic: the same
 * venue, seed and options give the same events on every machine.
 */

/** A simulated visit with what went into it. */
export interface SimulatedVisit {
  /** The trace events in time order (at equal times: sightings, then motion, then truth). */
  readonly events: readonly TraceEvent[];
  /** The ground truth alone (also among `events`). */
  readonly truth: readonly TruthPoint[];
  /** The stops the visitor made, in order. */
  readonly stops: readonly WalkStop[];
  /** The movement timeline the events were sampled from. */
  readonly segments: readonly Segment[];
  /** Length of the trace, ms. */
  readonly durationMs: number;
  /** What could not be done as asked (no walking graph, unknown stops, no beacons). */
  readonly problems: readonly string[];
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Orders events of the same millisecond: a truth line scores what was heard up to and including its time. */
const KIND_ORDER: Record<TraceEvent['kind'], number> = { sighting: 0, motion: 1, truth: 2 };

/** Simulates a visit; see {@link SimulateOptions} for every parameter. Never throws. */
export function simulateVisit(venue: Venue, options: SimulateOptions = {}): SimulatedVisit {
  const resolved = resolveSimulateOptions(options);
  const plan = planWalk(venue, resolved);
  const problems = [...plan.problems];
  if (plan.segments.length === 0) return { events: [], truth: [], stops: [], segments: [], durationMs: 0, problems };
  if ((venue.beacons ?? []).length === 0) problems.push('the venue has no beacons: the trace has no sightings');

  const truth: TruthPoint[] = [];
  for (let t = 0; t <= plan.endMs; t += resolved.truthIntervalMs) {
    const at = Math.round(t);
    const state = walkerStateAt(plan.segments, at);
    const position: Point3 = [round3(state.position[0]), round3(state.position[1]), round3(state.position[2])];
    truth.push({ t: at, position, floor: state.floor });
  }

  const events: TraceEvent[] = [];
  for (const heard of simulateSightings(venue, plan.segments, plan.endMs, resolved)) {
    for (const sighting of heard) events.push({ kind: 'sighting', sighting });
  }
  for (const cue of simulateSteps(plan.segments, plan.endMs, resolved)) events.push({ kind: 'motion', cue });
  for (const point of truth) events.push({ kind: 'truth', truth: point });
  // Array sort is stable: ties of time and kind keep the beacons' venue order.
  events.sort((a, b) => eventTime(a) - eventTime(b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  return { events, truth, stops: plan.stops, segments: plan.segments, durationMs: plan.endMs, problems };
}

/** The trace events of a simulated visit, in time order (see {@link simulateVisit} for the details). */
export function simulateWalk(venue: Venue, options: SimulateOptions = {}): readonly TraceEvent[] {
  return simulateVisit(venue, options).events;
}
