import type { BeaconSighting, MotionCue } from '../../core/positioning/types.ts';

/**
 * What every beacon source yields — Web Bluetooth, the native bridge, a replayed
 * trace, the simulator — so the tracker and the app never care where sightings
 * come from.
 */
export type BeaconSourceEvent =
  | { readonly type: 'sighting'; readonly sighting: BeaconSighting }
  | { readonly type: 'motion'; readonly cue: MotionCue }
  /** Something the visitor should know: scanning started, stopped, was refused, is unsupported. */
  | { readonly type: 'status'; readonly status: BeaconSourceStatus };

export type BeaconSourceStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'running' }
  | { readonly state: 'stopped' }
  /** The source cannot run here; `message` says why in words a visitor understands (English; the UI may translate `reason`). */
  | { readonly state: 'unavailable'; readonly reason: 'unsupported' | 'denied' | 'no-beacons' | 'no-trace' | 'failed'; readonly message: string };

/** The kinds of source the app offers. */
export type BeaconSourceKind = 'bluetooth' | 'bridge' | 'replay' | 'simulation';

/**
 * A running or startable source. `start` resolves once it runs (or has reported
 * why it cannot); events go to the listener given to the factory. `stop` is
 * idempotent and releases everything (scans, timers, listeners).
 */
export interface BeaconSource {
  readonly kind: BeaconSourceKind;
  start(): Promise<void>;
  stop(): void;
}

/** Receives a source's events. */
export type BeaconSourceListener = (event: BeaconSourceEvent) => void;
