import type { Venue } from '../../venue/schema.ts';
import { ARC_ACCESSIBLE, ARC_AGAINST_ONE_WAY, routingGraphOf } from '../../routing/graph.ts';

/**
 * Which rooms a visitor cannot get to on the walking graph, for the editor's
 * "Rooms visitors cannot reach" list. Walking starts in the entrance rooms (kind
 * 'entrance'; the first room when there is none) and follows edges both ways,
 * except against a one-way edge. A node belongs to its `room`, else to the room
 * whose outline contains it, as for routing; a room without any node cannot be
 * reached.
 */

/** Room ids that cannot be reached from the entrance, in the venue's order. */
export function unreachableRooms(venue: Venue): string[] {
  return unreached(venue, false);
}

/**
 * Room ids that cannot be reached from the entrance without steps: only
 * accessible edges count (stairs and escalators are not, unless marked so).
 */
export function unreachableRoomsStepFree(venue: Venue): string[] {
  return unreached(venue, true);
}

/** The rooms where a visit starts: the entrance rooms, else the first room. */
export function startRooms(venue: Venue): string[] {
  const entrances = venue.rooms.filter((r) => r.kind === 'entrance').map((r) => r.id);
  if (entrances.length > 0) return entrances;
  return venue.rooms.length > 0 ? [venue.rooms[0]!.id] : [];
}

function unreached(venue: Venue, stepFree: boolean): string[] {
  const graph = routingGraphOf(venue);
  const starts = new Set(startRooms(venue));
  const seen = new Uint8Array(graph.nodeCount);
  const queue: number[] = [];
  for (let i = 0; i < graph.nodeCount; i++) {
    const room = graph.roomOf[i];
    if (room !== null && room !== undefined && starts.has(room)) {
      seen[i] = 1;
      queue.push(i);
    }
  }
  const reached = new Set<string>();
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    const room = graph.roomOf[u];
    if (room) reached.add(room);
    for (let k = graph.firstArc[u]!; k < graph.firstArc[u + 1]!; k++) {
      const flags = graph.arcFlags[k]!;
      if (flags & ARC_AGAINST_ONE_WAY) continue;
      if (stepFree && !(flags & ARC_ACCESSIBLE)) continue;
      const v = graph.arcTarget[k]!;
      if (!seen[v]) {
        seen[v] = 1;
        queue.push(v);
      }
    }
  }
  return venue.rooms.filter((r) => !reached.has(r.id)).map((r) => r.id);
}
