import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Plane, Vector3 } from 'three';
import type { Venue } from '../core/venue/index.ts';
import { useView } from '../state/view-store.ts';

/**
 * Cuts away everything above the floor in focus in the overview, so a visitor can
 * look into the rooms of a lower floor. A clipping plane works for any scan, with
 * or without per-floor nodes; when walking, nothing is cut (ceilings stay ceilings).
 */
export function cutHeight(venue: Venue, floorId: string | null, mode: string): number | null {
  if (mode !== 'overview' || floorId === null) return null;
  const floor = venue.floors.find((f) => f.id === floorId);
  const above = venue.floors.filter((f) => floor && f.elevation > floor.elevation).sort((a, b) => a.elevation - b.elevation)[0];
  if (!floor || !above) return null; // the top floor: nothing above to cut
  return above.elevation - 0.05;
}

export function FloorClipping({ venue }: { venue: Venue }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const floor = useView((s) => s.floor);
  const mode = useView((s) => s.mode);
  const plane = useMemo(() => new Plane(new Vector3(0, -1, 0), 0), []);

  useEffect(() => {
    const height = cutHeight(venue, floor, mode);
    if (height === null) {
      gl.clippingPlanes = [];
    } else {
      plane.constant = height; // keeps points with y < height
      gl.clippingPlanes = [plane];
    }
    invalidate();
  }, [gl, plane, venue, floor, mode, invalidate]);

  return null;
}
