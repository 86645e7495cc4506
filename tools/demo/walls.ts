import type { PlanPoint } from '../../src/core/geometry/types.ts';
import { DOORS, ROOMS, SOLIDS, WALL_THICKNESS, type DoorDef, type FloorId, type Rect, type RoomDef } from './layout.ts';

/**
 * Walls derived from the plan: every room (and solid) boundary is a wall centre line;
 * collinear boundaries are merged, door openings are cut out. The same runs give the
 * free stretches of wall where paintings can hang.
 */

/** A stretch of wall centred on the line `x = at` or `z = at`, from `from` to `to` along it. */
export interface WallSegment {
  floor: FloorId;
  line: 'x' | 'z';
  at: number;
  from: number;
  to: number;
}

type Interval = [number, number];

/** The four edges of a rectangle as wall segments. */
function rectEdges(floor: FloorId, rect: Rect): WallSegment[] {
  return [
    { floor, line: 'z', at: rect.z0, from: rect.x0, to: rect.x1 },
    { floor, line: 'z', at: rect.z1, from: rect.x0, to: rect.x1 },
    { floor, line: 'x', at: rect.x0, from: rect.z0, to: rect.z1 },
    { floor, line: 'x', at: rect.x1, from: rect.z0, to: rect.z1 },
  ];
}

/** Unions overlapping or touching intervals; the result is sorted. */
function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1e-9) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `base` minus every interval in `cuts`. */
function subtractIntervals(base: Interval, cuts: readonly Interval[]): Interval[] {
  let parts: Interval[] = [base];
  for (const [c0, c1] of cuts) {
    parts = parts.flatMap(([a, b]): Interval[] => {
      if (c1 <= a || c0 >= b) return [[a, b]];
      const left: Interval[] = c0 > a ? [[a, c0]] : [];
      const right: Interval[] = c1 < b ? [[c1, b]] : [];
      return [...left, ...right];
    });
  }
  return parts.filter(([a, b]) => b - a > 1e-6);
}

const lineKey = (line: 'x' | 'z', at: number): string => `${line}:${at}`;

/**
 * The merged wall centre lines of one floor, before doors are cut: rooms and solids
 * share boundaries, so each boundary appears once. Sorted by line, then position.
 */
export function wallRuns(floor: FloorId): WallSegment[] {
  const byLine = new Map<string, { line: 'x' | 'z'; at: number; intervals: Interval[] }>();
  const rects = [...ROOMS.filter((r) => r.floor === floor).map((r) => r.rect), ...SOLIDS.filter((s) => s.floor === floor).map((s) => s.rect)];
  for (const edge of rects.flatMap((rect) => rectEdges(floor, rect))) {
    const key = lineKey(edge.line, edge.at);
    const entry = byLine.get(key) ?? { line: edge.line, at: edge.at, intervals: [] };
    entry.intervals.push([edge.from, edge.to]);
    byLine.set(key, entry);
  }
  const runs = [...byLine.values()].flatMap(({ line, at, intervals }) =>
    mergeIntervals(intervals).map(([from, to]): WallSegment => ({ floor, line, at, from, to })),
  );
  return runs.sort((a, b) => a.line.localeCompare(b.line) || a.at - b.at || a.from - b.from);
}

/** The doors of a floor that lie on the given wall line. */
function doorsOn(floor: FloorId, line: 'x' | 'z', at: number): DoorDef[] {
  return DOORS.filter((d) => d.floor === floor && d.line === line && d.at === at);
}

/**
 * How far a run reaches past its end point at `end`, so walls meet without gaps or
 * overlaps (overlapping coplanar faces flicker): at a T it stops at the face of the
 * wall it runs into; at an L corner the wall along x owns the corner square, the wall
 * along z stops at its face; a free end stays put.
 */
function endReach(run: WallSegment, end: number, runs: readonly WallSegment[]): number {
  const half = WALL_THICKNESS / 2;
  const eps = 1e-9;
  const crossing = runs.filter((r) => r.line !== run.line && Math.abs(r.at - end) < eps && r.from - eps <= run.at && run.at <= r.to + eps);
  if (crossing.some((r) => r.from + eps < run.at && run.at < r.to - eps)) return -half;
  if (crossing.length > 0) return run.line === 'z' ? half : -half;
  return 0;
}

/**
 * Solid wall pieces of a floor: the runs with door openings removed. Where a run ends
 * it is lengthened or shortened by half the wall thickness (see `endReach`); at a
 * door jamb a piece stops exactly at the opening.
 */
export function wallPieces(floor: FloorId): WallSegment[] {
  const runs = wallRuns(floor);
  for (const door of DOORS.filter((d) => d.floor === floor)) {
    const host = runs.find((r) => r.line === door.line && r.at === door.at && r.from < door.from && door.to < r.to);
    if (!host) throw new Error(`walls: door ${door.id} does not lie inside a wall`);
  }
  return runs.flatMap((run) => {
    const cuts = doorsOn(floor, run.line, run.at).map((d): Interval => [d.from, d.to]);
    return subtractIntervals([run.from, run.to], cuts).map(([a, b]): WallSegment => ({
      ...run,
      from: a === run.from ? a - endReach(run, a, runs) : a,
      to: b === run.to ? b + endReach(run, b, runs) : b,
    }));
  });
}

/** The rooms on either side of a door: `low` at the smaller coordinate, `high` at the larger; null outside. */
export function doorRooms(door: DoorDef): { low: RoomDef | null; high: RoomDef | null } {
  const covers = (r: RoomDef, lo: keyof Rect, hi: keyof Rect): boolean => r.rect[lo] <= door.from && door.to <= r.rect[hi];
  const onFloor = ROOMS.filter((r) => r.floor === door.floor);
  const side = (edge: keyof Rect): RoomDef | null => {
    const found = onFloor.filter((r) => r.rect[edge] === door.at && (door.line === 'x' ? covers(r, 'z0', 'z1') : covers(r, 'x0', 'x1')));
    if (found.length > 1) throw new Error(`walls: door ${door.id} opens into several rooms`);
    return found[0] ?? null;
  };
  const low = side(door.line === 'x' ? 'x1' : 'z1');
  const high = side(door.line === 'x' ? 'x0' : 'z0');
  if (!low && !high) throw new Error(`walls: door ${door.id} connects no room`);
  return { low, high };
}

/** A free stretch of a room's wall, seen from inside the room. */
export interface WallSpan {
  room: RoomDef;
  line: 'x' | 'z';
  /** Coordinate of the wall's inner face (the centre line moved half a thickness into the room). */
  face: number;
  from: number;
  to: number;
  /** Unit plan vector from the wall into the room. */
  normal: PlanPoint;
}

/**
 * Free wall inside a room, for hanging pictures: each side of the room minus its
 * corners and minus door openings with a margin either side. Sides in a fixed order
 * (z0, x1, z1, x0) so the result is stable.
 */
export function wallSpans(room: RoomDef, cornerMargin = 0.5, doorMargin = 0.5): WallSpan[] {
  const half = WALL_THICKNESS / 2;
  const { x0, z0, x1, z1 } = room.rect;
  const sides: { line: 'x' | 'z'; at: number; from: number; to: number; normal: PlanPoint }[] = [
    { line: 'z', at: z0, from: x0, to: x1, normal: [0, 1] },
    { line: 'x', at: x1, from: z0, to: z1, normal: [-1, 0] },
    { line: 'z', at: z1, from: x0, to: x1, normal: [0, -1] },
    { line: 'x', at: x0, from: z0, to: z1, normal: [1, 0] },
  ];
  return sides.flatMap((side) => {
    const inward = side.line === 'x' ? side.normal[0] : side.normal[1];
    const cuts = doorsOn(room.floor, side.line, side.at).map((d): Interval => [d.from - doorMargin, d.to + doorMargin]);
    const base: Interval = [side.from + half + cornerMargin, side.to - half - cornerMargin];
    return subtractIntervals(base, cuts).map(([from, to]): WallSpan => ({
      room, line: side.line, face: side.at + inward * half, from, to, normal: side.normal,
    }));
  });
}
