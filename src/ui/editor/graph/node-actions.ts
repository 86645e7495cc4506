import type { EdgeKind, NavEdge, NavNode, Venue } from '../../../core/venue/schema.ts';
import { containsPoint } from '../../../core/geometry/polygon.ts';
import { pickText } from '../../../core/i18n/localize.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { FLOOR_CHANGING_KINDS } from './graph-style.ts';

/**
 * What the panel needs to know and do about one path point: its connections,
 * the points it could be connected to, and changing the room it belongs to.
 */

/** How far (metres, in plan) a point on the same floor may be to be offered under "Connect to…". */
export const NEARBY_M = 15;

/** A connection of a point: the edge, and the point at its other end. */
export interface Connection {
  edge: NavEdge;
  other: NavNode;
}

/** The connections of `nodeId`, in the order of the graph. */
export function connectionsOf(venue: Venue, nodeId: string): Connection[] {
  const nodes = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const out: Connection[] = [];
  for (const edge of venue.navGraph?.edges ?? []) {
    const otherId = edge.from === nodeId ? edge.to : edge.to === nodeId ? edge.from : null;
    const other = otherId === null ? undefined : nodes.get(otherId);
    if (other) out.push({ edge, other });
  }
  return out;
}

/** A candidate under "Connect to…", with its plan distance (null on another floor). */
export interface NearbyNode {
  node: NavNode;
  distance: number | null;
}

/**
 * Points `node` could be connected to with `kind`: those on its floor within
 * {@link NEARBY_M}, nearest first, and for kinds that change floors also every
 * point on other floors (nearest in plan first). Points already connected are left out.
 */
export function nearbyNodes(venue: Venue, node: NavNode, kind: EdgeKind): NearbyNode[] {
  const connected = new Set(connectionsOf(venue, node.id).map((c) => c.other.id));
  const anyFloor = FLOOR_CHANGING_KINDS.includes(kind);
  const planDistance = (n: NavNode) => Math.hypot(n.position[0] - node.position[0], n.position[2] - node.position[2]);
  const out: NearbyNode[] = [];
  for (const n of venue.navGraph?.nodes ?? []) {
    if (n.id === node.id || connected.has(n.id)) continue;
    const d = planDistance(n);
    if (n.floor === node.floor && d <= NEARBY_M) out.push({ node: n, distance: d });
    else if (anyFloor && n.floor !== node.floor) out.push({ node: n, distance: null });
  }
  return out.sort((a, b) => (a.distance ?? planDistance(a.node) + 1e6) - (b.distance ?? planDistance(b.node) + 1e6));
}

/** A room's name in the editor (English if the venue has it), or its id. */
export function roomName(venue: Venue, roomId: string | undefined): string | null {
  if (roomId === undefined) return null;
  const room = venue.rooms.find((r) => r.id === roomId);
  if (!room) return roomId;
  return pickText(room.name, 'en', venue.defaultLanguage).text || room.id;
}

/** A floor's name in the editor, or its id. */
export function floorName(venue: Venue, floorId: string): string {
  const floor = venue.floors.find((f) => f.id === floorId);
  return floor ? pickText(floor.name, 'en', venue.defaultLanguage).text || floor.id : floorId;
}

/** A short description of a point for lists: its room (or "no room") and its id. */
export function nodeLabel(venue: Venue, node: NavNode): string {
  return `${roomName(venue, node.room) ?? 'no room'} · ${node.id}`;
}

/** True when the point stands in the room it says it belongs to (or belongs to none). */
export function standsInItsRoom(venue: Venue, node: NavNode): boolean {
  if (node.room === undefined) return true;
  const room = venue.rooms.find((r) => r.id === node.room);
  return !room || containsPoint(room.outline, [node.position[0], node.position[2]]);
}

/**
 * Sets (or with null, removes) the room a point belongs to. The edit commands
 * have no room change for nodes, so this replaces the document with the one
 * changed node: one undo step, like any other edit. Only rooms on the point's
 * floor are accepted, so the document stays valid.
 */
export function setNodeRoom(store: EditorStore, nodeId: string, roomId: string | null): boolean {
  const { venue, apply, notify } = store.getState();
  const graph = venue.navGraph;
  const node = graph?.nodes.find((n) => n.id === nodeId);
  if (!graph || !node) return false;
  if ((node.room ?? null) === roomId) return true;
  if (roomId !== null && !venue.rooms.some((r) => r.id === roomId && r.floor === node.floor)) {
    notify('error', `Not changed: there is no room "${roomId}" on this point's floor.`);
    return false;
  }
  return apply({ type: 'setNavNodeRoom', id: nodeId, room: roomId }).ok;
}
