import { EDGE_KINDS, type NavEdge, type NavNode, type Venue } from '../venue/schema.ts';
import { LIMITS } from '../venue/limits.ts';
import type { AddNavNode, ApplyResult, ConnectNavNodes, DeleteNavNode, DisconnectNavNodes, MoveNavNode, SetNavNodeRoom } from './commands.ts';
import { copyPoint, idProblem, pointProblem } from './checks.ts';
import { newId } from './ids.ts';
import { changed, idsOf, indexOfId, refuse, removeAt, replaceAt } from './outcome.ts';

/** Walking-graph edits: nodes and the edges between them. */

type Graph = NonNullable<Venue['navGraph']>;
const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };
const unknownNode = (id: string) => refuse(`there is no walking-graph node "${id}"`);

/** True when `edge` joins `a` and `b`, in either direction. */
const joins = (edge: NavEdge, a: string, b: string) => (edge.from === a && edge.to === b) || (edge.from === b && edge.to === a);

export function addNavNode(venue: Venue, c: AddNavNode): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  if (graph.nodes.length >= LIMITS.navNodes) return refuse(`a venue holds at most ${LIMITS.navNodes} walking-graph nodes`);
  if (indexOfId(venue.floors, c.floor) < 0) return refuse(`there is no floor "${c.floor}"`);
  if (c.room !== undefined) {
    const room = venue.rooms.find((r) => r.id === c.room);
    if (room === undefined) return refuse(`there is no room "${c.room}"`);
    if (room.floor !== c.floor) return refuse(`room "${c.room}" is on floor "${room.floor}", not "${c.floor}"`);
  }
  const problem = pointProblem(c.position);
  if (problem) return refuse(problem);
  const taken = idsOf(graph.nodes);
  const id = c.id ?? newId('n', taken);
  const idError = idProblem(id, taken);
  if (idError) return refuse(idError);
  const node: NavNode = { id, floor: c.floor, position: copyPoint(c.position), ...(c.room !== undefined ? { room: c.room } : {}) };
  const after = { ...venue, navGraph: { ...graph, nodes: [...graph.nodes, node] } };
  return changed(venue, after, ['navGraph'], { ...c, id }, { createdId: id });
}

export function moveNavNode(venue: Venue, c: MoveNavNode): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  const index = indexOfId(graph.nodes, c.id);
  if (index < 0) return unknownNode(c.id);
  const problem = pointProblem(c.position);
  if (problem) return refuse(problem);
  const nodes = replaceAt(graph.nodes, index, { ...graph.nodes[index]!, position: copyPoint(c.position) });
  return changed(venue, { ...venue, navGraph: { ...graph, nodes } }, ['navGraph'], c);
}

export function setNavNodeRoom(venue: Venue, c: SetNavNodeRoom): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  const index = indexOfId(graph.nodes, c.id);
  if (index < 0) return unknownNode(c.id);
  const node = graph.nodes[index]!;
  if (c.room !== null && !venue.rooms.some((r) => r.id === c.room && r.floor === node.floor)) return refuse(`there is no room "${c.room}" on the point's floor "${node.floor}"`);
  const next: NavNode = { ...node };
  if (c.room === null) delete next.room;
  else next.room = c.room;
  return changed(venue, { ...venue, navGraph: { ...graph, nodes: replaceAt(graph.nodes, index, next) } }, ['navGraph'], c);
}

/** Deletes the node and every edge that touches it. */
export function deleteNavNode(venue: Venue, c: DeleteNavNode): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  const index = indexOfId(graph.nodes, c.id);
  if (index < 0) return unknownNode(c.id);
  const edges = graph.edges.filter((e) => e.from !== c.id && e.to !== c.id);
  const removed = graph.edges.length - edges.length;
  const after = { ...venue, navGraph: { nodes: removeAt(graph.nodes, index), edges: removed > 0 ? edges : graph.edges } };
  return changed(venue, after, ['navGraph'], c, { effects: removed > 0 ? [`removed ${removed} edge(s) of node "${c.id}"`] : [] });
}

/** Connects two nodes; an existing edge between them (either direction) is replaced, so there is never a duplicate. */
export function connectNavNodes(venue: Venue, c: ConnectNavNodes): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  if (indexOfId(graph.nodes, c.from) < 0) return unknownNode(c.from);
  if (indexOfId(graph.nodes, c.to) < 0) return unknownNode(c.to);
  if (c.from === c.to) return refuse('an edge must connect two different nodes');
  if (!EDGE_KINDS.includes(c.kind)) return refuse(`an edge kind is one of ${EDGE_KINDS.join(', ')}`);
  if ((c.accessible !== undefined && typeof c.accessible !== 'boolean') || (c.oneWay !== undefined && typeof c.oneWay !== 'boolean')) {
    return refuse('accessible and oneWay are true or false');
  }
  const edge: NavEdge = { from: c.from, to: c.to, kind: c.kind };
  if (c.accessible !== undefined) edge.accessible = c.accessible;
  if (c.oneWay !== undefined) edge.oneWay = c.oneWay;
  const existing = graph.edges.findIndex((e) => joins(e, c.from, c.to));
  if (existing < 0 && graph.edges.length >= LIMITS.navEdges) return refuse(`a venue holds at most ${LIMITS.navEdges} walking-graph edges`);
  // Keep the other duplicates out: replace the first joining edge and drop any others.
  const edges = existing < 0
    ? [...graph.edges, edge]
    : replaceAt(graph.edges, existing, edge).filter((e, i) => i === existing || !joins(e, c.from, c.to));
  return changed(venue, { ...venue, navGraph: { ...graph, edges } }, ['navGraph'], c);
}

export function disconnectNavNodes(venue: Venue, c: DisconnectNavNodes): ApplyResult {
  const graph = venue.navGraph ?? EMPTY_GRAPH;
  const edges = graph.edges.filter((e) => !joins(e, c.from, c.to));
  if (edges.length === graph.edges.length) return refuse(`nodes "${c.from}" and "${c.to}" are not connected`);
  return changed(venue, { ...venue, navGraph: { ...graph, edges } }, ['navGraph'], c);
}
