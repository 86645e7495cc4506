import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Tour, TourStop, Venue } from '../core/venue/index.ts';
import * as player from '../core/tours/player.ts';
import type { TourPlayerState } from '../core/tours/player.ts';
import { findTour, stopAudio, stopDurationMs, type StopAudio } from '../core/tours/stops.ts';
import { openExhibit } from './exhibit-actions.ts';
import { useVenueStore } from './venue-store.ts';

/**
 * The guided tour that is playing. The player itself is the pure state machine in
 * src/core/tours/player.ts; this store adds the clock, the venue, and the visitor's
 * narration choices, and drives time with ONE timer set to the next due moment and
 * re-armed on every change. `Date.now()` is read here and nowhere deeper, and only
 * `setTimeout` waits, so Playwright's `page.clock` can fast-forward a whole tour.
 *
 * Every arrival at a stop opens its exhibit (`openExhibit`): selected, its floor in
 * focus, the camera flying to it.
 */
export interface TourData {
  player: TourPlayerState;
  /** The venue the tour belongs to (kept so next/previous can open exhibits). */
  venue: Venue | null;
  /** The visitor turned narration audio off: stops then advance by their durationS. */
  muted: boolean;
  /** The current stop's audio could not play (autoplay policy, missing file): it advances by durationS. */
  narrationUnavailable: boolean;
  /**
   * Counts arrivals at a stop, including arriving again at the same one ("previous" on
   * the first stop). The audio element is keyed on it so the narration restarts, and
   * reports carry it so a late event from the last stop's audio is ignored.
   */
  stopSerial: number;
}

/** The store: the data above plus the visitor's (and the timer's) actions. */
export interface TourState extends TourData {
  /** Starts a tour of `venue` at its first stop, playing. False when the venue has no such tour. */
  playTour(venue: Venue, tourId: string): boolean;
  pauseTour(): void;
  resumeTour(): void;
  /** Next stop; from the last stop the tour finishes. */
  nextStop(): void;
  /** Previous stop; on the first stop, that stop again from its start. */
  previousStop(): void;
  /** Ends the tour: back to the list of tours. */
  stopTour(): void;
  /**
   * Starts (or moves) a tour at stop `index` (0-based: a link's 1-based `step` minus
   * one), playing or, with `paused`, waiting for Play; `instant` skips the camera
   * flight, as a freshly opened link should. False when the venue has no such tour.
   */
  goToStop(venue: Venue, tourId: string, index: number, options?: { paused?: boolean; instant?: boolean }): boolean;
  /** The narration audio of stop arrival `serial` played to its end. */
  narrationEnded(serial?: number): void;
  /** The narration audio of stop arrival `serial` cannot play; the stop advances by time instead. */
  narrationFailed(serial?: number): void;
  setMuted(muted: boolean): void;
  /** Advances when the current stop's time is up; the store's timer calls it. */
  tick(): void;
}

/** The edge where time enters; everything below gets it passed in. */
const now = (): number => Date.now();

/** The tour currently open in the store, if any. */
export function currentTour(s: Pick<TourData, 'player' | 'venue'>): Tour | undefined {
  return s.venue ? findTour(s.venue, s.player.tourId) : undefined;
}

/** The stop the tour is on, if a tour is open. */
export function currentStop(s: Pick<TourData, 'player' | 'venue'>): TourStop | undefined {
  return currentTour(s)?.stops[s.player.stopIndex];
}

/**
 * The narration audio the current stop plays for a visitor reading `lang`, or `null`
 * when it advances by time instead (no recording, muted, or it failed to play).
 */
export function narrationAudio(s: TourData, lang: string): StopAudio | null {
  const stop = currentStop(s);
  if (!stop || !s.venue || s.muted || s.narrationUnavailable) return null;
  return stopAudio(stop, lang, s.venue.defaultLanguage);
}

/**
 * How long the current stop lasts for the timer: its durationS, or `Infinity` when
 * its audio plays, since then the audio's end advances it (audio may run longer).
 */
export function currentStopDurationMs(s: TourData, lang: string): number {
  const stop = currentStop(s);
  if (!stop) return Infinity;
  return narrationAudio(s, lang) ? Infinity : stopDurationMs(stop);
}

/** The visitor's language, which decides whether a stop has audio to wait for. */
const visitorLanguage = (): string => useVenueStore.getState().language;

export const tourStore = createStore<TourState>()((set, get) => {
  /** Arrives at the player's stop: fresh narration, and the exhibit opens. */
  const arrive = (next: TourPlayerState, venue: Venue, options: { instant?: boolean } = {}): void => {
    set((s) => ({ player: next, venue, narrationUnavailable: false, stopSerial: s.stopSerial + 1 }));
    const stop = findTour(venue, next.tourId)?.stops[next.stopIndex];
    if (stop && player.isActive(next)) openExhibit(venue, stop.hotspot, options);
  };

  /** Applies a step of the player; a step that moved to another stop is an arrival. */
  const step = (next: TourPlayerState): void => {
    const { player: before, venue } = get();
    if (next === before) return;
    if (venue && player.isActive(next) && next.stopIndex !== before.stopIndex) arrive(next, venue);
    else set({ player: next });
  };

  const stale = (serial: number | undefined): boolean => serial !== undefined && serial !== get().stopSerial;

  return {
    player: player.IDLE,
    venue: null,
    muted: false,
    narrationUnavailable: false,
    stopSerial: 0,

    playTour: (venue, tourId) => get().goToStop(venue, tourId, 0),
    goToStop(venue, tourId, index, options = {}) {
      const tour = findTour(venue, tourId);
      if (!tour) return false;
      arrive(player.start(tour, now(), { stopIndex: index, paused: options.paused ?? false }), venue, { instant: options.instant ?? false });
      return true;
    },
    pauseTour: () => step(player.pause(get().player, now())),
    resumeTour: () => step(player.resume(get().player, now())),
    nextStop: () => step(player.next(get().player, now())),
    previousStop() {
      const { player: before, venue } = get();
      const next = player.previous(before, now());
      // Even staying on the first stop is an arrival: its narration starts again.
      if (venue && next !== before) arrive(next, venue);
    },
    stopTour: () => set({ player: player.IDLE, venue: null, narrationUnavailable: false }),
    narrationEnded(serial) {
      if (stale(serial) || get().muted) return;
      step(player.narrationEnded(get().player, now()));
    },
    narrationFailed(serial) {
      if (stale(serial) || get().narrationUnavailable) return;
      set({ narrationUnavailable: true });
    },
    setMuted: (muted) => set({ muted }),
    tick: () => step(player.tick(get().player, now(), currentStopDurationMs(get(), visitorLanguage()))),
  };
});

/* ---- the one timer ---------------------------------------------------------------- */

let timer: ReturnType<typeof setTimeout> | undefined;

/** Sets the one timer to the moment the current stop is due, or clears it when nothing is. */
function arm(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const s = tourStore.getState();
  const due = player.dueInMs(s.player, now(), currentStopDurationMs(s, visitorLanguage()));
  if (due !== null) timer = setTimeout(onDue, due);
}

function onDue(): void {
  timer = undefined;
  const before = tourStore.getState().player;
  tourStore.getState().tick();
  // A timer that fired a hair early changes nothing, so no update re-arms it: do it here.
  if (tourStore.getState().player === before) arm();
}

tourStore.subscribe(arm);

useVenueStore.subscribe((venueState, before) => {
  // Another language may have a recording where this one had none, or the reverse.
  // (Any update re-arms the timer.)
  if (venueState.language !== before.language) tourStore.setState({ narrationUnavailable: false });
  // A tour belongs to its venue: opening another venue ends it.
  if (venueState.state.venueId !== before.state.venueId && tourStore.getState().player.status !== 'idle') {
    tourStore.getState().stopTour();
  }
});

/** React hook over the tour store, e.g. `useTour((s) => s.player.status)`. */
export function useTour<T>(selector: (s: TourState) => T): T {
  return useStore(tourStore, selector);
}
