import { useEffect, useMemo } from 'react';
import { BufferGeometry, DoubleSide, Float32BufferAttribute, MeshBasicMaterial, ShapeGeometry } from 'three';
import type { Room, Venue } from '../core/venue/index.ts';
import { useView } from '../state/view-store.ts';
import { cutHeight } from './FloorClipping.tsx';
import { planShape } from './PlanModel.tsx';

/**
 * The rooms' floors and walls, invisible, for scans without surfaces of their own:
 * a point cloud or a splat scan is drawn from points, so a ray finds no face there.
 * Floors take clicks for walking; walls take the curator's clicks for placing an
 * exhibit on them and hide exhibit labels behind them. Drawn with colour and depth
 * writes off, they cost no pixels. Floors cut away above the one in focus are left
 * out, as rays do not see clipping planes.
 */
const invisible = new MeshBasicMaterial({ colorWrite: false, depthWrite: false, side: DoubleSide });

/** The vertical walls along a room's outline, from its floor up to the storey's height. */
export function roomWalls(room: Room, elevation: number, height: number): BufferGeometry {
  const positions: number[] = [];
  const top = elevation + height;
  room.outline.forEach(([x1, z1], i) => {
    const [x2, z2] = room.outline[(i + 1) % room.outline.length]!;
    positions.push(x1, elevation, z1, x2, elevation, z2, x2, top, z2, x1, elevation, z1, x2, top, z2, x1, top, z1);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.computeVertexNormals();
  return geometry;
}

export function RoomShell({ venue }: { venue: Venue }) {
  const focus = useView((s) => s.floor);
  const mode = useView((s) => s.mode);
  const shells = useMemo(() => {
    const floors = new Map(venue.floors.map((f) => [f.id, f]));
    return venue.rooms
      .filter((r) => r.outline.length >= 3 && floors.has(r.floor))
      .map((room) => {
        const floor = floors.get(room.floor)!;
        return { id: room.id, y: floor.elevation, floor: new ShapeGeometry(planShape(room.outline)), walls: roomWalls(room, floor.elevation, floor.height) };
      });
  }, [venue.rooms, venue.floors]);
  useEffect(() => () => shells.forEach((s) => (s.floor.dispose(), s.walls.dispose())), [shells]);
  const cut = cutHeight(venue, focus, mode) ?? Infinity;
  return (
    <group name="room-shell">
      {shells
        .filter((s) => s.y < cut)
        .map(({ id, y, floor, walls }) => (
          <group key={id}>
            <mesh geometry={floor} material={invisible} rotation={[-Math.PI / 2, 0, 0]} position={[0, y, 0]} />
            <mesh geometry={walls} material={invisible} />
          </group>
        ))}
    </group>
  );
}
