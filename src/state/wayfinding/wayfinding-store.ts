import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Route, RouteOrigin, RouteResult, RouteTarget } from '../../core/routing/types.ts';
import type { RouteStep } from '../../core/routing/instructions/index.ts';
import type { GuidanceState } from '../../core/routing/guidance/index.ts';
import { readPreference, writePreference } from './preferences.ts';

/**
 * Where the visitor wants to go and how they are getting there: the destination,
 * the start (when no position is known), the step-free and large-text
 * preferences, the route with its worded steps, and the live guidance's latest
 * state. A vanilla store: the 3D route line reads it in `useFrame`, the plan and
 * the panel subscribe with selectors. This file is in every visitor's first
 * download (the plan draws the route), so it holds state and tiny actions only;
 * the router, the instructions and the guidance load with the wayfinding panel
 * (`controller.ts`).
 */

/** Everything the wayfinding panel, the plan and the 3D route line show. */
export interface WayfindingState {
  /** The venue the route belongs to; a route is never shown in another venue. */
  readonly venueId: string | null;
  /** The wayfinding panel is open (its header button and the panel share this). */
  readonly panelOpen: boolean;
  readonly destination: RouteTarget | null;
  /** Where routes start while no position is known; null: the venue's entrance. */
  readonly start: RouteOrigin | null;
  /** No stairs or escalators; remembered on this device. */
  readonly stepFree: boolean;
  /** Larger step list and prompts; remembered on this device. */
  readonly largeText: boolean;
  /** The latest routing answer (the first route, or a re-route): a route or why there is none. */
  readonly result: RouteResult | null;
  /** The route followed now: after a re-route, the new one. */
  readonly route: Route | null;
  /** `route` in words, in `stepsLanguage`. */
  readonly steps: readonly RouteStep[];
  readonly stepsLanguage: string | null;
  /** Progress along `route` from the visitor's position; null until a position is known. */
  readonly guidance: GuidanceState | null;
}

const empty = (venueId: string | null, { panelOpen, stepFree, largeText }: Pick<WayfindingState, 'panelOpen' | 'stepFree' | 'largeText'>): WayfindingState => ({
  venueId,
  panelOpen,
  stepFree,
  largeText,
  destination: null,
  start: null,
  result: null,
  route: null,
  steps: [],
  stepsLanguage: null,
  guidance: null,
});

/** The store; create more with {@link createWayfindingStore} in tests. */
export type WayfindingStore = ReturnType<typeof createWayfindingStore>;

/** A fresh store, with the preferences remembered on this device. */
export function createWayfindingStore() {
  return createStore<WayfindingState>()(() => empty(null, { panelOpen: false, stepFree: readPreference('stepFree'), largeText: readPreference('largeText') }));
}

/** The app's wayfinding store. */
export const wayfindingStore = createWayfindingStore();

/** Forgets the destination and the route (keeping preferences and the panel); with `venueId`, starts over for that venue. */
export function clearWayfinding(venueId: string | null = wayfindingStore.getState().venueId, store: WayfindingStore = wayfindingStore): void {
  store.setState((s) => empty(venueId, s));
}

/** Opens or closes the wayfinding panel. */
export function setWayfindingPanelOpen(open: boolean, store: WayfindingStore = wayfindingStore): void {
  store.setState({ panelOpen: open });
}

/** Switches large text on or off, and remembers the choice. */
export function setLargeText(on: boolean, store: WayfindingStore = wayfindingStore): void {
  writePreference('largeText', on);
  store.setState({ largeText: on });
}

/** The route to show in `venueId`, or null (none, or it belongs to another venue). */
export function routeIn(state: WayfindingState, venueId: string): Route | null {
  return state.venueId === venueId ? state.route : null;
}

/** Metres of the current route already walked, as the guidance follows it (0 before a position is known). */
export function walkedAlong(state: WayfindingState): number {
  const g = state.guidance;
  return g && g.route === state.route && Number.isFinite(g.along) ? Math.max(0, g.along) : 0;
}

/** React hook over the wayfinding store. */
export function useWayfinding<T>(selector: (s: WayfindingState) => T): T {
  return useStore(wayfindingStore, selector);
}
