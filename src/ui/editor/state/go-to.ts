import type { Venue } from '../../../core/venue/index.ts';
import type { ProblemTarget } from '../../../core/editing/index.ts';
import type { Point3 } from '../../../core/geometry/types.ts';
import { roomOverheadPose } from '../../../core/editing/graph/index.ts';
import { floorOfHotspot, viewOfHotspot } from '../../../state/exhibit-actions.ts';
import { flyTo, setViewMode, type CameraPose } from '../../../state/view-store.ts';
import { useVenueStore } from '../../../state/venue-store.ts';
import type { EditorPanel, EditorStore } from './editor-store.ts';

/**
 * "Go to": selects an item in the editor, opens the panel that edits it, and
 * shows it in the 3D view with the floors above it cut away.
 */

const PANEL_OF: Record<NonNullable<ProblemTarget>['kind'], EditorPanel> = {
  hotspot: 'hotspots',
  beacon: 'beacons',
  node: 'graph',
  room: 'graph',
  tour: 'tours',
};

/** A pose looking down at `point` from above and to the south, close enough to see a room. */
export function poseAbove(point: Point3, distance = 12): CameraPose {
  return { position: [point[0], point[1] + distance * 0.8, point[2] + distance * 0.6], target: point };
}

/** Where an item is, and its floor; null when it has no place (a tour without stops). */
function placeOfTarget(venue: Venue, target: NonNullable<ProblemTarget>): { pose: CameraPose; floor: string | undefined } | null {
  switch (target.kind) {
    case 'hotspot': {
      const hotspot = venue.hotspots?.find((h) => h.id === target.id);
      return hotspot ? { pose: viewOfHotspot(hotspot), floor: floorOfHotspot(venue, hotspot) } : null;
    }
    case 'beacon': {
      const beacon = venue.beacons?.find((b) => b.id === target.id);
      return beacon ? { pose: poseAbove(beacon.position), floor: beacon.floor } : null;
    }
    case 'node': {
      const node = venue.navGraph?.nodes.find((n) => n.id === target.id);
      return node ? { pose: poseAbove(node.position), floor: node.floor } : null;
    }
    case 'room': {
      const pose = roomOverheadPose(venue, target.id);
      return pose ? { pose, floor: venue.rooms.find((r) => r.id === target.id)?.floor } : null;
    }
    case 'tour': {
      const tour = venue.tours?.find((t) => t.id === target.id);
      const first = tour && venue.hotspots?.find((h) => h.id === tour.stops[0]?.hotspot);
      return first ? { pose: viewOfHotspot(first), floor: floorOfHotspot(venue, first) } : null;
    }
  }
}

/** Selects `target`, opens its panel and flies the camera to it. */
export function goTo(store: EditorStore, target: NonNullable<ProblemTarget>): void {
  const { venue, select, setPanel } = store.getState();
  select(target);
  setPanel(PANEL_OF[target.kind]);
  if (target.kind === 'hotspot') useVenueStore.getState().selectHotspot(target.id);
  const place = placeOfTarget(venue, target);
  if (!place) return;
  setViewMode('overview', venue.floors.length > 1 && place.floor !== undefined ? place.floor : null);
  flyTo(place.pose);
}
