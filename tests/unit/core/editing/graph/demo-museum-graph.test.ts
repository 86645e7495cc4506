import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../../src/core/venue/schema.ts';
import { validateVenue } from '../../../../../src/core/venue/index.ts';
import { segmentInsidePolygon, segmentToPolygonDistance } from '../../../../../src/core/geometry/segment.ts';
import { walkableArea } from '../../../../../src/core/geometry/walkable.ts';
import { planRoute } from '../../../../../src/core/routing/router.ts';
import { generateNavGraph, unreachableRooms, unreachableRoomsStepFree } from '../../../../../src/core/editing/graph/index.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

/** The generator on the demo museum with its hand-made walking graph taken away. */

const museum = demoMuseum();
const { navGraph: _handMade, ...bare } = museum;
const { navGraph, notes } = generateNavGraph(bare as Venue);
const venue: Venue = { ...bare, navGraph };

describe('a generated graph for the demo museum', () => {
  it('validates without errors', () => {
    expect(validateVenue(venue).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('gives every room a path point and reaches every room, also step-free', () => {
    for (const room of venue.rooms) expect(navGraph.nodes.some((n) => n.room === room.id)).toBe(true);
    expect(unreachableRooms(venue)).toEqual([]);
    expect(unreachableRoomsStepFree(venue)).toEqual([]);
  });

  it('joins the floors by the stairs and by the lift', () => {
    expect(navGraph.edges).toContainEqual(expect.objectContaining({ from: 'n-stairs-eg', to: 'n-stairs-og', kind: 'stairs', accessible: false }));
    expect(navGraph.edges).toContainEqual(expect.objectContaining({ from: 'n-elevator-eg', to: 'n-elevator-og', kind: 'elevator', accessible: true, length: 14.5 }));
  });

  it('keeps each room’s paths inside the room and clear of its display cases', () => {
    const nodes = new Map(navGraph.nodes.map((n) => [n.id, n]));
    for (const edge of navGraph.edges) {
      const a = nodes.get(edge.from)!;
      const b = nodes.get(edge.to)!;
      if (a.room !== b.room || a.floor !== b.floor) continue;
      const room = venue.rooms.find((r) => r.id === a.room)!;
      const pa = [a.position[0], a.position[2]] as const;
      const pb = [b.position[0], b.position[2]] as const;
      expect(segmentInsidePolygon(pa, pb, room.outline), `${edge.from} → ${edge.to}`).toBe(true);
      for (const o of venue.obstacles ?? []) {
        if (o.floor === a.floor) expect(segmentToPolygonDistance(pa, pb, o.outline), `${edge.from} → ${edge.to} near ${o.id}`).toBeGreaterThan(0);
      }
    }
    expect(notes.join('\n')).not.toMatch(/crosses a display case/);
  });

  it('has the doors the hand-made graph has, where the walk view finds them', () => {
    const doors = walkableArea(venue, 'eg').doors;
    const near = (x: number, z: number) => doors.some((d) => Math.hypot(d[0] - x, d[1] - z) < 1e-6);
    expect(near(14, 6)).toBe(true); // foyer → gallery 1
    expect(near(27, 6)).toBe(true); // gallery 1 → gallery 2
    expect(near(10.5, 12)).toBe(true); // foyer → corridor
  });

  it('routes a visitor from the foyer to the cabinet upstairs', () => {
    const result = planRoute(venue, { kind: 'node', id: 'n-foyer' }, { kind: 'room', id: 'r-cabinet' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.route.floors).toEqual(['eg', 'og']);
  });
});

describe('reachability of the published demo museum', () => {
  it('reaches every room of the hand-made graph', () => {
    expect(unreachableRooms(museum)).toEqual([]);
    expect(unreachableRoomsStepFree(museum)).toEqual([]);
  });
});
