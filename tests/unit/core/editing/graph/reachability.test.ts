import { describe, expect, it } from 'vitest';
import type { NavEdge, RoomKind, Venue } from '../../../../../src/core/venue/schema.ts';
import { unreachableRooms, unreachableRoomsStepFree, startRooms } from '../../../../../src/core/editing/graph/index.ts';
import { roomOverheadPose } from '../../../../../src/core/editing/graph/room-overhead.ts';

/**
 * Reachability on hand-made graphs: a row of four rooms on the ground floor
 * (a | b | c | d, each 4 m square) and one room upstairs, one node per room,
 * joined by the edges each test gives.
 *
 *   eg:  [ a ][ b ][ c ][ d ]      og:  [ up ] (above a)
 */
function row(edges: NavEdge[], kinds: Partial<Record<string, RoomKind>> = { a: 'entrance' }, withNodes = ['a', 'b', 'c', 'd', 'up']): Venue {
  const room = (id: string, floor: string, x: number) => ({
    id: `r-${id}`, floor, name: { en: id }, kind: kinds[id] ?? 'gallery',
    outline: [[x, 0], [x + 4, 0], [x + 4, 4], [x, 4]] as [number, number][],
  });
  const rooms = [room('a', 'eg', 0), room('b', 'eg', 4), room('c', 'eg', 8), room('d', 'eg', 12), room('up', 'og', 0)];
  return {
    asset: { type: 'museum-venue', version: 1 },
    id: 'row',
    title: { en: 'Row' },
    defaultLanguage: 'en',
    languages: ['en'],
    floors: [{ id: 'eg', name: { en: 'Ground' }, elevation: 0, height: 4 }, { id: 'og', name: { en: 'Upper' }, elevation: 4, height: 4 }],
    rooms,
    navGraph: {
      nodes: rooms.filter((r) => withNodes.includes(r.id.slice(2))).map((r) => ({
        id: `n-${r.id.slice(2)}`, floor: r.floor, position: [r.outline[0]![0] + 2, r.floor === 'og' ? 4 : 0, 2] as [number, number, number],
      })),
      edges,
    },
  };
}

const walk = (from: string, to: string, extra: Partial<NavEdge> = {}): NavEdge => ({ from: `n-${from}`, to: `n-${to}`, kind: 'walk', ...extra });

describe('rooms visitors cannot reach', () => {
  it('follows edges both ways from the entrance', () => {
    expect(unreachableRooms(row([walk('b', 'a'), walk('b', 'c')]))).toEqual(['r-d', 'r-up']);
  });

  it('honours one-way edges', () => {
    expect(unreachableRooms(row([walk('a', 'b'), walk('c', 'b', { oneWay: true }), walk('d', 'c')]))).toEqual(['r-c', 'r-d', 'r-up']);
    expect(unreachableRooms(row([walk('a', 'b'), walk('b', 'c', { oneWay: true }), walk('d', 'c')]))).toEqual(['r-up']);
  });

  it('counts a room without any path point as unreachable', () => {
    const venue = row([walk('a', 'b'), walk('b', 'c')], { a: 'entrance' }, ['a', 'b', 'c']);
    expect(unreachableRooms(venue)).toEqual(['r-d', 'r-up']);
  });

  it('starts from the first room when there is no entrance', () => {
    const venue = row([walk('c', 'd')], {});
    expect(startRooms(venue)).toEqual(['r-a']);
    expect(unreachableRooms(venue)).toEqual(['r-b', 'r-c', 'r-d', 'r-up']);
  });

  it('starts from every entrance', () => {
    expect(unreachableRooms(row([walk('c', 'd')], { a: 'entrance', d: 'entrance' }))).toEqual(['r-b', 'r-up']);
  });

  it('takes stairs and escalators as not step-free unless marked, everything else as step-free unless marked', () => {
    const stairs = row([walk('a', 'b'), { from: 'n-a', to: 'n-up', kind: 'stairs' }, walk('b', 'c', { kind: 'escalator' }), walk('c', 'd', { kind: 'ramp' })]);
    expect(unreachableRooms(stairs)).toEqual([]);
    expect(unreachableRoomsStepFree(stairs)).toEqual(['r-c', 'r-d', 'r-up']);
    const marked = row([walk('a', 'b', { accessible: false }), { from: 'n-a', to: 'n-up', kind: 'stairs', accessible: true }]);
    expect(unreachableRoomsStepFree(marked)).toEqual(['r-b', 'r-c', 'r-d']);
    const lift = row([{ from: 'n-a', to: 'n-up', kind: 'elevator', length: 14 }]);
    expect(unreachableRoomsStepFree(lift)).toEqual(['r-b', 'r-c', 'r-d']);
  });
});

describe('the camera pose over a room', () => {
  it('looks down at the middle of the room from about 12 m, on its floor', () => {
    const pose = roomOverheadPose(row([]), 'r-up')!;
    expect(pose.target).toEqual([2, 4, 2]);
    expect(pose.position[1]).toBe(16);
    expect(Math.hypot(pose.position[0] - 2, pose.position[2] - 2)).toBeLessThan(5);
    expect(roomOverheadPose(row([]), 'r-missing')).toBeNull();
  });
});
