import { describe, expect, it } from 'vitest';
import { routeManeuvers, SHORT_PIECE, type Maneuver } from '../../../../../src/core/routing/instructions/maneuvers.ts';
import type { Route, RouteSegment } from '../../../../../src/core/routing/types.ts';

type Stop = readonly [x: number, z: number, floor?: string, room?: string];
const ELEVATION: Record<string, number> = { eg: 0, og: 4, dg: 8 };

/** A route through `stops` (plan x, z, floor, room); a change of floor between two stops becomes `changeKind`. */
function routeThrough(stops: readonly Stop[], changeKind: RouteSegment['kind'] = 'stairs'): Route {
  const segments: RouteSegment[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const [x0, z0, f0 = 'eg', room = 'r'] = stops[i]!;
    const [x1, z1, f1 = f0] = stops[i + 1]!;
    const from = [x0, ELEVATION[f0]!, z0] as const;
    const to = [x1, ELEVATION[f1]!, z1] as const;
    segments.push({ kind: f0 === f1 ? 'walk' : changeKind, from, to, fromFloor: f0, toFloor: f1, fromNode: `n${i}`, toNode: `n${i + 1}`, length: Math.hypot(x1 - x0, z1 - z0), room });
  }
  const last = stops[stops.length - 1]!;
  return {
    origin: { kind: 'node', id: 'n0' },
    destination: { target: { kind: 'node', id: 'end' }, position: [last[0], 0, last[1]], floor: last[2] ?? 'eg', room: null, hotspot: null },
    segments,
    length: segments.reduce((sum, s) => sum + s.length, 0),
    floors: ['eg'],
    stepFree: false,
  };
}

const kinds = (ms: Maneuver[]) => ms.map((m) => (m.type === 'walk' ? m.kind : 'floor-change'));
const ranges = (ms: Maneuver[]) => ms.map((m) => [m.first, m.last]);

describe('the shape of a route before it is worded', () => {
  it('merges consecutive collinear segments into one walk', () => {
    const ms = routeManeuvers(routeThrough([[0, 0], [2, 0], [5, 0], [9, 0], [20, 0]]));
    expect(kinds(ms)).toEqual(['start']);
    expect(ranges(ms)).toEqual([[0, 3]]);
    expect(ms[0]!.type === 'walk' && ms[0]!.length).toBeCloseTo(20);
  });

  it('walks straight through the zig-zag a grid-shaped walking graph makes', () => {
    const zigzag: Stop[] = [[0, 0], [3, 0.5], [6, 0], [9, 0.5], [12, 0], [15, 0.4], [18, 0]];
    expect(kinds(routeManeuvers(routeThrough(zigzag)))).toEqual(['start']);
  });

  it('splits at a real corner and says which way it turns', () => {
    // East 10 m, then south 8 m (right), then east 6 m (left).
    const ms = routeManeuvers(routeThrough([[0, 0], [10, 0], [10, 8], [16, 8]]));
    expect(kinds(ms)).toEqual(['start', 'turn-right', 'turn-left']);
    expect(ranges(ms)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('takes a corner cut by a short diagonal as one turn, not two slight ones', () => {
    // East, a 2.8 m diagonal across the corner, then south.
    const ms = routeManeuvers(routeThrough([[0, 0], [10, 0], [12, 2], [12, 10]]));
    expect(Math.hypot(2, 2)).toBeLessThan(SHORT_PIECE);
    expect(kinds(ms)).toEqual(['start', 'turn-right']);
    expect(ranges(ms)).toEqual([[0, 0], [1, 2]]);
  });

  it('recognises a slight bend and turning back', () => {
    expect(kinds(routeManeuvers(routeThrough([[0, 0], [10, 0], [18, -5]])))).toEqual(['start', 'slight-left']);
    expect(kinds(routeManeuvers(routeThrough([[0, 0], [10, 0], [10, 1], [0, 1.2]])))).toEqual(['start', 'u-turn']);
  });

  it('makes one floor change of an elevator ride past several floors, and walks on after it', () => {
    const ms = routeManeuvers(routeThrough([[0, 0, 'eg'], [5, 0, 'eg'], [5, 0, 'og'], [5, 0, 'dg'], [5, 6, 'dg']], 'elevator'));
    expect(kinds(ms)).toEqual(['start', 'floor-change', 'straight']);
    const change = ms[1]!;
    expect(change.type === 'floor-change' && [change.fromFloor, change.toFloor, change.transport, change.rise]).toEqual(['eg', 'dg', 'elevator', 8]);
    expect(ranges(ms)).toEqual([[0, 0], [1, 2], [3, 3]]);
  });

  it('covers every segment exactly once, also when a walk that goes nowhere is left out', () => {
    const route = routeThrough([[0, 0], [0, 0], [6, 0], [6, 0], [6, 7]]);
    const ms = routeManeuvers(route);
    expect(kinds(ms)).toEqual(['start', 'turn-right']);
    const covered = ms.flatMap((m) => Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k));
    expect(covered).toEqual([0, 1, 2, 3]);
  });

  it('lists the rooms a walk passes with where it enters them', () => {
    const ms = routeManeuvers(routeThrough([[0, 0, 'eg', 'a'], [4, 0, 'eg', 'a'], [5, 0, 'eg', 'b'], [12, 0, 'eg', 'b']]));
    expect(ms[0]!.type === 'walk' && ms[0]!.rooms).toEqual([
      { room: 'a', at: 0 },
      { room: 'b', at: 5 }, // the door segment 4 → 5 starts, and so counts, in room a
    ]);
  });

  it('has nothing to say about a route without segments, and survives non-finite coordinates', () => {
    expect(routeManeuvers(routeThrough([[1, 1]]))).toEqual([]);
    const broken = routeThrough([[0, 0], [5, 0], [5, 5]]);
    const segments = broken.segments.map((s, i) => (i === 1 ? { ...s, to: [Number.NaN, 0, Number.POSITIVE_INFINITY] as const, length: Number.NaN } : s));
    const ms = routeManeuvers({ ...broken, segments });
    for (const m of ms) {
      expect(m.position.every(Number.isFinite)).toBe(true);
      if (m.type === 'walk') expect(Number.isFinite(m.length)).toBe(true);
    }
  });
});
