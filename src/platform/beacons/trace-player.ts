import { eventTime, type TraceEvent, type TruthPoint } from '../../core/positioning/trace/events.ts';
import type { BeaconSource, BeaconSourceKind, BeaconSourceListener } from './source.ts';
import { pageTimers, type SourceTimers } from './timers.ts';

/**
 * Plays trace events to a listener as if they were happening now: the trace's
 * time is mapped onto the caller's clock (scaled by a speed factor), each event
 * is emitted when its moment comes with its time rewritten to that clock, and
 * the end is reported as 'stopped' (or the trace starts over, when looping).
 * Shared by the replay and the simulator sources. Ground truth is not emitted
 * (the source contract has no truth event) but kept for tests and debugging.
 */

/** How a trace is played. */
export interface PlaybackOptions {
  /** Trace milliseconds per clock millisecond: 2 plays twice as fast. Default 1; clamped to 0.01…1000. */
  readonly speed?: number;
  /** Start over at the end instead of stopping. Default false. */
  readonly loop?: boolean;
  /**
   * Which recording to play when the trace holds several phones' (survey files):
   * events of other phones are skipped. Default: the first phone that appears.
   */
  readonly phone?: number;
  /** Clock and timers (default: the page's). */
  readonly timers?: SourceTimers;
}

/** A source that plays a trace; `truth` and `clockTimeOf` serve tests and debug overlays. */
export interface TracePlaybackSource extends BeaconSource {
  /** The ground truth of the trace being played, in trace time (empty until the events are known). */
  readonly truth: readonly TruthPoint[];
  /** The caller-clock time at which trace time `traceT` plays in the current pass, or null when not playing. */
  clockTimeOf(traceT: number): number | null;
}

/** The events to play, or the reason there are none (worded for a visitor). */
export type PlaybackEvents =
  | { readonly events: readonly TraceEvent[] }
  | { readonly unavailable: string; readonly reason: 'no-beacons' | 'failed' };

/** Trace time between the end of a pass and the start of the next when looping: a visible seam, not a jump. */
const LOOP_GAP_MS = 1000;

const clampSpeed = (speed: number | undefined): number => (speed !== undefined && Number.isFinite(speed) ? Math.min(1000, Math.max(0.01, speed)) : 1);

/** Splits a trace into what is played and the ground truth, keeping one phone's recording. */
function splitTrace(events: readonly TraceEvent[], phone: number | undefined): { played: TraceEvent[]; truth: TruthPoint[] } {
  const chosen = phone ?? events.find((e) => e.phone !== undefined)?.phone;
  const played: TraceEvent[] = [];
  const truth: TruthPoint[] = [];
  for (const e of events) {
    if (chosen !== undefined && e.phone !== undefined && e.phone !== chosen) continue;
    if (!Number.isFinite(eventTime(e))) continue;
    if (e.kind === 'truth') truth.push(e.truth);
    else played.push(e);
  }
  // Readers deliver traces in time order; a stable sort makes sure of it for events from elsewhere.
  played.sort((a, b) => eventTime(a) - eventTime(b));
  return { played, truth };
}

/**
 * A source that plays the events `load` returns (called at the first start, so
 * expensive work such as a simulation runs only when the visitor picks it).
 */
export function createTracePlayer(kind: BeaconSourceKind, load: () => PlaybackEvents, listener: BeaconSourceListener, options: PlaybackOptions = {}): TracePlaybackSource {
  const timers = options.timers ?? pageTimers;
  const speed = clampSpeed(options.speed);
  let loaded: { played: TraceEvent[]; truth: TruthPoint[] } | { unavailable: string; reason: 'no-beacons' | 'failed' } | null = null;
  let running = false;
  let handle: unknown = null;
  let next = 0; // index of the next event to play
  let origin = 0; // caller-clock time at which `traceStart` plays in this pass
  let traceStart = 0;

  const clockTime = (traceT: number): number => origin + (traceT - traceStart) / speed;

  const finish = (): void => {
    running = false;
    handle = null;
    listener({ type: 'status', status: { state: 'stopped' } });
  };

  const tick = (): void => {
    handle = null;
    if (!running || loaded === null || 'unavailable' in loaded) return;
    const { played } = loaded;
    const now = timers.now();
    while (running && next < played.length) {
      const event = played[next]!;
      const at = clockTime(eventTime(event));
      if (at > now) break;
      next++;
      if (event.kind === 'sighting') listener({ type: 'sighting', sighting: { ...event.sighting, t: at } });
      else if (event.kind === 'motion') listener({ type: 'motion', cue: { ...event.cue, t: at } });
    }
    if (!running) return; // the listener stopped us
    if (next >= played.length) {
      if (!options.loop) return finish();
      // The next pass starts a moment after this one ended, on the same clock.
      origin = clockTime(eventTime(played.at(-1)!) + LOOP_GAP_MS);
      next = 0;
    }
    handle = timers.setTimeout(tick, Math.max(0, clockTime(eventTime(played[next]!)) - timers.now()));
  };

  return {
    kind,
    get truth() {
      return loaded !== null && 'truth' in loaded ? loaded.truth : [];
    },
    clockTimeOf: (traceT) => (running && Number.isFinite(traceT) ? clockTime(traceT) : null),
    start() {
      if (running) return Promise.resolve();
      listener({ type: 'status', status: { state: 'starting' } });
      if (loaded === null) {
        const result = load();
        loaded = 'unavailable' in result ? result : splitTrace(result.events, options.phone);
      }
      if ('unavailable' in loaded || !loaded.played.some((e) => e.kind === 'sighting')) {
        const status = 'unavailable' in loaded
          ? ({ state: 'unavailable', reason: loaded.reason, message: loaded.unavailable } as const)
          : ({ state: 'unavailable', reason: 'no-beacons', message: 'This trace has no advertisements from beacons of this venue.' } as const);
        listener({ type: 'status', status });
        return Promise.resolve();
      }
      running = true;
      next = 0;
      traceStart = eventTime(loaded.played[0]!);
      origin = timers.now();
      listener({ type: 'status', status: { state: 'running' } });
      tick();
      return Promise.resolve();
    },
    stop() {
      if (!running) return;
      if (handle !== null) timers.clearTimeout(handle);
      finish();
    },
  };
}
