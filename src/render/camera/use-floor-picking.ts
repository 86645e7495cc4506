import { useCallback } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { Venue } from '../../core/venue/index.ts';
import { EYE_HEIGHT, floorAtHeight } from '../../core/camera/framing.ts';
import { walkableAreaOf } from '../../core/geometry/walkable.ts';
import type { PlanPoint } from '../../core/geometry/types.ts';
import { cameraStore } from '../../state/camera-store.ts';
import { flyTo, setViewMode, viewStore } from '../../state/view-store.ts';

/** A click that moved the pointer more than this (px) was a drag, not a click. */
export const CLICK_SLOP = 5;

/**
 * Clicking the floor: when walking, glide there (as far as walls allow); in the
 * overview, a double click drops the visitor into the room at that spot.
 */
export function useFloorPicking(venue: Venue) {
  const camera = useThree((s) => s.camera);

  const walkTo = useCallback(
    (point: Vector3, fromOverview: boolean) => {
      const floorId = floorAtHeight(venue, point.y);
      const floor = venue.floors.find((f) => f.id === floorId)!;
      const area = walkableAreaOf(venue, floorId);
      const current = cameraStore.getState().pose;
      const y = floor.elevation + EYE_HEIGHT;
      let destination: PlanPoint = [point.x, point.z];
      if (!fromOverview && current && floorAtHeight(venue, current.position[1] - EYE_HEIGHT) === floorId) {
        destination = area.reach([current.position[0], current.position[2]], destination);
      } else if (!area.canStand(destination)) {
        return; // not a spot one can stand on (inside a display case, outside the building)
      }
      // Keep looking the way the camera looks, levelled to the horizon.
      const dir = new Vector3();
      camera.getWorldDirection(dir);
      dir.y = 0;
      if (dir.lengthSq() < 1e-6) dir.set(0, 0, -1);
      dir.normalize();
      if (fromOverview) setViewMode('walk', floorId);
      flyTo({ position: [destination[0], y, destination[1]], target: [destination[0] + dir.x, y, destination[1] + dir.z] });
    },
    [venue, camera],
  );

  const isFloorHit = (e: ThreeEvent<MouseEvent>): boolean => {
    const normal = e.face?.normal?.clone().transformDirection(e.object.matrixWorld);
    return !!normal && normal.y > 0.7 && e.delta <= CLICK_SLOP;
  };

  const onClick = useCallback(
    (e: ThreeEvent<MouseEvent>) => {
      if (viewStore.getState().mode !== 'walk' || !isFloorHit(e)) return;
      e.stopPropagation();
      walkTo(e.point, false);
    },
    [walkTo],
  );

  const onDoubleClick = useCallback(
    (e: ThreeEvent<MouseEvent>) => {
      if (viewStore.getState().mode !== 'overview' || !isFloorHit(e)) return;
      e.stopPropagation();
      walkTo(e.point, true);
    },
    [walkTo],
  );

  return { onClick, onDoubleClick };
}
