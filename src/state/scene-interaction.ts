import { createStore } from 'zustand/vanilla';
import type { Point3 } from '../core/geometry/types.ts';

/**
 * How pointer input on the 3D view is shared between the visitor's camera and the
 * curator editor. Visitors never set anything here: the store stays empty and the
 * camera behaves as usual. The editor (a chunk of its own) installs a surface
 * handler to place things where the curator clicks, and holds the camera still
 * while it drags an exhibit or a beacon along a wall.
 */

/** Where a click met the building: the point and the surface's outward normal (world space). */
export interface SurfaceHit {
  point: Point3;
  /** Unit normal of the face that was hit, or null when the model has no faces there (points). */
  normal: Point3 | null;
}

export interface SceneInteraction {
  /**
   * Takes clicks on the building before the camera does. Returns true when it used
   * the click (the camera then neither walks nor flies).
   */
  surfaceClick: ((hit: SurfaceHit) => boolean) | null;
  /** True while a drag holds the pointer: orbit and look-around controls stay still. */
  cameraHeld: boolean;
  /**
   * Takes a chosen exhibit (a pin, the list, the plan) before the visitor's
   * "open exhibit" does. Returns true when it used the choice.
   */
  pickHotspot: ((id: string) => boolean) | null;
}

export const sceneInteraction = createStore<SceneInteraction>()(() => ({ surfaceClick: null, cameraHeld: false, pickHotspot: null }));

/** Holds (or releases) the camera controls for the length of a drag. */
export function holdCamera(held: boolean): void {
  if (sceneInteraction.getState().cameraHeld !== held) sceneInteraction.setState({ cameraHeld: held });
}
