import { BufferGeometry, Color, Float32BufferAttribute, ShapeUtils, Vector2 } from 'three';
import type { NavNode, Venue } from '../../../core/venue/schema.ts';
import { EDGE_COLORS, isAccessible } from './graph-style.ts';

/**
 * Geometry for drawing the walking graph in 3D, merged so that the whole graph
 * is a handful of draw calls however many points it has: all step-free edges in
 * one line set and the others in a second (drawn dashed), vertex-coloured by
 * kind; the floors of unreachable rooms in one mesh.
 */

/** Lines float this far above the floor, so the scan's floor does not swallow them. */
export const EDGE_LIFT_M = 0.06;
/** Path points float this far above the floor. */
export const NODE_LIFT_M = 0.12;
/** Red room floors lie this far above the floor. */
const ROOM_LIFT_M = 0.03;

/** The floors whose handles show with `focus` in focus: it and those below (the ones above are cut away). */
export function visibleFloors(venue: Venue, focus: string | null): Set<string> {
  const focused = focus === null ? undefined : venue.floors.find((f) => f.id === focus);
  return new Set(venue.floors.filter((f) => !focused || f.elevation <= focused.elevation).map((f) => f.id));
}

/** The path points on visible floors, in drawing order (an instance index is an index here). */
export function visibleNodes(venue: Venue, floors: ReadonlySet<string>): NavNode[] {
  return (venue.navGraph?.nodes ?? []).filter((n) => floors.has(n.floor));
}

/** Where a node is drawn: on its floor's walking surface (whatever height it was given), lifted a little. */
export function drawnPosition(venue: Venue, node: NavNode, lift: number): [number, number, number] {
  const elevation = venue.floors.find((f) => f.id === node.floor)?.elevation ?? node.position[1];
  return [node.position[0], elevation + lift, node.position[2]];
}

/** Line-segment geometries of the edges between visible nodes: step-free ones, and the others. */
export function edgeGeometries(venue: Venue, floors: ReadonlySet<string>): { accessible: BufferGeometry; stepped: BufferGeometry } {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const nodes = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const parts = { accessible: { positions: [] as number[], colors: [] as number[] }, stepped: { positions: [] as number[], colors: [] as number[] } };
  const color = new Color();
  for (const edge of venue.navGraph?.edges ?? []) {
    const a = nodes.get(edge.from);
    const b = nodes.get(edge.to);
    if (!a || !b || !floors.has(a.floor) || !floors.has(b.floor)) continue;
    const part = isAccessible(edge) ? parts.accessible : parts.stepped;
    color.set(EDGE_COLORS[edge.kind] ?? EDGE_COLORS.walk);
    for (const n of [a, b]) {
      part.positions.push(n.position[0], (elevation.get(n.floor) ?? n.position[1]) + EDGE_LIFT_M, n.position[2]);
      part.colors.push(color.r, color.g, color.b);
    }
  }
  const build = ({ positions, colors }: { positions: number[]; colors: number[] }) => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return geometry;
  };
  return { accessible: build(parts.accessible), stepped: build(parts.stepped) };
}

/** One mesh of the floors of the given rooms (on visible floors), triangulated. */
export function roomFloorsGeometry(venue: Venue, roomIds: readonly string[], floors: ReadonlySet<string>): BufferGeometry {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const wanted = new Set(roomIds);
  const positions: number[] = [];
  for (const room of venue.rooms) {
    if (!wanted.has(room.id) || !floors.has(room.floor) || room.outline.length < 3) continue;
    const y = (elevation.get(room.floor) ?? 0) + ROOM_LIFT_M;
    const contour = room.outline.map(([x, z]) => new Vector2(x, z));
    for (const triangle of ShapeUtils.triangulateShape(contour, [])) {
      for (const i of triangle) positions.push(contour[i]!.x, y, contour[i]!.y);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return geometry;
}
