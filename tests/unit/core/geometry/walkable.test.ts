import { describe, expect, it } from 'vitest';
import { walkableArea } from '../../../../src/core/geometry/walkable.ts';
import type { Venue } from '../../../../src/core/venue/index.ts';

/**
 * Two rooms side by side with a door in the shared wall at z = 2, and a pillar in room A:
 *
 *   z=0 +-----------+-----------+
 *       |  A        |        B  |
 *       |    ##     D           |     D: door at (4, 2)
 *       |    ##     |           |     ##: pillar (1.5–2.5, 1.5–2.5)
 *   z=4 +-----------+-----------+
 *      x=0         x=4         x=8
 */
const venue = {
  floors: [{ id: 'f', name: { en: 'F' }, elevation: 0, height: 3 }],
  rooms: [
    { id: 'a', floor: 'f', name: { en: 'A' }, kind: 'gallery', outline: [[0, 0], [4, 0], [4, 4], [0, 4]] },
    { id: 'b', floor: 'f', name: { en: 'B' }, kind: 'gallery', outline: [[4, 0], [8, 0], [8, 4], [4, 4]] },
  ],
  obstacles: [{ id: 'pillar', floor: 'f', outline: [[1.5, 1.5], [2.5, 1.5], [2.5, 2.5], [1.5, 2.5]] }],
  navGraph: {
    nodes: [
      { id: 'da', floor: 'f', position: [3.5, 0, 2], room: 'a' },
      { id: 'db', floor: 'f', position: [4.5, 0, 2], room: 'b' },
    ],
    edges: [{ from: 'da', to: 'db', kind: 'door' }],
  },
} as unknown as Venue;

const area = walkableArea(venue, 'f');

describe('walking on a floor', () => {
  it('finds the door where the walking graph crosses between rooms', () => {
    expect(area.doors).toEqual([[4, 2]]);
  });

  it('lets a visitor stand in rooms, not in pillars, not against walls, not outside', () => {
    expect(area.canStand([1, 1])).toBe(true);
    expect(area.canStand([2, 2])).toBe(false);
    expect(area.canStand([2, 2.6])).toBe(false); // within body radius of the pillar
    expect(area.canStand([0.1, 3])).toBe(false); // against the outer wall
    expect(area.canStand([9, 2])).toBe(false);
    expect(area.canStand([4, 2])).toBe(true); // in the doorway
  });

  it('walks through the door but stops at the wall elsewhere', () => {
    expect(area.reach([3, 2], [6, 2])).toEqual([6, 2]);
    const blocked = area.reach([3, 0.5], [6, 0.5]);
    expect(blocked[0]).toBeLessThan(4);
    expect(blocked[0]).toBeGreaterThan(3.5);
  });

  it('stops in front of an obstacle', () => {
    const stop = area.reach([0.5, 2], [3.5, 2]);
    expect(stop[0]).toBeLessThanOrEqual(1.25 + 1e-9);
    expect(stop[0]).toBeGreaterThan(1.1);
  });

  it('does not move someone who is standing where nobody can', () => {
    expect(area.reach([2, 2], [3, 3])).toEqual([2, 2]);
  });
});
