import { readTrace, type TraceReport } from '../../core/positioning/trace/read-trace.ts';
import type { TraceEvent } from '../../core/positioning/trace/events.ts';
import type { BeaconResolver } from '../../core/positioning/ble/resolve.ts';
import type { BeaconSourceListener } from './source.ts';
import { createTracePlayer, type PlaybackOptions, type TracePlaybackSource } from './trace-player.ts';

/**
 * Replays a recorded trace (e.g. the demo museum's `traces/demo-walk.jsonl`) as
 * if it were heard now: the "replay" choice of the app's source picker, and the
 * way e2e tests drive the blue dot. Fetching the file is the caller's business;
 * this takes its text (read against the venue) or already-read events.
 */

/** A trace to replay: its text with the venue's resolver, or events already read. */
export type ReplayInput = { readonly text: string; readonly resolver: BeaconResolver } | { readonly events: readonly TraceEvent[] };

/** A replay source; `report` tells what reading the text counted and dropped (null for events input). */
export interface ReplaySource extends TracePlaybackSource {
  readonly kind: 'replay';
  readonly report: TraceReport | null;
}

/** Options of {@link createReplaySource}: speed, looping, which phone, timers. */
export type ReplayOptions = PlaybackOptions;

/**
 * A source that plays `input` in real time (or `speed` times as fast) from the
 * moment `start` is called, then reports 'stopped' (or starts over with `loop`).
 * A trace without a single usable sighting reports 'unavailable' ('no-beacons').
 */
export function createReplaySource(input: ReplayInput, listener: BeaconSourceListener, options: ReplayOptions = {}): ReplaySource {
  let report: TraceReport | null = null;
  const player = createTracePlayer(
    'replay',
    () => {
      if ('events' in input) return { events: input.events };
      const read = readTrace(input.text, input.resolver);
      report = read.report;
      return { events: read.events };
    },
    listener,
    options,
  );
  return {
    kind: 'replay',
    get report() {
      return report;
    },
    get truth() {
      return player.truth;
    },
    clockTimeOf: (traceT) => player.clockTimeOf(traceT),
    start: () => player.start(),
    stop: () => player.stop(),
  };
}
