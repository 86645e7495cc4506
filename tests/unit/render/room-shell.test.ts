import { describe, expect, it } from 'vitest';
import { DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { roomWalls } from '../../../src/render/RoomShell.tsx';
import type { Room } from '../../../src/core/venue/index.ts';

/** The invisible walls that take clicks and hide labels on scans without faces. */
describe('roomWalls', () => {
  const room: Room = { id: 'r-1', floor: 'eg', name: { en: 'Hall' }, kind: 'gallery', outline: [[0, 0], [10, 0], [10, 6], [0, 6]] };

  it('stands one quad on each edge of the outline, from the floor to the storey height', () => {
    const walls = roomWalls(room, 4.5, 3);
    const y = walls.getAttribute('position');
    expect(y.count).toBe(4 * 6);
    for (let i = 0; i < y.count; i++) expect([4.5, 7.5]).toContain(y.getY(i));
  });

  it('is hit by a ray through the wall, at the wall, from either side', () => {
    const mesh = new Mesh(roomWalls(room, 0, 3), new MeshBasicMaterial({ side: DoubleSide })); // as the shell draws them
    const hit = (from: [number, number, number], towards: [number, number, number]) => {
      const ray = new Raycaster(new Vector3(...from), new Vector3(...towards).normalize());
      return ray.intersectObject(mesh)[0]?.point;
    };
    expect(hit([5, 1.5, -4], [0, 0, 1])?.z).toBeCloseTo(0, 6); // from outside the room
    expect(hit([5, 1.5, 3], [1, 0, 0])?.x).toBeCloseTo(10, 6); // from inside
    expect(hit([5, 5, 3], [1, 0, 0])).toBeUndefined(); // above the walls
  });
});
