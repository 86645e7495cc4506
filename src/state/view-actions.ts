import type { Venue } from '../core/venue/index.ts';
import { overviewPose, walkStartPose } from '../core/camera/framing.ts';
import { useVenueStore } from './venue-store.ts';
import { flyTo, setViewMode, viewStore } from './view-store.ts';
import { floorOfHotspot, viewOfHotspot } from './exhibit-actions.ts';

/** The lowest floor: where a visit starts. */
export function lowestFloor(venue: Venue): string {
  return [...venue.floors].sort((a, b) => a.elevation - b.elevation)[0]!.id;
}

/** Back to the dollhouse, framing the floor in focus (or the whole building). */
export function showOverview(venue: Venue, options: { instant?: boolean } = {}): void {
  const { floor } = viewStore.getState();
  setViewMode('overview');
  flyTo(overviewPose(venue, floor), options);
}

/** The 2D plan of the floor in focus (the lowest floor when all are shown). */
export function showPlan(venue: Venue): void {
  setViewMode('plan', viewStore.getState().floor ?? lowestFloor(venue));
}

/**
 * Into the rooms at eye height: in front of the open exhibit when there is one,
 * otherwise at the entrance of the floor in focus.
 */
export function startWalk(venue: Venue, options: { instant?: boolean } = {}): void {
  const selected = useVenueStore.getState().selectedHotspot;
  const hotspot = venue.hotspots?.find((h) => h.id === selected);
  const focus = viewStore.getState().floor;
  if (hotspot && (focus === null || floorOfHotspot(venue, hotspot) === focus)) {
    setViewMode('walk', floorOfHotspot(venue, hotspot) ?? focus);
    flyTo(viewOfHotspot(hotspot), options);
    return;
  }
  const floor = focus ?? lowestFloor(venue);
  setViewMode('walk', floor);
  flyTo(walkStartPose(venue, floor), options);
}

/** Chooses the floor in focus; in the overview the camera reframes, when walking it moves to that floor's entrance. */
export function focusFloor(venue: Venue, floor: string | null): void {
  const { mode } = viewStore.getState();
  if (mode === 'walk' && floor !== null) {
    setViewMode('walk', floor);
    flyTo(walkStartPose(venue, floor));
    return;
  }
  setViewMode(mode, floor);
  if (mode === 'overview') flyTo(overviewPose(venue, floor));
}
