import type { Venue } from '../schema.ts';
import { quote, type ProblemList } from '../problems.ts';

/**
 * Ids are unique within their list, and every id a venue refers to exists:
 * floors, rooms, hotspots, beacons and walking-graph nodes.
 */

type Keyed = { id: string };

/** Reports duplicate ids in `list` and returns the set of ids. */
function indexIds(list: readonly Keyed[] | undefined, listPath: string, problems: ProblemList): Set<string> {
  const seen = new Map<string, number>();
  (list ?? []).forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) problems.error(`${listPath}[${i}].id`, `duplicate id ${quote(item.id)} (first used by ${listPath}[${first}])`);
    else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

function checkRef(ids: Set<string>, value: string | undefined, path: string, what: string, problems: ProblemList): void {
  if (value !== undefined && !ids.has(value)) problems.error(path, `unknown ${what} ${quote(value)}`);
}

export function checkReferences(venue: Venue, problems: ProblemList): void {
  const floors = indexIds(venue.floors, 'floors', problems);
  const rooms = indexIds(venue.rooms, 'rooms', problems);
  indexIds(venue.obstacles, 'obstacles', problems);
  const hotspots = indexIds(venue.hotspots, 'hotspots', problems);
  const beacons = indexIds(venue.beacons, 'beacons', problems);
  const nodes = indexIds(venue.navGraph?.nodes, 'navGraph.nodes', problems);
  indexIds(venue.tours, 'tours', problems);

  venue.rooms.forEach((r, i) => checkRef(floors, r.floor, `rooms[${i}].floor`, 'floor', problems));
  venue.obstacles?.forEach((o, i) => checkRef(floors, o.floor, `obstacles[${i}].floor`, 'floor', problems));
  venue.beacons?.forEach((b, i) => checkRef(floors, b.floor, `beacons[${i}].floor`, 'floor', problems));
  venue.hotspots?.forEach((h, i) => {
    checkRef(rooms, h.room, `hotspots[${i}].room`, 'room', problems);
    checkRef(beacons, h.beacon, `hotspots[${i}].beacon`, 'beacon', problems);
  });

  const roomFloor = new Map(venue.rooms.map((r) => [r.id, r.floor]));
  venue.navGraph?.nodes.forEach((n, i) => {
    checkRef(floors, n.floor, `navGraph.nodes[${i}].floor`, 'floor', problems);
    checkRef(rooms, n.room, `navGraph.nodes[${i}].room`, 'room', problems);
    const floorOfRoom = n.room === undefined ? undefined : roomFloor.get(n.room);
    if (floorOfRoom !== undefined && floorOfRoom !== n.floor) {
      problems.error(`navGraph.nodes[${i}].floor`, `node is on floor ${quote(n.floor)} but its room ${quote(n.room)} is on floor ${quote(floorOfRoom)}`);
    }
  });
  venue.navGraph?.edges.forEach((e, i) => {
    checkRef(nodes, e.from, `navGraph.edges[${i}].from`, 'node', problems);
    checkRef(nodes, e.to, `navGraph.edges[${i}].to`, 'node', problems);
    if (e.from === e.to) problems.error(`navGraph.edges[${i}]`, `edge connects node ${quote(e.from)} to itself`);
  });
  venue.tours?.forEach((t, ti) =>
    t.stops.forEach((s, si) => checkRef(hotspots, s.hotspot, `tours[${ti}].stops[${si}].hotspot`, 'hotspot', problems)),
  );
}
