import type { PlanPoint, Point3 } from '../../src/core/geometry/types.ts';
import type { DemoExhibit } from './content-types.ts';
import { DOORS, elevationOf, gridFractions, roomById, WALL_HEIGHT, type FloorId, type RoomDef } from './layout.ts';
import { doorRooms, wallSpans, type WallSpan } from './walls.ts';
import type { Furniture } from './furniture.ts';
import { hashString } from './random.ts';

/**
 * Places the exhibits in their galleries: paintings spread along the free wall
 * (never over a door), objects on plinths and one bench per room on the cells
 * between the walking lattice. The result carries everything later stages need:
 * geometry for the building, the hotspot pose for scene.json, and the point in
 * front of the work where the walking graph stops.
 */

/** Eye height of the camera for "go to this exhibit", above the floor. */
const EYE = 1.6;
/** How far in front of a work the camera stands, and where a walker stops. */
const VIEW_DISTANCE = 3;
const STAND_DISTANCE = 1.5;
/** Wall layers in front of the wall face: the frame's depth and the canvas's front. */
export const FRAME_DEPTH = 0.06;
export const CANVAS_FRONT = 0.04;

export interface PlacedPainting {
  span: WallSpan;
  /** Centre of the canvas on the wall face (y absolute). */
  centre: Point3;
  /** Width of the frame moulding around the canvas. */
  frameWidth: number;
  frame: 'frame-dark' | 'frame-gilt';
}

export interface PlacedObject {
  centre: PlanPoint;
  /** Unit plan direction the object faces (towards the room's corridor door). */
  front: PlanPoint;
  plinthSize: number;
  plinthHeight: number;
  shape: 'prism' | 'block';
  /** Plan half-extents of the shape: [along x, along z] for a block, radius twice for a prism. */
  half: PlanPoint;
}

export interface PlacedExhibit {
  exhibit: DemoExhibit;
  floor: FloorId;
  room: RoomDef;
  /** Hotspot pin: the work's centre, just in front of its surface. */
  position: Point3;
  normal: Point3;
  view: { position: Point3; target: Point3 };
  /** Where a visitor stands to look at it; a walking-graph node goes here. */
  stand: PlanPoint;
  painting?: PlacedPainting;
  object?: PlacedObject;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
const add = (p: PlanPoint, d: PlanPoint, k: number): PlanPoint => [p[0] + d[0] * k, p[1] + d[1] * k];

/** The direction from a room towards the corridor it opens onto: objects face visitors coming in. */
function frontOf(room: RoomDef): PlanPoint {
  for (const door of DOORS) {
    const { low, high } = doorRooms(door);
    const other = low?.id === room.id ? high : high?.id === room.id ? low : null;
    if (other?.kind !== 'corridor') continue;
    const sign = low?.id === room.id ? 1 : -1;
    return door.line === 'x' ? [sign, 0] : [0, sign];
  }
  throw new Error(`exhibits: ${room.id} has no door to a corridor`);
}

/** Outer width of a painting's frame, and the moulding width (wider for bigger works). */
function frameOf(e: DemoExhibit): number {
  return clamp(0.05 + 0.03 * Math.max(e.widthM, e.heightM), 0.06, 0.14);
}

/**
 * Spreads a room's paintings over its free wall spans: each painting goes to the span
 * where it leaves the widest gaps, then each span is hung with equal gaps.
 */
function hangPaintings(room: RoomDef, paintings: DemoExhibit[]): Map<DemoExhibit, { span: WallSpan; along: number }> {
  const spans = wallSpans(room).map((span) => ({ span, items: [] as DemoExhibit[], used: 0 }));
  const outer = (e: DemoExhibit): number => e.widthM + 2 * frameOf(e);
  for (const e of paintings) {
    let best: (typeof spans)[number] | undefined;
    let bestGap = -Infinity;
    for (const s of spans) {
      const gap = (s.span.to - s.span.from - s.used - outer(e)) / (s.items.length + 2);
      if (gap > bestGap + 1e-9) { best = s; bestGap = gap; }
    }
    if (!best || bestGap < 0.4) throw new Error(`exhibits: no wall space left in ${room.id} for ${e.id}`);
    best.items.push(e);
    best.used += outer(e);
  }
  const out = new Map<DemoExhibit, { span: WallSpan; along: number }>();
  for (const s of spans) {
    const gap = (s.span.to - s.span.from - s.used) / (s.items.length + 1);
    let cursor = s.span.from + gap;
    for (const e of s.items) {
      out.set(e, { span: s.span, along: cursor + outer(e) / 2 });
      cursor += outer(e) + gap;
    }
  }
  return out;
}

function placePainting(e: DemoExhibit, room: RoomDef, span: WallSpan, along: number): PlacedExhibit {
  const elevation = elevationOf(room.floor);
  const frameWidth = frameOf(e);
  // Centre at eye height, raised for tall works so they keep a 0.6 m plinth of wall.
  const centreY = elevation + Math.max(EYE, e.heightM / 2 + 0.6);
  if (centreY + e.heightM / 2 + frameWidth > elevation + WALL_HEIGHT - 0.15) throw new Error(`exhibits: ${e.id} is too tall for the wall`);
  const onWall: PlanPoint = span.line === 'x' ? [span.face, along] : [along, span.face];
  const n = span.normal;
  const pin = add(onWall, n, CANVAS_FRONT + 0.02);
  const eye = add(onWall, n, VIEW_DISTANCE);
  return {
    exhibit: e, floor: room.floor, room,
    position: [pin[0], centreY, pin[1]],
    normal: [n[0], 0, n[1]],
    view: { position: [eye[0], elevation + EYE, eye[1]], target: [onWall[0] + n[0] * CANVAS_FRONT, centreY, onWall[1] + n[1] * CANVAS_FRONT] },
    stand: add(onWall, n, STAND_DISTANCE),
    painting: { span, centre: [onWall[0], centreY, onWall[1]], frameWidth, frame: hashString(e.id) % 2 === 0 ? 'frame-gilt' : 'frame-dark' },
  };
}

function placeObject(e: DemoExhibit, room: RoomDef, centre: PlanPoint, front: PlanPoint): PlacedExhibit {
  const elevation = elevationOf(room.floor);
  const plinthSize = clamp(e.widthM + 0.25, 0.5, 1.2);
  const plinthHeight = e.heightM < 0.5 ? 0.8 : e.heightM < 1 ? 0.7 : 0.6;
  const width = Math.min(e.widthM, plinthSize - 0.1);
  const shape = e.widthM >= e.heightM * 1.2 ? 'block' : 'prism';
  const depth = shape === 'block' ? Math.min(width * 0.6, plinthSize - 0.1) : width;
  // A block's long side faces the visitor.
  const half: PlanPoint = front[0] === 0 ? [width / 2, depth / 2] : [depth / 2, width / 2];
  const midY = elevation + plinthHeight + e.heightM / 2;
  const pin = add(centre, front, depth / 2 + 0.05);
  const eye = add(centre, front, VIEW_DISTANCE);
  return {
    exhibit: e, floor: room.floor, room,
    position: [pin[0], midY, pin[1]],
    normal: [front[0], 0, front[1]],
    view: { position: [eye[0], elevation + EYE, eye[1]], target: [centre[0], midY, centre[1]] },
    stand: add(centre, front, plinthSize / 2 + 1.2),
    object: { centre, front, plinthSize, plinthHeight, shape, half },
  };
}

/**
 * Cells between the room's waypoint lattice, ordered for furnishing: the row far
 * from the corridor first, then the near row; within a row, centre-most first.
 */
function furnishingCells(room: RoomDef, front: PlanPoint): PlanPoint[] {
  const { x0, z0, x1, z1 } = room.rect;
  const between = (fr: number[]): number[] => fr.slice(1).map((f, i) => (f + fr[i]!) / 2);
  const xs = between(gridFractions(x1 - x0)).map((f) => x0 + f * (x1 - x0));
  const zs = between(gridFractions(z1 - z0)).map((f) => z0 + f * (z1 - z0));
  const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
  const depth = (p: PlanPoint): number => (p[0] - cx) * front[0] + (p[1] - cz) * front[1];
  const lateral = (p: PlanPoint): number => Math.abs((p[0] - cx) * front[1]) + Math.abs((p[1] - cz) * front[0]);
  const cells = xs.flatMap((x) => zs.map((z): PlanPoint => [x, z]));
  return cells.sort((a, b) => depth(a) - depth(b) || lateral(a) - lateral(b) || a[0] - b[0] || a[1] - b[1]);
}

/** Places every exhibit; returns them in content order, plus the plinths and benches. */
export function placeExhibits(exhibits: readonly DemoExhibit[]): { placed: PlacedExhibit[]; furniture: Furniture[] } {
  const byId = new Map<DemoExhibit, PlacedExhibit>();
  const furniture: Furniture[] = [];
  const roomIds = [...new Set(exhibits.map((e) => e.room))];
  for (const roomId of roomIds) {
    const room = roomById(roomId);
    const inRoom = exhibits.filter((e) => e.room === roomId);
    const hung = hangPaintings(room, inRoom.filter((e) => e.kind === 'painting'));
    for (const [e, { span, along }] of hung) byId.set(e, placePainting(e, room, span, along));

    const front = frontOf(room);
    const cells = furnishingCells(room, front);
    const objects = inRoom.filter((e) => e.kind === 'object');
    if (objects.length > cells.length) throw new Error(`exhibits: too many objects in ${roomId}`);
    objects.forEach((e, i) => {
      const placed = placeObject(e, room, cells[i]!, front);
      byId.set(e, placed);
      const s = placed.object!.plinthSize / 2;
      const [x, z] = placed.object!.centre;
      furniture.push({ id: `o-plinth-${e.id.replace(/^h-/, '')}`, floor: room.floor, room: roomId, rect: { x0: x - s, z0: z - s, x1: x + s, z1: z + s }, height: placed.object!.plinthHeight, material: 'plinth' });
    });
    // One bench, on a free cell of the row nearer the corridor, preferably not in line
    // with an object (it would stand between the object and its viewer).
    const lateralOf = (p: PlanPoint): number => (front[0] === 0 ? p[0] : p[1]);
    const inLine = (p: PlanPoint): number => (objects.some((_, i) => Math.abs(lateralOf(cells[i]!) - lateralOf(p)) < 1e-6) ? 1 : 0);
    const nearness = (p: PlanPoint): number => p[0] * front[0] + p[1] * front[1];
    const bench = cells.slice(objects.length).sort((a, b) => nearness(b) - nearness(a) || inLine(a) - inLine(b))[0];
    if (bench) {
      const [hx, hz] = front[0] === 0 ? [1.0, 0.25] : [0.25, 1.0];
      furniture.push({ id: `o-bench-${roomId.replace(/^r-/, '')}`, floor: room.floor, room: roomId, rect: { x0: bench[0] - hx, z0: bench[1] - hz, x1: bench[0] + hx, z1: bench[1] + hz }, height: 0.45, material: 'wood' });
    }
  }
  const placed = exhibits.map((e) => {
    const p = byId.get(e);
    if (!p) throw new Error(`exhibits: ${e.id} was not placed`);
    return p;
  });
  return { placed, furniture };
}
