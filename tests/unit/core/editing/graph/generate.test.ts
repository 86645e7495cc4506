import { describe, expect, it } from 'vitest';
import type { NavNode, Venue } from '../../../../../src/core/venue/schema.ts';
import { validateVenue } from '../../../../../src/core/venue/index.ts';
import { segmentInsidePolygon, segmentToPolygonDistance } from '../../../../../src/core/geometry/segment.ts';
import { walkableArea } from '../../../../../src/core/geometry/walkable.ts';
import { generateNavGraph, unreachableRooms, unreachableRoomsStepFree } from '../../../../../src/core/editing/graph/index.ts';
import { planVenue } from './plan-fixture.ts';

/**
 * The walking graph generated from rooms and their shared walls, on small plans
 * drawn in ASCII (see plan-fixture.ts): doors where rooms meet, paths that stay
 * inside their room and round display cases, and the notes for what is missing.
 */

/** The venue with its generated graph, checked against the validator. */
function withGenerated(venue: Venue): { venue: Venue; notes: string[] } {
  const { navGraph, notes } = generateNavGraph(venue);
  const next = { ...venue, navGraph };
  const errors = validateVenue(next).problems.filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
  return { venue: next, notes };
}

const nodeById = (venue: Venue) => new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
const plan = (n: NavNode) => [n.position[0], n.position[2]] as const;

/** Every edge between two points of the same room, with that room. */
function sameRoomEdges(venue: Venue) {
  const nodes = nodeById(venue);
  return (venue.navGraph?.edges ?? [])
    .map((e) => ({ edge: e, a: nodes.get(e.from)!, b: nodes.get(e.to)! }))
    .filter(({ a, b }) => a.room !== undefined && a.room === b.room)
    .map(({ edge, a, b }) => ({ edge, a, b, room: venue.rooms.find((r) => r.id === a.room)! }));
}

describe('doors from shared walls', () => {
  const venue = planVenue({
    floors: [{ id: 'eg', elevation: 0, plan: [
      'AAAABBBB..CC',
      'AAAABBBB..CC',
      'AAAABBBB....',
    ] }],
    names: { A: 'hall', B: 'gallery', C: 'island' },
    kinds: { A: 'entrance' },
  });
  const { venue: generated, notes } = withGenerated(venue);
  const nodes = nodeById(generated);

  it('puts one path point in each room, named after the room', () => {
    expect(nodes.get('n-hall')).toMatchObject({ floor: 'eg', room: 'r-hall' });
    expect(nodes.get('n-gallery')).toMatchObject({ floor: 'eg', room: 'r-gallery' });
    expect(nodes.get('n-island')).toMatchObject({ floor: 'eg', room: 'r-island' });
  });

  it('places a door in the middle of the shared wall, half a metre either side, joined by a door edge', () => {
    expect(nodes.get('n-door-hall-gallery')?.position).toEqual([3.5, 0, 1.5]);
    expect(nodes.get('n-door-gallery-hall')?.position).toEqual([4.5, 0, 1.5]);
    expect(generated.navGraph!.edges).toContainEqual({ from: 'n-door-hall-gallery', to: 'n-door-gallery-hall', kind: 'door' });
    expect(generated.navGraph!.edges).toContainEqual({ from: 'n-door-hall-gallery', to: 'n-hall', kind: 'walk' });
    expect(generated.navGraph!.edges).toContainEqual({ from: 'n-door-gallery-hall', to: 'n-gallery', kind: 'walk' });
  });

  it('gives every node a unique id', () => {
    const ids = generated.navGraph!.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports the room that shares no wall as unreachable, and says so in the notes', () => {
    expect(unreachableRooms(generated)).toEqual(['r-island']);
    expect(notes.join('\n')).toMatch(/"island" \(r-island\) shares no wall of at least 0\.8 m/);
    expect(notes[0]).toMatch(/^Guessed 1 door /);
  });

  it('lets the walk view pass through the generated door, and only there', () => {
    const area = walkableArea(generated, 'eg');
    expect(area.reach([2, 1.5], [6, 1.5])).toEqual([6, 1.5]);
    expect(area.reach([2, 2.6], [6, 2.6])[0]).toBeLessThan(4);
  });

  it('is deterministic', () => {
    expect(generateNavGraph(venue)).toEqual(generateNavGraph(venue));
  });
});

describe('walls too short for a door', () => {
  it('makes no door where rooms share less than 0.8 m of wall', () => {
    const venue = planVenue({
      cell: 0.5,
      floors: [{ id: 'eg', elevation: 0, plan: [
        'AAAA....',
        'AAAA....',
        '...BBBB.',
        '...BBBB.',
      ] }],
      kinds: { A: 'entrance' },
    });
    const { venue: generated } = withGenerated(venue);
    expect(generated.navGraph!.edges.filter((e) => e.kind === 'door')).toEqual([]);
    expect(unreachableRooms(generated)).toEqual(['r-b']);
  });
});

describe('paths inside rooms', () => {
  it('goes round a display case instead of through it', () => {
    const venue = planVenue({
      floors: [{ id: 'eg', elevation: 0, plan: [
        '...CC.....',
        '...CC.....',
        'AAAAAAAAAA',
        'AAAAAAAAAA',
        'AAAAAAAAAA',
        'A########A',
        'AAAAAAAAAA',
        'AAAAAAAAAA',
        'AAAAAAAAAA',
        '....BB....',
        '....BB....',
      ] }],
      kinds: { C: 'entrance' },
    });
    const { venue: generated, notes } = withGenerated(venue);
    const obstacle = venue.obstacles![0]!.outline;
    const inA = sameRoomEdges(generated).filter((e) => e.room.id === 'r-a');
    expect(inA.length).toBeGreaterThan(2);
    for (const { a, b } of inA) {
      expect(segmentInsidePolygon(plan(a), plan(b), venue.rooms.find((r) => r.id === 'r-a')!.outline)).toBe(true);
      expect(segmentToPolygonDistance(plan(a), plan(b), obstacle)).toBeGreaterThan(0.2);
    }
    expect(unreachableRooms(generated)).toEqual([]);
    expect(notes.join('\n')).not.toMatch(/crosses a display case/);
  });

  it('adds a corner point where a straight edge would leave an L-shaped room', () => {
    const base = planVenue({ floors: [{ id: 'eg', elevation: 0, plan: ['E'] }], kinds: { E: 'entrance' } });
    const venue: Venue = {
      ...base,
      rooms: [
        { id: 'r-ell', floor: 'eg', name: { en: 'Ell' }, kind: 'entrance', outline: [[0, 0], [16, 0], [16, 2], [6, 2], [6, 12], [0, 12]] },
        { id: 'r-east', floor: 'eg', name: { en: 'East' }, kind: 'gallery', outline: [[16, 0], [20, 0], [20, 2], [16, 2]] },
      ],
    };
    const { venue: generated } = withGenerated(venue);
    const ell = venue.rooms[0]!;
    const inEll = sameRoomEdges(generated).filter((e) => e.room.id === 'r-ell');
    for (const { a, b } of inEll) expect(segmentInsidePolygon(plan(a), plan(b), ell.outline)).toBe(true);
    // The pole of the wide arm cannot see the door at the end of the narrow one: a corner point is needed.
    expect(generated.navGraph!.nodes.filter((n) => n.room === 'r-ell').length).toBeGreaterThanOrEqual(3);
    expect(unreachableRooms(generated)).toEqual([]);
  });

  it('strings several points along a corridor, so neighbouring doors are not joined through its far middle', () => {
    const venue = planVenue({
      floors: [{ id: 'eg', elevation: 0, plan: [
        'PPPP..........QQQQ',
        'PPPP..........QQQQ',
        'CCCCCCCCCCCCCCCCCC',
        'CCCCCCCCCCCCCCCCCC',
        'CCCCCCCCCCCCCCCCCC',
      ] }],
      cell: 2,
      kinds: { C: 'corridor', P: 'entrance' },
    });
    const { venue: generated } = withGenerated(venue);
    const own = generated.navGraph!.nodes.filter((n) => n.room === 'r-c' && !n.id.startsWith('n-door-'));
    expect(own.length).toBeGreaterThanOrEqual(5);
    // The door to P (west end) hangs on a point near the west end, not on the one in the middle.
    const nodes = nodeById(generated);
    const door = generated.navGraph!.edges.find((e) => e.from === 'n-door-c-p' || e.to === 'n-door-c-p')!;
    const other = nodes.get(door.from === 'n-door-c-p' ? door.to : door.from)!;
    expect(other.position[0]).toBeLessThan(12);
    expect(unreachableRooms(generated)).toEqual([]);
  });
});

describe('floors joined by stairs and lifts', () => {
  const floors = (withLift: boolean) => [
    { id: 'eg', elevation: 0, plan: withLift ? ['EEEEGGGGSS', 'EEEEGGGGLL'] : ['EEEEGGGGSS', 'EEEEGGGGSS'] },
    { id: 'og', elevation: 4, plan: withLift ? ['UUUUUUUUTT', 'UUUUUUUUMM'] : ['UUUUUUUUTT', 'UUUUUUUUTT'] },
  ];
  const names = { E: 'entrance', G: 'gallery', S: 'stairs-eg', L: 'lift-eg', U: 'upper', T: 'stairs-og', M: 'lift-og' };
  const kinds = { E: 'entrance', S: 'stairs', T: 'stairs', L: 'elevator', M: 'elevator' } as const;

  it('joins stairs rooms with a stairs edge (not step-free) and lift rooms with an elevator edge (step-free, time length)', () => {
    const { venue } = withGenerated(planVenue({ floors: floors(true), cell: 2, names, kinds }));
    const edges = venue.navGraph!.edges;
    expect(edges).toContainEqual({ from: 'n-stairs-eg', to: 'n-stairs-og', kind: 'stairs', accessible: false, length: 12 });
    expect(edges).toContainEqual({ from: 'n-lift-eg', to: 'n-lift-og', kind: 'elevator', accessible: true, length: 14 });
    expect(nodeById(venue).get('n-lift-og')?.position[1]).toBe(4);
    expect(unreachableRooms(venue)).toEqual([]);
    expect(unreachableRoomsStepFree(venue)).toEqual([]);
  });

  it('leaves the upper floor out of step-free reach when only stairs lead there', () => {
    const { venue, notes } = withGenerated(planVenue({ floors: floors(false), cell: 2, names, kinds }));
    expect(unreachableRooms(venue)).toEqual([]);
    expect(unreachableRoomsStepFree(venue)).toEqual(['r-upper', 'r-stairs-og']);
    expect(notes.join('\n')).not.toMatch(/not connected to any other floor/);
  });

  it('says when a floor is connected to no other', () => {
    const { notes } = withGenerated(planVenue({
      floors: [{ id: 'eg', elevation: 0, plan: ['EEGG'] }, { id: 'og', elevation: 4, plan: ['UUUU'] }],
      names: { E: 'entrance', G: 'gallery', U: 'upper' },
      kinds: { E: 'entrance' },
    }));
    expect(notes.join('\n')).toMatch(/The floor "Floor og" is not connected to any other floor/);
  });
});
