import { describe, expect, it } from 'vitest';
import { placeOf, roomAt } from '../../../../src/core/venue/index.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** Which floor and room a clicked point of the building belongs to. */
describe('placeOf', () => {
  const venue = demoMuseum();
  it('puts every demo exhibit in its own room, though paintings hang on the walls', () => {
    for (const h of venue.hotspots!) expect(placeOf(venue, h.position).room?.id, h.id).toBe(h.room);
  });

  it('finds no room far outside the building, and the upper floor by height', () => {
    expect(placeOf(venue, [-500, 0.5, -500]).room).toBeNull();
    const upper = [...venue.floors].sort((a, b) => b.elevation - a.elevation)[0]!;
    expect(placeOf(venue, [0, upper.elevation + 1, 0]).floor).toBe(upper.id);
  });

  it('roomAt needs the point inside the outline', () => {
    const room = venue.rooms[0]!;
    const [x, z] = room.outline[0]!;
    const inside = room.outline.reduce<[number, number]>((acc, p) => [acc[0] + p[0] / room.outline.length, acc[1] + p[1] / room.outline.length], [0, 0]);
    expect(roomAt(venue, room.floor, inside)?.id).toBe(room.id);
    expect(roomAt(venue, room.floor, [x - 100, z - 100])).toBeNull();
  });
});
