import type { NavNode, Venue } from '../../../core/venue/schema.ts';
import type { PlanPoint } from '../../../core/geometry/types.ts';
import { roomAt } from '../../../core/venue/place.ts';
import { floorAtHeight } from '../../../core/camera/framing.ts';
import type { SurfaceHit } from '../../../state/scene-interaction.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { accessibleField, FLOOR_CHANGING_KINDS } from './graph-style.ts';

/**
 * Drawing the walking graph with clicks: with the "Add path point" tool, each
 * click on a floor adds a point there and joins it to the point selected before
 * (with the connection kind chosen in the panel), then selects the new point, so
 * a path is drawn click by click. Clicking an existing point joins it the same
 * way instead of adding one.
 */

/** A surface at most this steep (normal's up component) is a floor one can stand on. */
const FLOOR_NORMAL_MIN_Y = 0.7;

/** The node selected in the editor, if any. */
function selectedNode(store: EditorStore): NavNode | undefined {
  const { selection, venue } = store.getState();
  return selection?.kind === 'node' ? venue.navGraph?.nodes.find((n) => n.id === selection.id) : undefined;
}

/** True when the current connection kind may join `a` and `b` (same floor, or a kind that changes floors). */
function mayJoin(store: EditorStore, a: NavNode, b: NavNode): boolean {
  return a.floor === b.floor || FLOOR_CHANGING_KINDS.includes(store.getState().edgeKind);
}

function joined(venue: Venue, a: string, b: string): boolean {
  return (venue.navGraph?.edges ?? []).some((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
}

/** Joins `from` to `to` with the connection kind and step-free choice of the panel. */
function connect(store: EditorStore, from: string, to: string): void {
  const { edgeKind, edgeAccessible, apply } = store.getState();
  apply({ type: 'connectNavNodes', from, to, kind: edgeKind, ...accessibleField(edgeKind, edgeAccessible) });
}

/**
 * Adds a path point where the curator clicked the building (the shell calls this
 * while the tool is 'add-node'). Only floor-like surfaces take a point; a click
 * on a wall returns false so the camera can use it. The point goes on the floor
 * at that height, in the room that contains it (if any), and is joined to the
 * point selected before when that is on the same floor (or the connection kind
 * is stairs, a lift or an escalator). The new point is selected. Returns true
 * when the click was used (also when the edit was refused: the store then shows why).
 */
export function addNodeAt(store: EditorStore, hit: SurfaceHit): boolean {
  if (hit.normal !== null && !(hit.normal[1] > FLOOR_NORMAL_MIN_Y)) return false;
  const { venue, apply, select } = store.getState();
  const floorId = floorAtHeight(venue, hit.point[1]);
  const floor = venue.floors.find((f) => f.id === floorId)!;
  const spot: PlanPoint = [hit.point[0], hit.point[2]];
  const room = roomAt(venue, floorId, spot);
  const previous = selectedNode(store);

  const outcome = apply({ type: 'addNavNode', floor: floorId, position: [spot[0], floor.elevation, spot[1]], ...(room ? { room: room.id } : {}) });
  if (!outcome.ok || outcome.createdId === undefined) return true;
  const id = outcome.createdId;
  const added = store.getState().venue.navGraph?.nodes.find((n) => n.id === id);
  if (previous && added && mayJoin(store, previous, added)) connect(store, previous.id, id);
  select({ kind: 'node', id });
  return true;
}

/**
 * A click on an existing path point with the "Add path point" tool: joins it to
 * the selected point (unless they are joined already, or on different floors
 * with a kind that stays on one floor) and selects it, so drawing continues from
 * there. Returns true when a connection was made.
 */
export function continuePathTo(store: EditorStore, nodeId: string): boolean {
  const { venue, select } = store.getState();
  const previous = selectedNode(store);
  const target = venue.navGraph?.nodes.find((n) => n.id === nodeId);
  let made = false;
  if (previous && target && previous.id !== target.id && !joined(venue, previous.id, target.id) && mayJoin(store, previous, target)) {
    connect(store, previous.id, target.id);
    made = joined(store.getState().venue, previous.id, target.id);
  }
  if (target) select({ kind: 'node', id: target.id });
  return made;
}
