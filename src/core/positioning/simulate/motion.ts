import type { MotionCue } from '../types.ts';
import type { ResolvedSimulateOptions } from './options.ts';
import { between, stream } from './random.ts';
import { segmentIndexAt, walkerStateAt, type Segment } from './timeline.ts';

/**
 * What a phone's step detector reports: a step every ~0.6 s while the visitor
 * walks or climbs stairs (none while standing or riding a lift), each with the
 * walking heading plus compass noise.
 */

/** Wraps an angle into (−π, π]. */
export function wrapAngle(angle: number): number {
  const wrapped = angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
  return wrapped === -Math.PI ? Math.PI : wrapped;
}

/** The step cues during the timeline, in time order. */
export function simulateSteps(segments: readonly Segment[], endMs: number, options: ResolvedSimulateOptions): MotionCue[] {
  if (segments.length === 0) return [];
  const random = stream(options.seed, 'motion');
  const interval = (): number => Math.max(100, options.stepIntervalMs + between(random, -options.stepJitterMs, options.stepJitterMs));
  const cues: MotionCue[] = [];
  let t = random.next() * options.stepIntervalMs;
  while (t <= endMs) {
    const segment = segments[segmentIndexAt(segments, t)]!;
    if (segment.mode === 'walk' || segment.mode === 'stairs') {
      const heading = wrapAngle(walkerStateAt(segments, t).heading + random.normal() * options.headingNoise);
      cues.push({ t: Math.round(t), step: true, heading: Math.round(heading * 1000) / 1000 });
      t += interval();
    } else {
      // Standing or riding: the first step comes about half a stride after moving on.
      t = Math.max(t, segment.t1) + interval() / 2;
    }
  }
  return cues;
}
