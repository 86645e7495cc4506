import type { Venue } from '../../core/venue/schema.ts';
import { simulateVisit, type SimulatedVisit, type SimulateOptions } from '../../core/positioning/simulate/index.ts';
import type { BeaconSourceListener } from './source.ts';
import { createTracePlayer, type PlaybackOptions, type TracePlaybackSource } from './trace-player.ts';

/**
 * The "simulate" choice of the app's source picker: a seeded simulated visit
 * of the open venue (see `simulateVisit`), played in real time like a replay.
 * Lets anyone see the blue dot move without beacons or a recorded trace.
 */

/** Options of {@link createSimulatedSource}: the walk's (seed, duration, stops, radio…) and the playback's. */
export interface SimulatedSourceOptions extends PlaybackOptions {
  readonly walk?: SimulateOptions;
}

/** A simulator source; `visit` is the simulated visit (null until the first start). */
export interface SimulatedSource extends TracePlaybackSource {
  readonly kind: 'simulation';
  readonly visit: SimulatedVisit | null;
}

/**
 * A source playing a simulated visit of `venue`. The simulation runs at the first
 * `start` (a 2.5-minute walk takes well under a second), so merely offering the
 * choice costs nothing. A venue without a walking graph or beacons reports
 * 'unavailable' ('no-beacons').
 */
export function createSimulatedSource(venue: Venue, listener: BeaconSourceListener, options: SimulatedSourceOptions = {}): SimulatedSource {
  let visit: SimulatedVisit | null = null;
  const player = createTracePlayer(
    'simulation',
    () => {
      visit = simulateVisit(venue, options.walk);
      if (visit.events.length === 0) return { unavailable: `Cannot simulate a walk here: ${visit.problems.join('; ') || 'nothing to simulate'}.`, reason: 'no-beacons' };
      return { events: visit.events };
    },
    listener,
    options,
  );
  return {
    kind: 'simulation',
    get visit() {
      return visit;
    },
    get truth() {
      return player.truth;
    },
    clockTimeOf: (traceT) => player.clockTimeOf(traceT),
    start: () => player.start(),
    stop: () => player.stop(),
  };
}
