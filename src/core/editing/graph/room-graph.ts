import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { OBSTACLE_CLEARANCE_M, type RoomSpace } from './room-space.ts';
import { roomHubs } from './room-hubs.ts';
import { findWalk } from './walk-search.ts';
import { roomLabel, shortRoomId, type NavGraphBuilder } from './graph-builder.ts';

/**
 * The walking graph inside one room: its main points, joined to each other and
 * to the room's door points by 'walk' edges that stay inside the room and keep
 * clear of display cases. Where a straight edge would leave the room or cross a
 * case, the way goes round through extra corner points.
 */

/** Obstacle clearances tried in turn: comfortable, then just not touching, then (last resort) ignoring cases. */
const CLEARANCES: readonly (number | null)[] = [OBSTACLE_CLEARANCE_M, 0.02, null];

interface Placed { id: string; point: PlanPoint }

/**
 * Adds the room's main points to `builder`, joins them and the given door points
 * (already added, standing in this room) into one connected piece, and returns the
 * room's named point (`n-<room>`), which stairs and lifts attach to.
 */
export function buildRoomGraph(venue: Venue, space: RoomSpace, anchors: readonly Placed[], builder: NavGraphBuilder): string {
  const { room } = space;
  const base = `n-${shortRoomId(room.id)}`;
  const hubs = roomHubs(space);
  // The named point first, so it gets the plain id.
  const order = [hubs.primary, ...hubs.points.map((_, i) => i).filter((i) => i !== hubs.primary)];
  const ids: string[] = [];
  for (const i of order) ids[i] = builder.addNode(base, room.floor, hubs.points[i]!, room.id);
  const primary: Placed = { id: ids[hubs.primary]!, point: hubs.points[hubs.primary]! };

  // Points joined to the named point so far: what later points and doors may attach to.
  const connected: Placed[] = [primary];
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };

  for (const [a, b] of hubs.links) {
    if (space.canWalk(hubs.points[a]!, hubs.points[b]!)) {
      builder.addEdge(ids[a]!, ids[b]!, 'walk');
      parent.set(find(ids[a]!), find(ids[b]!));
    }
  }
  const others = order.slice(1).map((i) => ({ id: ids[i]!, point: hubs.points[i]! }));
  for (const hub of others) if (find(hub.id) === find(primary.id)) connected.push(hub);
  let crossedCase = false;

  /**
   * Joins `from` to the nearest connected point, round corners and cases when
   * needed; false when there is no way. Doors attach to the room's own points,
   * not to each other, so `from` becomes a target for later joins only when it
   * is a main point (`isHub`).
   */
  const join = (from: Placed, isHub: boolean): boolean => {
    for (const clearance of CLEARANCES) {
      const walk = findWalk(space, from.point, connected.map((c) => c.point), clearance);
      if (!walk) continue;
      if (clearance === null) crossedCase = true;
      let previous = from.id;
      for (const p of walk.waypoints) {
        const id = builder.addNode(base, room.floor, p, room.id);
        builder.addEdge(previous, id, 'walk');
        connected.push({ id, point: p });
        previous = id;
      }
      builder.addEdge(previous, connected[walk.target]!.id, 'walk');
      if (isHub) connected.push(from);
      return true;
    }
    return false;
  };

  // Main points cut off from the named one (a case between them): join each cut-off piece once.
  for (const hub of others) {
    const piece = find(hub.id);
    if (piece === find(primary.id) || !join(hub, true)) continue;
    parent.set(piece, find(primary.id));
    for (const other of others) if (other !== hub && find(other.id) === find(primary.id) && !connected.includes(other)) connected.push(other);
  }
  const stranded = anchors.filter((anchor) => !join(anchor, false));
  if (stranded.length > 0) {
    builder.note(`In ${roomLabel(venue, room)} no way was found from ${stranded.length === 1 ? 'one door' : `${stranded.length} doors`} to the middle of the room: connect ${stranded.length === 1 ? 'it' : 'them'} by hand.`);
  }
  if (crossedCase) {
    builder.note(`In ${roomLabel(venue, room)} a path crosses a display case or other obstacle, because no way round it was found: check it in the 3D view.`);
  }
  return primary.id;
}
