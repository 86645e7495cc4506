import type { Point3 } from '../../../core/geometry/types.ts';
import type { Venue } from '../../../core/venue/index.ts';
import { floorAtHeight } from '../../../core/camera/framing.ts';
import type { SurfaceHit } from '../../../state/scene-interaction.ts';
import type { EditorStore } from '../state/editor-store.ts';

/** How far (metres) a beacon stands off the surface it was placed on, so its marker is not buried in the wall. */
export const BEACON_SURFACE_OFFSET = 0.05;

/** `point` moved `distance` along `normal` (unchanged when there is no usable normal). */
export function offsetAlongNormal(point: Point3, normal: Point3 | null, distance: number): [number, number, number] {
  const length = normal ? Math.hypot(normal[0], normal[1], normal[2]) : 0;
  if (!normal || !(length > 1e-9)) return [point[0], point[1], point[2]];
  const k = distance / length;
  return [point[0] + normal[0] * k, point[1] + normal[1] * k, point[2] + normal[2] * k];
}

/**
 * The floor a beacon placed at `point` belongs to: the floor at that height, except
 * on a ceiling (a face looking down), which belongs to the floor below it: the
 * underside of a slab is within a few centimetres of the next floor's surface.
 */
export function beaconFloorAt(venue: Venue, point: Point3, normal: Point3 | null): string {
  const length = normal ? Math.hypot(normal[0], normal[1], normal[2]) : 0;
  const facesDown = normal !== null && length > 0 && normal[1] / length < -0.5;
  return floorAtHeight(venue, facesDown ? point[1] - 0.5 : point[1]);
}

/**
 * Places a new beacon where the curator clicked (the 'place-beacon' tool): on the
 * floor at that height (see {@link beaconFloorAt}), 5 cm out from the surface, then selects it and hands the
 * pointer back to the select tool. Returns true: the click was used either way
 * (a refused placement, e.g. the venue's beacon limit, is shown as a notice).
 */
export function placeBeaconAt(store: EditorStore, hit: SurfaceHit): boolean {
  const state = store.getState();
  const floor = beaconFloorAt(state.venue, hit.point, hit.normal);
  const position = offsetAlongNormal(hit.point, hit.normal, BEACON_SURFACE_OFFSET);
  const outcome = state.apply({ type: 'addBeacon', floor, position });
  if (outcome.ok && outcome.createdId !== undefined) {
    state.select({ kind: 'beacon', id: outcome.createdId });
    const floorName = state.venue.floors.find((f) => f.id === floor)?.name[state.venue.defaultLanguage] ?? floor;
    state.notify('info', `Placed beacon ${outcome.createdId} on ${floorName}. Give it its radio identity in the panel.`);
  }
  state.setTool('select');
  return true;
}
