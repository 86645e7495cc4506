import type { Venue } from '../../core/venue/index.ts';
import type { BeaconSighting, MotionCue, PositionFix } from '../../core/positioning/types.ts';
import type { PlanPoint } from '../../core/geometry/types.ts';
import type { BeaconSource, BeaconSourceKind, BeaconSourceListener } from '../../platform/beacons/source.ts';
import type { SimulateOptions } from '../../core/positioning/simulate/options.ts';
import { positionStore, type PositionState, type PositionStore, type PositioningStatus } from '../position-store.ts';

/**
 * One venue's positioning: a beacon source feeding one tracker, whose estimate is
 * asked for about ten times a second and written to the position store. Switching
 * sources keeps the tracker (it is built once per venue, which costs a few tens
 * of milliseconds); stopping releases the source and the timer. Sources, tracker,
 * clock and store are all passed in, so tests drive it with fakes and fake time.
 *
 * Times: live sources stamp sightings with `performance.now()`; the replay and the
 * simulator map their trace time onto the same clock (see trace-player.ts), so
 * one clock serves every source.
 */

/** What the session needs of a tracker (the real one is `createTracker`). */
export interface SessionTracker {
  sight(sighting: BeaconSighting): void;
  move?(cue: MotionCue): void;
  estimate(t: number): PositionFix | null;
  placeAt(t: number, position: PlanPoint, floor: string, accuracy?: number): void;
  reset(): void;
}

/** A millisecond clock and a repeating timer. */
export interface SessionClock {
  now(): number;
  /** Calls `callback` every `ms` until the returned function is called. */
  every(ms: number, callback: () => void): () => void;
}

/** The page's clock: `performance.now()` and `setInterval`. */
export const pageClock: SessionClock = {
  now: () => performance.now(),
  every: (ms, callback) => {
    const handle = setInterval(callback, ms);
    return () => clearInterval(handle);
  },
};

/** What a start may ask of its source beyond the kind (only the 'simulation' source reads these; see sources.ts). */
export interface SourceStartOptions {
  /** The simulated visitor's walk (start, stops, pauses…). */
  readonly walk?: SimulateOptions;
  /** Plays the simulated walk this many times faster than real time (demos; 1 by default). */
  readonly speed?: number;
}

/** Opens a source of `kind` reporting to `listener`; may fetch first (a trace) and may refuse with an 'unavailable' status. */
export type SourceOpener = (kind: BeaconSourceKind, listener: BeaconSourceListener, options?: SourceStartOptions) => Promise<BeaconSource | Extract<PositioningStatus, { state: 'unavailable' }>>;

export interface PositioningSessionOptions {
  readonly venue: Venue;
  readonly tracker: SessionTracker;
  readonly openSource: SourceOpener;
  readonly store?: PositionStore;
  readonly clock?: SessionClock;
  /** How often the tracker is asked for its estimate, ms. Default 100 (ten times a second). */
  readonly tickMs?: number;
}

export interface PositioningSession {
  readonly venueId: string;
  /** The source running or starting, if any. */
  readonly activeSource: BeaconSourceKind | null;
  /** Stops any running source and starts one of `kind` (with `options` for it); resolves when it runs or has said why it cannot. */
  start(kind: BeaconSourceKind, options?: SourceStartOptions): Promise<void>;
  /** Stops the source and forgets the position: the dot disappears. */
  stop(): void;
  /** Stops everything and lets go of the store (the venue was closed). */
  dispose(): void;
}

/** Sources that hear the visitor's own phone: a QR code or room pick seeds them. Replays and simulations walk elsewhere. */
const LIVE: ReadonlySet<BeaconSourceKind> = new Set(['bluetooth', 'bridge']);

/** Beacons heard within this window count as "followed". */
const BEACON_WINDOW_MS = 5000;
const RATE_WINDOW_MS = 1000;

/** A session for one venue. Nothing runs until {@link PositioningSession.start}. */
export function createPositioningSession(options: PositioningSessionOptions): PositioningSession {
  const { venue, tracker, openSource } = options;
  const store = options.store ?? positionStore;
  const clock = options.clock ?? pageClock;
  const tickMs = options.tickMs ?? 100;

  /** Bumped by every start and stop: events and promises of an older run are ignored. */
  let generation = 0;
  let source: BeaconSource | null = null;
  let kind: BeaconSourceKind | null = null;
  let stopTicking: (() => void) | null = null;
  /** The fix the tracker holds right after being placed: not news, so not written as "from beacons". */
  let placedFix: PositionFix | null = null;
  let written: PositionFix | null = null;
  let lastInput = -Infinity;
  let seenPlacements = store.getState().placements;
  const arrivals: number[] = [];
  const lastHeard = new Map<string, number>();

  const patch = (partial: Partial<PositionState>): void => store.setState({ venueId: venue.id, ...partial });

  const resetCounters = (): void => {
    arrivals.length = 0;
    lastHeard.clear();
  };

  const tick = (): void => {
    const now = clock.now();
    const fix = tracker.estimate(Math.max(now, lastInput));
    const state = store.getState();
    const update: { -readonly [K in keyof PositionState]?: PositionState[K] } = {};
    if (fix && fix !== written && fix !== placedFix) {
      written = fix;
      update.fix = fix;
      update.via = 'beacons';
    }
    while (arrivals.length > 0 && arrivals[0]! <= now - RATE_WINDOW_MS) arrivals.shift();
    let heard = 0;
    for (const [id, t] of lastHeard) {
      if (t > now - BEACON_WINDOW_MS) heard++;
      else lastHeard.delete(id);
    }
    if (arrivals.length !== state.sightingsPerSecond) update.sightingsPerSecond = arrivals.length;
    if (heard !== state.beaconsHeard) update.beaconsHeard = heard;
    if (Object.keys(update).length > 0) patch(update);
  };

  const halt = (): void => {
    generation++;
    const running = source;
    source = null;
    kind = null;
    stopTicking?.();
    stopTicking = null;
    running?.stop();
  };

  /** Seeds the tracker with where the visitor was placed (QR code or room), so a live source starts from there. */
  const seedFromPlacement = (state: PositionState): void => {
    const fix = state.venueId === venue.id ? state.fix : null;
    if (!fix || (state.via !== 'qr' && state.via !== 'room')) return;
    const now = clock.now();
    tracker.placeAt(now, fix.position, fix.floor, fix.accuracy);
    lastInput = Math.max(lastInput, now);
    placedFix = tracker.estimate(lastInput);
  };

  // A placement while a source runs: a live source follows on from it; a replay or
  // simulation (someone else's walk) would drag the dot away from it, so it stops.
  const unsubscribe = store.subscribe((state) => {
    if (state.placements === seenPlacements) return;
    seenPlacements = state.placements;
    if (kind === null) return;
    if (LIVE.has(kind)) seedFromPlacement(state);
    else {
      halt();
      patch({ source: null, status: { state: 'idle' }, sightingsPerSecond: 0, beaconsHeard: 0 });
    }
  });

  const start = async (next: BeaconSourceKind, startOptions?: SourceStartOptions): Promise<void> => {
    halt();
    const mine = generation;
    kind = next;
    tracker.reset();
    placedFix = null;
    written = null;
    lastInput = -Infinity;
    resetCounters();
    const state = store.getState();
    if (LIVE.has(next)) seedFromPlacement(state);
    // The previous source's dot goes; a placement (QR code, room) stays until a source replaces it.
    patch({
      source: next,
      status: { state: 'starting' },
      sightingsPerSecond: 0,
      beaconsHeard: 0,
      ...(state.via === 'beacons' && { fix: null, via: null }),
    });

    const listener: BeaconSourceListener = (event) => {
      if (mine !== generation) return;
      switch (event.type) {
        case 'sighting': {
          const s = event.sighting;
          tracker.sight(s);
          if (Number.isFinite(s.t)) lastInput = Math.max(lastInput, s.t);
          const now = clock.now();
          arrivals.push(now);
          lastHeard.set(s.beaconId, now);
          break;
        }
        case 'motion':
          tracker.move?.(event.cue);
          if (Number.isFinite(event.cue.t)) lastInput = Math.max(lastInput, event.cue.t);
          break;
        case 'status':
          patch({ status: event.status });
          if (event.status.state === 'stopped' || event.status.state === 'unavailable') {
            // The source ended by itself (a replay's end, a refused scan): keep the last dot, stop asking.
            tick();
            stopTicking?.();
            stopTicking = null;
            source = null;
            kind = null;
          }
          break;
      }
    };

    let opened: Awaited<ReturnType<SourceOpener>>;
    try {
      opened = await (startOptions ? openSource(next, listener, startOptions) : openSource(next, listener));
    } catch (error) {
      opened = { state: 'unavailable', reason: 'failed', message: `The position source could not be started (${String(error).slice(0, 200)}).` };
    }
    if (mine !== generation) {
      if ('stop' in opened) opened.stop();
      return;
    }
    if (!('stop' in opened)) {
      kind = null;
      patch({ status: opened });
      return;
    }
    source = opened;
    // A replay or simulation is someone else's walk: the visitor's placement does not apply to it.
    if (!LIVE.has(next)) patch({ fix: null, via: null });
    stopTicking = clock.every(tickMs, tick);
    try {
      await opened.start();
    } catch (error) {
      if (mine === generation) {
        halt();
        patch({ status: { state: 'unavailable', reason: 'failed', message: `The position source failed (${String(error).slice(0, 200)}).` } });
      }
    }
  };

  return {
    venueId: venue.id,
    get activeSource() {
      return kind;
    },
    start,
    stop() {
      halt();
      tracker.reset();
      placedFix = null;
      written = null;
      resetCounters();
      store.setState((s) => ({ venueId: venue.id, fix: null, via: null, source: null, status: { state: 'idle' }, sightingsPerSecond: 0, beaconsHeard: 0, placements: s.placements }));
    },
    dispose() {
      halt();
      unsubscribe();
    },
  };
}
