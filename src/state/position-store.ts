import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PositionFix } from '../core/positioning/types.ts';
import type { BeaconSourceKind, BeaconSourceStatus } from '../platform/beacons/source.ts';

/**
 * Where the on-site visitor is ("you are here"), how that is known, and what the
 * positioning is doing. A vanilla store: the 3D dot reads it in `useFrame` through
 * `getState()`, the floor plan and the positioning panel subscribe with selectors.
 * This file is part of every visitor's first download, so it holds state and tiny
 * actions only; the tracker and the beacon sources load on demand
 * (`src/state/positioning/`). Nothing here ever leaves the device.
 */

/** How the current position was obtained. */
export type PositionVia =
  /** Followed by the tracker from beacon sightings (Bluetooth, the native bridge, a replay, the simulator). */
  | 'beacons'
  /** The visitor scanned the QR code at an exhibit (`?at=<hotspot id>`). */
  | 'qr'
  /** The visitor said which room they are in. */
  | 'room';

/** Why positioning cannot run: the source's reasons, and a venue without a recorded demo walk. */
export type UnavailableReason = Extract<BeaconSourceStatus, { state: 'unavailable' }>['reason'];

/** What the positioning is doing, as the panel's status line tells it. */
export type PositioningStatus =
  /** Nothing running (the visitor may still have been placed by a QR code or a room). */
  | { readonly state: 'idle' }
  | Exclude<BeaconSourceStatus, { state: 'unavailable' }>
  /** `message` is English, for the visitor; the UI may word `reason` in the visitor's language instead. */
  | { readonly state: 'unavailable'; readonly reason: UnavailableReason; readonly message: string };

export interface PositionState {
  /** The venue the position belongs to; a position is never shown in another venue. */
  readonly venueId: string | null;
  readonly fix: PositionFix | null;
  readonly via: PositionVia | null;
  /** The source chosen last (kept after it stopped, so the status can say which one ended). */
  readonly source: BeaconSourceKind | null;
  readonly status: PositioningStatus;
  /** Sightings of the venue's beacons over the last second. */
  readonly sightingsPerSecond: number;
  /** Distinct beacons heard over the last few seconds. */
  readonly beaconsHeard: number;
  /**
   * Counts placements by QR code or room, so a running positioning session can
   * tell a new placement (which it must follow) from the fixes it wrote itself.
   */
  readonly placements: number;
}

const idle = (venueId: string | null, placements: number): PositionState => ({
  venueId,
  fix: null,
  via: null,
  source: null,
  status: { state: 'idle' },
  sightingsPerSecond: 0,
  beaconsHeard: 0,
  placements,
});

/** The store; create more with {@link createPositionStore} in tests. */
export type PositionStore = ReturnType<typeof createPositionStore>;

/** A fresh position store (the app uses the one {@link positionStore}). */
export function createPositionStore() {
  return createStore<PositionState>()(() => idle(null, 0));
}

/** The app's position store. */
export const positionStore = createPositionStore();

/** Puts the visitor at a known place (a scanned QR code, a picked room) of `venueId`. */
export function placeVisitor(venueId: string, fix: PositionFix, via: 'qr' | 'room', store: PositionStore = positionStore): void {
  store.setState((s) => ({ venueId, fix, via, placements: s.placements + 1 }));
}

/** Forgets the position and the source state; with `venueId`, starts over for that venue. */
export function clearPosition(venueId: string | null = positionStore.getState().venueId, store: PositionStore = positionStore): void {
  store.setState((s) => idle(venueId, s.placements));
}

/** A new venue was opened: a position from another venue must not linger. */
export function forgetOtherVenues(venueId: string | null, store: PositionStore = positionStore): void {
  if (store.getState().venueId !== venueId) clearPosition(venueId, store);
}

/** The fix to show in `venueId`, or null (none, or it belongs to another venue). */
export function fixIn(state: PositionState, venueId: string): PositionFix | null {
  return state.venueId === venueId ? state.fix : null;
}

/** React hook over the position store (components that change a few times a second at most). */
export function usePosition<T>(selector: (s: PositionState) => T): T {
  return useStore(positionStore, selector);
}
