import type { Tour } from '../venue/schema.ts';

/**
 * The guided-tour player as a pure state machine. Time is passed in as `nowMs` (any
 * monotonic millisecond clock) and each function returns a new state, so the same
 * code runs under the browser's clock, Playwright's fake clock and unit tests, and
 * no timer lives here. The store (src/state/tour-store.ts) owns the one timer and
 * asks {@link dueInMs} when to call {@link tick} next.
 *
 * A function that has nothing to do returns the very same state object, so callers
 * can skip updates with `===`.
 */

/** Where the player is: not started, running, held, or past the last stop. */
export type TourStatus = 'idle' | 'playing' | 'paused' | 'finished';

/** The whole state of the player; plain data, safe to store and compare. */
export interface TourPlayerState {
  /** The tour being played, or `null` when idle. */
  readonly tourId: string | null;
  /** The current stop, 0-based. At the end of a tour it stays on the last stop. */
  readonly stopIndex: number;
  /** How many stops the tour has: kept here so next/goTo need not be handed the tour again. */
  readonly stopCount: number;
  readonly status: TourStatus;
  /** When the current stretch of playing began: the arrival at the stop, or the latest resume. */
  readonly stopStartedAtMs: number;
  /** Time already played at this stop before `stopStartedAtMs` (the stretches before pauses). */
  readonly elapsedBeforePauseMs: number;
}

/** The player before any tour has started (and after one was ended). */
export const IDLE: TourPlayerState = Object.freeze({
  tourId: null,
  stopIndex: 0,
  stopCount: 0,
  status: 'idle',
  stopStartedAtMs: 0,
  elapsedBeforePauseMs: 0,
});

/** True while a tour is on a stop, running or paused (not idle, not finished). */
export function isActive(state: TourPlayerState): boolean {
  return state.status === 'playing' || state.status === 'paused';
}

/** Arrives at a stop: its clock starts from zero. */
function atStop(state: TourPlayerState, stopIndex: number, nowMs: number, status: 'playing' | 'paused'): TourPlayerState {
  return { ...state, stopIndex, status, stopStartedAtMs: nowMs, elapsedBeforePauseMs: 0 };
}

/** Past the last stop: the tour stays on it, so "previous" can go back and a link still names it. */
function finish(state: TourPlayerState, nowMs: number): TourPlayerState {
  return { ...state, stopIndex: Math.max(0, state.stopCount - 1), status: 'finished', stopStartedAtMs: nowMs, elapsedBeforePauseMs: 0 };
}

const clampIndex = (index: number, count: number): number => Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, count - 1));

/**
 * Starts `tour` at its first stop, playing. `stopIndex` and `paused` start it
 * elsewhere, e.g. to restore a shared link; an index out of range is clamped.
 */
export function start(tour: Pick<Tour, 'id' | 'stops'>, nowMs: number, options: { stopIndex?: number; paused?: boolean } = {}): TourPlayerState {
  const base: TourPlayerState = { ...IDLE, tourId: tour.id, stopCount: tour.stops.length };
  // The schema requires a stop, but an empty tour must not leave the player on a stop that is not there.
  if (tour.stops.length === 0) return finish(base, nowMs);
  return atStop(base, clampIndex(options.stopIndex ?? 0, tour.stops.length), nowMs, options.paused ? 'paused' : 'playing');
}

/** Milliseconds played at the current stop (pauses excluded). */
export function elapsedMs(state: TourPlayerState, nowMs: number): number {
  if (state.status !== 'playing') return state.elapsedBeforePauseMs;
  // max(0, …): a clock that steps back (a restored snapshot) must not make time negative.
  return state.elapsedBeforePauseMs + Math.max(0, nowMs - state.stopStartedAtMs);
}

/** Holds the tour on the current stop, keeping the time already played there. */
export function pause(state: TourPlayerState, nowMs: number): TourPlayerState {
  if (state.status !== 'playing') return state;
  return { ...state, status: 'paused', elapsedBeforePauseMs: elapsedMs(state, nowMs), stopStartedAtMs: nowMs };
}

/** Continues a paused tour where it was held. */
export function resume(state: TourPlayerState, nowMs: number): TourPlayerState {
  if (state.status !== 'paused') return state;
  return { ...state, status: 'playing', stopStartedAtMs: nowMs };
}

/** Skips to the next stop (keeping playing or paused); from the last stop the tour finishes. */
export function next(state: TourPlayerState, nowMs: number): TourPlayerState {
  if (!isActive(state)) return state;
  if (state.stopIndex + 1 >= state.stopCount) return finish(state, nowMs);
  return atStop(state, state.stopIndex + 1, nowMs, state.status === 'paused' ? 'paused' : 'playing');
}

/**
 * Goes back one stop; on the first stop it starts that stop again. After the end it
 * plays the last stop again, since that is what a visitor pressing "back" wants.
 */
export function previous(state: TourPlayerState, nowMs: number): TourPlayerState {
  if (state.status === 'idle') return state;
  if (state.status === 'finished') return atStop(state, clampIndex(state.stopIndex, state.stopCount), nowMs, 'playing');
  return atStop(state, Math.max(0, state.stopIndex - 1), nowMs, state.status);
}

/** Jumps to a stop (0-based, clamped), keeping playing or paused; after the end it plays again. */
export function goTo(state: TourPlayerState, index: number, nowMs: number): TourPlayerState {
  if (state.status === 'idle' || state.stopCount === 0) return state;
  return atStop(state, clampIndex(index, state.stopCount), nowMs, state.status === 'paused' ? 'paused' : 'playing');
}

/**
 * Advances when the current stop's time is up: to the next stop, or at the last stop
 * to the end. `stopDurationMs` is the current stop's length; `Infinity` means "only
 * the narration's end advances" (a stop with audio).
 *
 * The next stop starts at `nowMs`, not at the moment that was due: a visitor coming
 * back to a throttled background tab then finds one stop further, not several stops
 * skipped unheard.
 */
export function tick(state: TourPlayerState, nowMs: number, stopDurationMs: number): TourPlayerState {
  if (state.status !== 'playing' || elapsedMs(state, nowMs) < stopDurationMs) return state;
  return next(state, nowMs);
}

/** The stop's narration audio played to its end: move on, whatever time the stop was given. */
export function narrationEnded(state: TourPlayerState, nowMs: number): TourPlayerState {
  // A paused tour has paused its audio; an `ended` then is stale and must not skip a stop.
  if (state.status !== 'playing') return state;
  return next(state, nowMs);
}

/** How far through the current stop the tour is, 0…1 (1 once finished). */
export function progress(state: TourPlayerState, nowMs: number, stopDurationMs: number): number {
  if (state.status === 'finished') return 1;
  if (state.status === 'idle' || !(stopDurationMs > 0) || !Number.isFinite(stopDurationMs)) return 0;
  return Math.min(1, elapsedMs(state, nowMs) / stopDurationMs);
}

/**
 * Milliseconds until {@link tick} would advance, or `null` when nothing is due (not
 * playing, or the stop waits for its narration to end). The store sets its one
 * timer to this.
 */
export function dueInMs(state: TourPlayerState, nowMs: number, stopDurationMs: number): number | null {
  if (state.status !== 'playing' || !Number.isFinite(stopDurationMs)) return null;
  return Math.max(0, stopDurationMs - elapsedMs(state, nowMs));
}
