import type { NavEdge, NavNode, Room, Venue } from '../../venue/schema.ts';
import type { PlanPoint, PlanPolygon } from '../../geometry/types.ts';
import { findPolygonDefect } from '../../geometry/polygon.ts';
import { pickText } from '../../i18n/localize.ts';
import { roomSpace, type RoomSpace } from './room-space.ts';
import { placeDoors, MIN_SHARED_WALL_M } from './doors.ts';
import { buildRoomGraph } from './room-graph.ts';
import { floorLinks } from './floor-links.ts';
import { NavGraphBuilder, roomLabel, shortRoomId } from './graph-builder.ts';

/**
 * A first walking graph from the floor plan, for a venue that has none (or to
 * start over): a door wherever two rooms share a wall, paths from each door to
 * the middle of its room, and stairs and lifts between floors. It is a draft for
 * the curator to correct, so the notes say in plain words what was guessed and
 * what could not be connected.
 */

export interface GeneratedNavGraph {
  navGraph: { nodes: NavNode[]; edges: NavEdge[] };
  /** What the curator should know: guessed doors, rooms left without a way in, floors not joined. */
  notes: string[];
}

/** Generates a walking graph for `venue` from its rooms, obstacles and floors (its current graph is ignored). */
export function generateNavGraph(venue: Venue): GeneratedNavGraph {
  const builder = new NavGraphBuilder(venue);
  const named = new Map<string, string>();
  const doorless: Room[] = [];
  let doorCount = 0;

  for (const floor of venue.floors) {
    const rooms = venue.rooms.filter((r) => r.floor === floor.id);
    const obstacles: PlanPolygon[] = (venue.obstacles ?? []).filter((o) => o.floor === floor.id && findPolygonDefect(o.outline) === null).map((o) => o.outline);
    const spaces: RoomSpace[] = [];
    for (const room of rooms) {
      if (findPolygonDefect(room.outline) === null) spaces.push(roomSpace(room, obstacles));
      else builder.note(`${roomLabel(venue, room)} has a broken outline, so it got no path points: fix its outline first.`);
    }

    const { doors, blocked } = placeDoors(spaces);
    const anchors = new Map<string, { id: string; point: PlanPoint }[]>();
    const anchor = (room: Room, id: string, point: PlanPoint) => anchors.set(room.id, [...(anchors.get(room.id) ?? []), { id, point }]);
    for (const door of doors) {
      const a = shortRoomId(door.a.id);
      const b = shortRoomId(door.b.id);
      const inA = builder.addNode(`n-door-${a}-${b}`, floor.id, door.inA, door.a.id);
      const inB = builder.addNode(`n-door-${b}-${a}`, floor.id, door.inB, door.b.id);
      builder.addEdge(inA, inB, 'door');
      anchor(door.a, inA, door.inA);
      anchor(door.b, inB, door.inB);
    }
    doorCount += doors.length;
    for (const [a, b] of blocked) {
      builder.note(`${roomLabel(venue, a)} and ${roomLabel(venue, b)} share a wall, but display cases or other obstacles leave no room for a door in it.`);
    }

    for (const space of spaces) {
      named.set(space.room.id, buildRoomGraph(venue, space, anchors.get(space.room.id) ?? [], builder));
      if (!anchors.has(space.room.id)) doorless.push(space.room);
    }
  }

  const { links, unlinked } = floorLinks(venue);
  const linkedFloors = new Set<string>();
  for (const link of links) {
    const from = named.get(link.lower.id);
    const to = named.get(link.upper.id);
    if (from === undefined || to === undefined) continue;
    builder.addEdge(from, to, link.kind, { accessible: link.accessible, length: link.length });
    linkedFloors.add(link.lower.floor).add(link.upper.floor);
  }

  if (doorCount > 0) {
    builder.notes.unshift(`Guessed ${doorCount} door${doorCount === 1 ? '' : 's'} wherever two rooms share at least ${MIN_SHARED_WALL_M} m of wall: disconnect the ones that are solid walls.`);
  }
  for (const room of doorless) {
    builder.note(`${roomLabel(venue, room)} shares no wall of at least ${MIN_SHARED_WALL_M} m with another room on its floor, so it has no door: visitors cannot reach it until you connect it.`);
  }
  if (venue.floors.length > 1) {
    for (const room of unlinked) {
      builder.note(`${room.kind === 'stairs' ? 'The stairs' : 'The lift'} ${roomLabel(venue, room)} has no ${room.kind === 'stairs' ? 'stairs' : 'lift'} room drawn in the same place on another floor, so it connects no floors.`);
    }
    for (const floor of venue.floors) {
      if (linkedFloors.has(floor.id) || !venue.rooms.some((r) => r.floor === floor.id)) continue;
      const name = pickText(floor.name, 'en', venue.defaultLanguage).text || floor.id;
      builder.note(`The floor "${name}" is not connected to any other floor: draw stairs or lift rooms in the same place on both floors, or connect them by hand.`);
    }
  }
  return { navGraph: { nodes: builder.nodes, edges: builder.edges }, notes: builder.notes };
}
