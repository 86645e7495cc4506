import type { Point3 } from '../../geometry/types.ts';
import type { BeaconSighting, MotionCue } from '../types.ts';

/**
 * What a trace (SCENE-FORMAT.md, "Trace") holds once read: beacon sightings,
 * pedestrian motion cues and ground truth, in file order. Survey files carry a
 * `phone` number on each line (one recording per phone, concatenated); it is kept
 * on the event so consumers can tell the recordings apart.
 */

/** The trace format version this reader and writer speak. */
export const TRACE_FORMAT_VERSION = 1;

/** Where the person really was at `t`, when known. */
export interface TruthPoint {
  readonly t: number;
  /** Venue space `[x, y, z]`, metres. */
  readonly position: Point3;
  /** A floor id of the venue. */
  readonly floor: string;
}

/** One event of a trace. */
export type TraceEvent =
  | { readonly kind: 'sighting'; readonly sighting: BeaconSighting; readonly phone?: number }
  | { readonly kind: 'motion'; readonly cue: MotionCue; readonly phone?: number }
  | { readonly kind: 'truth'; readonly truth: TruthPoint; readonly phone?: number };

/** The time of an event, whatever its kind. */
export function eventTime(event: TraceEvent): number {
  switch (event.kind) {
    case 'sighting':
      return event.sighting.t;
    case 'motion':
      return event.cue.t;
    case 'truth':
      return event.truth.t;
  }
}
