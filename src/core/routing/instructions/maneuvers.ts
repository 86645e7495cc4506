import type { PlanPoint, Point3 } from '../../geometry/types.ts';
import type { Route, RouteSegment } from '../types.ts';
import type { TransportKind } from './phrases.ts';
import { simplifyPolyline } from './simplify.ts';
import { classifyTurn, heading, signedTurnAngle, TURN_THRESHOLDS, type TurnKind } from './turns.ts';

/**
 * The shape of a route, before any word is chosen: straight walks with the
 * manoeuvre that starts each of them, and floor changes. Language-free, so the
 * geometry is decided (and tested) once for every language.
 *
 * A walk is split where its direction changes by {@link TURN_THRESHOLDS}.straight
 * degrees or more, after the zig-zag of the walking graph is smoothed away
 * (`simplify.ts`). Consecutive floor-changing segments (an elevator passing
 * several floors) become one floor change.
 */

/** Where a walk enters a room: the room id and the metres walked in the step before it. */
export interface RoomEntry {
  readonly room: string;
  readonly at: number;
}

/** A straight walk and how it begins. */
export interface WalkManeuver {
  readonly type: 'walk';
  /** 'start' for the route's first walk, 'straight' for a walk after a floor change, else the turn that begins it. */
  readonly kind: 'start' | TurnKind;
  readonly first: number;
  readonly last: number;
  /** Metres as walked (sum of the segments' lengths). */
  readonly length: number;
  readonly floor: string;
  readonly position: Point3;
  /** The rooms walked through, in order, starting with the room the walk begins in. */
  readonly rooms: readonly RoomEntry[];
  /** Plan direction of the walk (its chord); zero-length for a walk that does not move. */
  readonly direction: PlanPoint;
}

/** A change of floor by stairs, elevator, escalator or ramp. */
export interface FloorChangeManeuver {
  readonly type: 'floor-change';
  readonly first: number;
  readonly last: number;
  readonly transport: TransportKind;
  readonly fromFloor: string;
  readonly toFloor: string;
  readonly position: Point3;
  /** Height gained (negative when going down), from the segments' ends. */
  readonly rise: number;
}

export type Maneuver = WalkManeuver | FloorChangeManeuver;

/** Metres: a straight piece shorter than this joins the next one (see `absorbShortPieces`). */
export const SHORT_PIECE = 3.5;

const ORIGIN: Point3 = [0, 0, 0];
const finite3 = (p: Point3 | undefined): boolean => p !== undefined && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Number.isFinite(p[2]);

/** A segment's end points with anything non-finite replaced, so no NaN can travel further. */
function safeEnds(segments: readonly RouteSegment[]): { from: Point3; to: Point3 }[] {
  let last: Point3 = ORIGIN;
  const firstFinite = segments.flatMap((s) => [s.from, s.to]).find(finite3);
  if (firstFinite) last = firstFinite;
  return segments.map((s) => {
    const from = finite3(s.from) ? s.from : last;
    const to = finite3(s.to) ? s.to : from;
    last = to;
    return { from, to };
  });
}

/** Metres of a segment as walked: its stated length when it is a sane number, else its straight distance. */
export function segmentLength(segment: RouteSegment, ends: { from: Point3; to: Point3 }): number {
  if (Number.isFinite(segment.length) && segment.length >= 0) return segment.length;
  return Math.hypot(ends.to[0] - ends.from[0], ends.to[1] - ends.from[1], ends.to[2] - ends.from[2]);
}

const plan = (p: Point3): PlanPoint => [p[0], p[2]];
const changesFloor = (s: RouteSegment): boolean => s.fromFloor !== s.toFloor;

function transportOf(kind: RouteSegment['kind']): TransportKind {
  return kind === 'stairs' || kind === 'elevator' || kind === 'escalator' || kind === 'ramp' ? kind : 'other';
}

interface Piece {
  first: number;
  last: number;
  start: PlanPoint;
  end: PlanPoint;
}
const chord = (p: Piece): PlanPoint => heading(p.start, p.end);
const chordLength = (p: Piece): number => Math.hypot(p.end[0] - p.start[0], p.end[1] - p.start[1]);

/** Splits the same-floor segments `first..last` into straight pieces. */
function straightPieces(ends: readonly { from: Point3; to: Point3 }[], first: number, last: number): Piece[] {
  const points: PlanPoint[] = [plan(ends[first]!.from)];
  for (let i = first; i <= last; i++) points.push(plan(ends[i]!.to));
  const kept = simplifyPolyline(points);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    pieces.push({ first: first + a, last: first + b - 1, start: points[a]!, end: points[b]! });
  }
  if (pieces.length === 0) pieces.push({ first, last, start: points[0]!, end: points[points.length - 1]! });
  // A piece that does not move has no direction: it joins its neighbour.
  const moving: Piece[] = [];
  for (const piece of pieces) {
    const previous = moving[moving.length - 1];
    if (previous && chordLength(piece) < 1e-6) {
      previous.last = piece.last;
    } else if (previous && chordLength(previous) < 1e-6) {
      moving[moving.length - 1] = { ...piece, first: previous.first, start: previous.start };
    } else {
      moving.push({ ...piece });
    }
  }
  return mergeStraight(absorbShortPieces(mergeStraight(moving)));
}

/** Pieces that keep the direction within the straight threshold are one walk. */
function mergeStraight(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous && Math.abs(signedTurnAngle(chord(previous), chord(piece))) < TURN_THRESHOLDS.straight) {
      previous.last = piece.last;
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

/**
 * A piece shorter than {@link SHORT_PIECE} is not worth its own instruction: the
 * graph cuts a corner with a short diagonal (two "bear left"s for one left turn),
 * or the walk leaves a door or an elevator before it really sets off. It joins
 * the piece after it, whose direction then runs from the short piece's start.
 * The last piece stays: it leads to the destination or the stairs.
 */
function absorbShortPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let carry: Piece | null = null;
  pieces.forEach((piece, k) => {
    const current: Piece = carry ? { ...piece, first: carry.first, start: carry.start } : { ...piece };
    carry = null;
    if (k < pieces.length - 1 && chordLength(current) < SHORT_PIECE) carry = current;
    else out.push(current);
  });
  return out;
}

/**
 * The manoeuvres of `route`, in order. Their segment ranges cover every segment
 * exactly once. A route without segments has none.
 */
export function routeManeuvers(route: Route): Maneuver[] {
  const segments = route.segments;
  const ends = safeEnds(segments);
  const lengths = segments.map((s, i) => segmentLength(s, ends[i]!));
  /** The room at the end of segment `i`: where the next segment starts, or the destination's room. */
  const roomAfter = (i: number): string | null => (i + 1 < segments.length ? segments[i + 1]!.room : route.destination.room);

  const maneuvers: Maneuver[] = [];
  let previousDirection: PlanPoint | null = null;
  let anythingBefore = false;
  let i = 0;
  while (i < segments.length) {
    const start = i;
    if (changesFloor(segments[i]!)) {
      while (i + 1 < segments.length && changesFloor(segments[i + 1]!)) i++;
      maneuvers.push({
        type: 'floor-change',
        first: start,
        last: i,
        transport: transportOf(segments[start]!.kind),
        fromFloor: segments[start]!.fromFloor,
        toFloor: segments[i]!.toFloor,
        position: ends[start]!.from,
        rise: ends[i]!.to[1] - ends[start]!.from[1],
      });
      previousDirection = null;
      anythingBefore = true;
      i++;
      continue;
    }
    while (i + 1 < segments.length && !changesFloor(segments[i + 1]!)) i++;
    for (const piece of straightPieces(ends, start, i)) {
      const rooms: RoomEntry[] = [];
      let walked = 0;
      for (let s = piece.first; s <= piece.last; s++) {
        const room = segments[s]!.room;
        if (room !== null && rooms[rooms.length - 1]?.room !== room) rooms.push({ room, at: walked });
        walked += lengths[s]!;
      }
      const endRoom = roomAfter(piece.last);
      if (endRoom !== null && rooms[rooms.length - 1]?.room !== endRoom) rooms.push({ room: endRoom, at: walked });
      const direction = chord(piece);
      const moves = Math.hypot(direction[0], direction[1]) > 1e-6;
      // A walk that goes nowhere (an approach from the very node) is no instruction.
      if (!moves && walked < 1e-6) continue;
      const kind: WalkManeuver['kind'] = previousDirection !== null ? classifyTurn(signedTurnAngle(previousDirection, direction)) : anythingBefore ? 'straight' : 'start';
      maneuvers.push({
        type: 'walk',
        kind,
        first: piece.first,
        last: piece.last,
        length: walked,
        floor: segments[piece.first]!.fromFloor,
        position: ends[piece.first]!.from,
        rooms,
        direction,
      });
      if (moves) previousDirection = direction;
      anythingBefore = true;
    }
    i++;
  }
  return coverAllSegments(maneuvers, segments.length);
}

/**
 * Widens the ranges so that together they cover `0..count-1` without gaps, giving
 * the segments of a skipped walk that goes nowhere to the manoeuvre after it (or,
 * at the end, before it). Live guidance maps progress on any segment to a step.
 */
function coverAllSegments(maneuvers: Maneuver[], count: number): Maneuver[] {
  return maneuvers.map((m, k) => ({
    ...m,
    first: k === 0 ? 0 : maneuvers[k - 1]!.last + 1,
    last: k === maneuvers.length - 1 ? count - 1 : m.last,
  }));
}
