import { useEffect, useMemo } from 'react';
import { MeshBasicMaterial, ShapeGeometry } from 'three';
import type { Venue } from '../core/venue/index.ts';
import { planShape } from './PlanModel.tsx';

/**
 * Floors a click can land on when the scan has no surfaces of its own: a point
 * cloud or a splat scan is drawn from points, so a ray finds no face (and no
 * normal) there. Each room's outline becomes an invisible slab at its floor's
 * elevation, so walking by clicking and placing things in the editor keep
 * working. Drawn with colour and depth writes off: they cost no pixels.
 */
const invisible = new MeshBasicMaterial({ colorWrite: false, depthWrite: false });

export function PickingFloors({ venue }: { venue: Venue }) {
  const slabs = useMemo(() => {
    const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
    return venue.rooms.filter((r) => r.outline.length >= 3).map((room) => ({ id: room.id, geometry: new ShapeGeometry(planShape(room.outline)), y: elevation.get(room.floor) ?? 0 }));
  }, [venue.rooms, venue.floors]);
  useEffect(() => () => slabs.forEach((s) => s.geometry.dispose()), [slabs]);
  return (
    <group name="picking-floors">
      {slabs.map(({ id, geometry, y }) => (
        <mesh key={id} geometry={geometry} material={invisible} rotation={[-Math.PI / 2, 0, 0]} position={[0, y, 0]} />
      ))}
    </group>
  );
}
