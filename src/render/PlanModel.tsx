import { useMemo } from 'react';
import { ExtrudeGeometry, Shape, ShapeGeometry, Vector2 } from 'three';
import type { Venue } from '../core/venue/index.ts';
import type { PlanPolygon } from '../core/geometry/types.ts';

/**
 * The venue drawn from its plan when it has no scan (or the scan failed): room
 * floors as flat shapes and obstacles as blocks, so visitors still see where they are.
 */

/** A three Shape in the XY plane from a plan polygon; rotated onto the floor below. */
export function planShape(outline: PlanPolygon): Shape {
  // Plan [x, z] → shape (x, -z): rotating the shape by -90° about X maps its y back to +z.
  return new Shape(outline.map(([x, z]) => new Vector2(x, -z)));
}

const ROOM_COLOURS: Record<string, string> = { gallery: '#e9e2d0', corridor: '#d8d8d8', stairs: '#c9c2b8', elevator: '#c9c2b8', toilet: '#d4e0e8', cafe: '#eadbc8' };

export function PlanModel({ venue }: { venue: Venue }) {
  const floorsById = useMemo(() => new Map(venue.floors.map((f) => [f.id, f])), [venue]);
  const rooms = useMemo(
    () => venue.rooms.map((room) => ({ room, geometry: new ShapeGeometry(planShape(room.outline)), y: floorsById.get(room.floor)?.elevation ?? 0 })),
    [venue, floorsById],
  );
  const obstacles = useMemo(
    () =>
      (venue.obstacles ?? []).map((o) => ({
        id: o.id,
        geometry: new ExtrudeGeometry(planShape(o.outline), { depth: o.height ?? 1.2, bevelEnabled: false }),
        y: floorsById.get(o.floor)?.elevation ?? 0,
      })),
    [venue, floorsById],
  );

  return (
    <group name="plan">
      {rooms.map(({ room, geometry, y }) => (
        <mesh key={room.id} geometry={geometry} rotation={[-Math.PI / 2, 0, 0]} position={[0, y, 0]} receiveShadow>
          <meshStandardMaterial color={ROOM_COLOURS[room.kind] ?? '#e4e0d8'} roughness={0.9} />
        </mesh>
      ))}
      {obstacles.map(({ id, geometry, y }) => (
        <mesh key={id} geometry={geometry} rotation={[-Math.PI / 2, 0, 0]} position={[0, y, 0]}>
          <meshStandardMaterial color="#8a8178" roughness={0.8} />
        </mesh>
      ))}
    </group>
  );
}
