import { describe, expect, it } from 'vitest';
import { roomAtPosition, roomsFloorFirst } from '../../../../../src/ui/editor/hotspots/room-at.ts';
import type { Venue } from '../../../../../src/core/venue/index.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

describe('roomAtPosition on the demo museum', () => {
  const venue = demoMuseum();

  it('finds the room of every demo hotspot from its position alone', () => {
    const hotspots = venue.hotspots ?? [];
    expect(hotspots.length).toBeGreaterThan(10);
    for (const h of hotspots) expect({ id: h.id, room: roomAtPosition(venue, h.position)?.id }).toEqual({ id: h.id, room: h.room });
  });

  it('tells the floors apart by height: the same plan point is gallery 1 downstairs and gallery 4 upstairs', () => {
    // The self-portrait hangs at [16.793, 1.6, 0.16] in gallery 1; gallery 4 lies above it.
    expect(roomAtPosition(venue, [16.793, 1.6, 0.16])?.id).toBe('r-gallery-1');
    expect(roomAtPosition(venue, [16.793, 6.1, 0.16])?.id).toBe('r-gallery-4');
  });

  it('gives a point just outside the building the nearest room, and a point far outside none', () => {
    expect(roomAtPosition(venue, [20, 1.6, -0.2])?.id).toBe('r-gallery-1');
    expect(roomAtPosition(venue, [20, 1.6, -5])).toBeNull();
  });

  it('lists the rooms of the hotspot’s floor first', () => {
    const { onFloor, others } = roomsFloorFirst(venue, 'og');
    expect(onFloor.length).toBeGreaterThan(0);
    expect(onFloor.every((r) => r.floor === 'og')).toBe(true);
    expect(others.every((r) => r.floor !== 'og')).toBe(true);
    expect(onFloor.length + others.length).toBe(venue.rooms.length);
  });
});

describe('roomAtPosition with overlapping outlines', () => {
  it('prefers the smallest room that holds the point (a cabinet drawn inside a hall)', () => {
    const venue = demoMuseum();
    const nested: Venue = {
      ...venue,
      rooms: [...venue.rooms, { id: 'r-vitrine', floor: 'eg', name: { de: 'Vitrine' }, kind: 'other', outline: [[2, 2], [4, 2], [4, 4], [2, 4]] }],
    };
    expect(roomAtPosition(nested, [3, 1, 3])?.id).toBe('r-vitrine');
    expect(roomAtPosition(nested, [8, 1, 8])?.id).toBe('r-foyer');
  });
});
