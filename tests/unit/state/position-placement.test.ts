import { describe, expect, it } from 'vitest';
import { containsPoint } from '../../../src/core/geometry/polygon.ts';
import { walkableAreaOf } from '../../../src/core/geometry/walkable.ts';
import { createPositionStore, fixIn, forgetOtherVenues } from '../../../src/state/position-store.ts';
import { fixAtHotspot, fixInRoom, placeAtHotspot, placeInRoom, QR_ACCURACY_M } from '../../../src/state/positioning/placement.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';

const demo = demoMuseum();
const room = (id: string) => demo.rooms.find((r) => r.id === id)!;

describe('a visitor without Bluetooth says where they are', () => {
  it('scanning the QR code at every exhibit puts them a step in front of it, in its room, within 2 m', () => {
    for (const hotspot of demo.hotspots ?? []) {
      const fix = fixAtHotspot(demo, hotspot.id, 42)!;
      const home = room(hotspot.room);
      expect(fix).toMatchObject({ t: 42, floor: home.floor, room: home.id, accuracy: QR_ACCURACY_M });
      expect(containsPoint(home.outline, fix.position)).toBe(true);
      expect(walkableAreaOf(demo, home.floor).canStand(fix.position)).toBe(true);
      // Close enough to read the label: within the promised accuracy of the exhibit.
      const d = Math.hypot(fix.position[0] - hotspot.position[0], fix.position[1] - hotspot.position[2]);
      expect(d).toBeLessThanOrEqual(QR_ACCURACY_M);
      // Every demo exhibit hangs on a wall facing open floor: the visitor stands a metre out, not in the wall.
      if (hotspot.normal) expect(d).toBeCloseTo(1, 6);
    }
  });

  it('picking a room puts the dot inside it with a circle that covers the whole room', () => {
    for (const r of demo.rooms) {
      const fix = fixInRoom(demo, r.id, 0)!;
      expect(fix).toMatchObject({ floor: r.floor, room: r.id });
      expect(containsPoint(r.outline, fix.position)).toBe(true);
      for (const corner of r.outline) {
        expect(Math.hypot(corner[0] - fix.position[0], corner[1] - fix.position[1])).toBeLessThanOrEqual(fix.accuracy + 1e-9);
      }
    }
  });

  it('unknown exhibits and rooms place nobody', () => {
    const store = createPositionStore();
    expect(fixAtHotspot(demo, 'h-nope', 0)).toBeNull();
    expect(fixInRoom(demo, 'r-nope', 0)).toBeNull();
    expect(placeAtHotspot(demo, 'h-nope', store)).toBe(false);
    expect(placeInRoom(demo, '__proto__', store)).toBe(false);
    expect(store.getState()).toMatchObject({ fix: null, placements: 0 });
  });

  it('a placement is stored with how it was made, and only for its venue', () => {
    const store = createPositionStore();
    expect(placeAtHotspot(demo, 'h-olive-orchard', store)).toBe(true);
    expect(store.getState()).toMatchObject({ venueId: demo.id, via: 'qr', placements: 1 });
    expect(fixIn(store.getState(), demo.id)?.room).toBe('r-gallery-2');
    expect(fixIn(store.getState(), 'another-museum')).toBeNull();

    expect(placeInRoom(demo, 'r-cafe', store)).toBe(true);
    expect(store.getState()).toMatchObject({ via: 'room', placements: 2 });

    // The same venue again keeps the position; another venue forgets it.
    forgetOtherVenues(demo.id, store);
    expect(store.getState().fix?.room).toBe('r-cafe');
    forgetOtherVenues('another-museum', store);
    expect(store.getState()).toMatchObject({ venueId: 'another-museum', fix: null, via: null, status: { state: 'idle' } });
  });
});
