import { describe, expect, it, vi } from 'vitest';
import { createGuidance, type Guidance, type GuidanceState, type Reroute } from '../../../../../src/core/routing/guidance/guidance.ts';
import type { PlanPoint } from '../../../../../src/core/geometry/types.ts';
import type { RouteResult } from '../../../../../src/core/routing/types.ts';
import { corridorRoute, routeThrough } from '../../../../fixtures/routing-guidance/routes.ts';
import { readWalkScript, walkFixes } from '../../../../fixtures/routing-guidance/walk-script.ts';

/** Feeds a fix every 500 ms from `from` to `to` (inclusive) at one place; returns the states. */
function stay(guidance: Guidance, from: number, to: number, at: PlanPoint, floor = 'eg', accuracy = 2): GuidanceState[] {
  const states: GuidanceState[] = [];
  for (let t = from; t <= to; t += 500) states.push(guidance.update({ t, position: at, floor, room: null, accuracy }));
  return states;
}

/** A router stand-in: from wherever the visitor is, straight back to the corridor and on to its end. */
const backToCorridor: Reroute = ({ position, floor }) => ({ ok: true, route: routeThrough([{ at: position, floor }, { at: [position[0], 0] }, { at: [30, 0] }]) });

describe('noticing that the visitor has left the route', () => {
  it('does not flap for a dot hovering at the edge: alternately 3.5 m and 4.5 m away for 20 s', () => {
    const guidance = createGuidance(corridorRoute());
    for (let t = 0; t <= 20_000; t += 500) {
      const state = guidance.update({ t, position: [10, t % 1000 === 0 ? 3.5 : 4.5], floor: 'eg', room: null, accuracy: 2 });
      expect(state.phase, `at ${t} ms`).toBe('on-route');
    }
  });

  it('calls the visitor off-route only after 4 s away, not after 3.5 s', () => {
    const guidance = createGuidance(corridorRoute());
    stay(guidance, 0, 2000, [2, 0]);
    expect(stay(guidance, 2500, 6000, [5, 6]).every((s) => s.phase === 'on-route')).toBe(true);
    stay(guidance, 6500, 8000, [6, 0]);
    const away = stay(guidance, 8500, 12_500, [7, 6]);
    expect(away.slice(0, -1).every((s) => s.phase === 'on-route')).toBe(true);
    expect(away.at(-1)!.phase).toBe('off-route');
    expect(away.at(-1)!.distanceFromRoute).toBeCloseTo(6, 9);
  });

  it('allows a wider margin for a less certain dot: 6 m away is off for a 2 m fix, not for a 5 m one', () => {
    const sure = createGuidance(corridorRoute());
    const unsure = createGuidance(corridorRoute());
    expect(stay(sure, 0, 8000, [5, 6], 'eg', 2).at(-1)!.phase).toBe('off-route');
    expect(stay(unsure, 0, 8000, [5, 6], 'eg', 5).at(-1)!.phase).toBe('on-route');
  });

  it('takes the visitor back only after 2 s within 2.5 m: 3 m away is not back, nor is 1.5 s close by', () => {
    const guidance = createGuidance(corridorRoute());
    expect(stay(guidance, 0, 5000, [5, 6]).at(-1)!.phase).toBe('off-route');
    expect(stay(guidance, 5500, 15_000, [6, 3]).every((s) => s.phase === 'off-route')).toBe(true);
    expect(stay(guidance, 15_500, 17_000, [7, 1]).every((s) => s.phase === 'off-route')).toBe(true);
    expect(stay(guidance, 17_500, 18_000, [7, 5]).every((s) => s.phase === 'off-route')).toBe(true);
    const back = stay(guidance, 18_500, 20_500, [8, 1]);
    expect(back.slice(0, -1).every((s) => s.phase === 'off-route')).toBe(true);
    expect(back.at(-1)!.phase).toBe('on-route');
  });

  it('counts a floor the route does not use as off the route', () => {
    const guidance = createGuidance(corridorRoute());
    const states = stay(guidance, 0, 4000, [5, 0], 'og');
    expect(states.at(-1)!.phase).toBe('off-route');
    expect(states.at(-1)!.distanceFromRoute).toBe(Infinity);
  });
});

describe('re-routing', () => {
  it('re-routes once after a real detour of 8 m for 6 s, then follows the new route to the end (10 seeds)', () => {
    const script = readWalkScript('corridor-detour');
    for (let seed = 1; seed <= 10; seed++) {
      const original = corridorRoute();
      const reroute = vi.fn(backToCorridor);
      const guidance = createGuidance(original, { reroute });
      const states = walkFixes(script, seed).map((f) => guidance.update(f));

      expect(reroute, `seed ${seed}`).toHaveBeenCalledTimes(1);
      const from = reroute.mock.calls[0]![0];
      expect(from.floor).toBe('eg');
      expect(from.position[1], `seed ${seed}: re-routed from where the visitor was, away from the corridor`).toBeGreaterThan(4);

      const switched = states.findIndex((s) => s.route !== original);
      expect(switched, `seed ${seed}`).toBeGreaterThan(0);
      const after = states.slice(switched);
      expect(after.every((s) => s.route === after[0]!.route && s.reroutes === 1 && s.lastRerouteReason === 'off-route')).toBe(true);
      expect(after.some((s) => s.phase === 'off-route'), `seed ${seed}`).toBe(false);
      // The new route is followed from its start: its first segment, then its second.
      expect(after[0]!.along).toBe(0);
      expect(after.some((s) => s.segmentIndex === 1 && s.along > after[0]!.route.segments[0]!.length + 5)).toBe(true);
      expect(states.at(-1)!.phase, `seed ${seed}`).toBe('arrived');
    }
  });

  it('re-routes from a floor the route does not use, saying so', () => {
    const reroute = vi.fn<Reroute>(({ position, floor }) => ({ ok: true, route: routeThrough([{ at: position, floor }, { at: [0, 0], floor: 'eg' }, { at: [30, 0] }]) }));
    const guidance = createGuidance(corridorRoute(), { reroute });
    const last = stay(guidance, 0, 4000, [5, 0], 'og').at(-1)!;
    expect(reroute).toHaveBeenCalledWith({ position: [5, 0], floor: 'og' });
    expect(last).toMatchObject({ phase: 'on-route', reroutes: 1, lastRerouteReason: 'wrong-floor' });
  });

  it('keeps the old route and tells why when no new route is found, trying again at most every 5 s', () => {
    const original = corridorRoute();
    const failure: RouteResult = { ok: false, reason: 'stairs-only', message: 'Only reachable by stairs.' };
    const calls: number[] = [];
    let now = 0;
    const guidance = createGuidance(original, {
      reroute: () => {
        calls.push(now);
        return failure;
      },
    });
    const states = walkFixes(readWalkScript('corridor-long-detour')).map((f) => {
      now = f.t;
      return guidance.update(f);
    });

    expect(states.every((s) => s.route === original && s.reroutes === 0)).toBe(true);
    const offRoute = states.filter((s) => s.phase === 'off-route');
    expect(offRoute.length).toBeGreaterThan(20);
    expect(offRoute.every((s) => s.noRoute?.reason === 'stairs-only' && s.noRoute.message === failure.message)).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < calls.length; i++) expect(calls[i]! - calls[i - 1]!).toBeGreaterThanOrEqual(5000);
    // Back on the corridor the old route serves again, and the failure is no longer news.
    const end = states.at(-1)!;
    expect(end.phase).toBe('arrived');
    expect(end.noRoute).toBeUndefined();
  });

  it('survives a router that throws, recording the failure', () => {
    const guidance = createGuidance(corridorRoute(), {
      reroute: () => {
        throw new Error('graph not loaded');
      },
    });
    const last = stay(guidance, 0, 5000, [5, 7]).at(-1)!;
    expect(last.phase).toBe('off-route');
    expect(last.noRoute?.reason).toBe('unreachable');
    expect(last.noRoute?.message).toContain('graph not loaded');
  });

  it('honours the caller’s thresholds: a 1 s hold re-routes sooner', () => {
    const reroute = vi.fn(backToCorridor);
    const guidance = createGuidance(corridorRoute(), { reroute, offRouteHoldMs: 1000 });
    stay(guidance, 0, 1000, [5, 7]);
    expect(reroute).toHaveBeenCalledTimes(1);
  });
});
