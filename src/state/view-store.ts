import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Pose } from '../core/camera/framing.ts';

/**
 * How the visitor looks at the venue. Changes on a click, so React may subscribe;
 * the per-frame camera pose lives in `camera-store.ts` instead.
 */
export type ViewMode =
  /** Orbit around the building ("dollhouse"); floors above the chosen one are cut away. */
  | 'overview'
  /** The 2D floor plan, full screen. */
  | 'plan'
  /** Inside the rooms at eye height. */
  | 'walk';

/** A camera pose: where the eye is and what it looks at. */
export type CameraPose = Pose;

export interface ViewState {
  mode: ViewMode;
  /**
   * The floor in focus: in the overview, floors above it are hidden; the plan shows
   * it; walking happens on it. `null` shows every floor (overview only).
   */
  floor: string | null;
  /**
   * A camera move someone asked for (choosing an exhibit, a tour stop, a link). The
   * camera rig animates to it (or jumps, with reduced motion) and clears it.
   */
  flight: { pose: CameraPose; id: number; instant?: boolean } | null;
}

export const viewStore = createStore<ViewState>()(() => ({ mode: 'overview', floor: null, flight: null }));

/** True when the visitor asked the system for less motion: camera moves then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

let flightCounter = 0;

/** Back to the overview of all floors, forgetting any pending flight: a new venue starts fresh. */
export function resetView(): void {
  viewStore.setState({ mode: 'overview', floor: null, flight: null });
}

/** Switches the view mode (and optionally the floor in focus). */
export function setViewMode(mode: ViewMode, floor?: string | null): void {
  viewStore.setState((s) => ({ mode, floor: floor === undefined ? s.floor : floor }));
}

/** Chooses the floor in focus (`null`: all floors). */
export function setFloor(floor: string | null): void {
  viewStore.setState({ floor });
}

/** Asks the camera to fly to `pose`; `instant` jumps without animation (links, reduced motion). */
export function flyTo(pose: CameraPose, options: { instant?: boolean } = {}): void {
  viewStore.setState({ flight: { pose, id: ++flightCounter, ...(options.instant && { instant: true }) } });
}

/** React hook over the view store. */
export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(viewStore, selector);
}
