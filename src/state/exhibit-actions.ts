import type { Hotspot, Venue } from '../core/venue/index.ts';
import type { Point3 } from '../core/geometry/types.ts';
import { useVenueStore } from './venue-store.ts';
import { flyTo, setFloor, type CameraPose } from './view-store.ts';

/** The floor a hotspot is on (through its room). */
export function floorOfHotspot(venue: Venue, hotspot: Hotspot): string | undefined {
  return venue.rooms.find((r) => r.id === hotspot.room)?.floor;
}

/**
 * The camera pose that shows a hotspot: its own `view` when the venue gives one,
 * otherwise 3 m in front of it along its normal (or from above) at eye height.
 */
export function viewOfHotspot(hotspot: Hotspot): CameraPose {
  if (hotspot.view) return { position: hotspot.view.position, target: hotspot.view.target };
  const [x, y, z] = hotspot.position;
  const n = hotspot.normal ?? [0, 0, 1];
  const len = Math.hypot(n[0], n[2]) || 1;
  const position: Point3 = [x + (n[0] / len) * 3, y, z + (n[2] / len) * 3];
  return { position, target: hotspot.position };
}

/**
 * Opens an exhibit the way every entry point does (list, pin, plan, tour, link):
 * selects it, brings its floor into focus, and flies the camera to its view.
 */
export function openExhibit(venue: Venue, hotspotId: string, options: { instant?: boolean } = {}): boolean {
  const hotspot = venue.hotspots?.find((h) => h.id === hotspotId);
  if (!hotspot) return false;
  useVenueStore.getState().selectHotspot(hotspotId);
  const floor = floorOfHotspot(venue, hotspot);
  // Cut away the floors above the exhibit, or it would be hidden under them.
  if (floor !== undefined && venue.floors.length > 1) setFloor(floor);
  flyTo(viewOfHotspot(hotspot), options);
  return true;
}
